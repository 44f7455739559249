using System.Text.RegularExpressions;
using CaseManagement.Web.Identity;
using FluentValidation;

namespace CaseManagement.Web.Features.Administration;

/// <summary>Input rules shared by the user administration use cases, with their Chinese messages.</summary>
public static partial class AdminRules
{
    public const int PasswordMinimumLength = 8;

    /// <summary>
    /// The password policy of Identity's options (PersistenceServiceCollectionExtensions), checked here
    /// first so that each unmet requirement is named in Chinese beside the field.
    /// </summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("请输入密码")
        .MinimumLength(PasswordMinimumLength).WithMessage($"密码至少{PasswordMinimumLength}位")
        .MaximumLength(128).WithMessage("密码不能超过128位")
        .Must(p => p is null || p.Any(char.IsAsciiDigit)).WithMessage("密码须包含数字")
        .Must(p => p is null || p.Any(char.IsAsciiLetterLower)).WithMessage("密码须包含小写字母")
        .Must(p => p is null || p.Any(char.IsAsciiLetterUpper)).WithMessage("密码须包含大写字母")
        .Must(p => p is null || p.Any(c => !char.IsAsciiLetterOrDigit(c))).WithMessage("密码须包含符号（如 #、@、!）");

    public static IRuleBuilderOptions<T, string[]> KnownRoles<T>(this IRuleBuilder<T, string[]> rule) => rule
        .NotEmpty().WithMessage("请至少选择一个角色")
        .Must(roles => roles is null || roles.All(Roles.All.Contains)).WithMessage("角色无效");

    public static IRuleBuilderOptions<T, string> DisplayName<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("请输入姓名")
        .MaximumLength(50).WithMessage("姓名不能超过50个字");

    public static IRuleBuilderOptions<T, string> UserName<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("请输入用户名")
        .Matches(UserNamePattern()).WithMessage("用户名为3至32位字母、数字、点、下划线或连字符");

    [GeneratedRegex("^[A-Za-z0-9._-]{3,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
