using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Administration;

/// <summary>What the user administration use cases share: finding a user the administrator may manage, and describing them in the audit log.</summary>
internal static class UserAdministration
{
    /// <summary>The user, if they belong to the administrator's organisation; otherwise 404 (another organisation's users are not visible).</summary>
    public static async Task<AppUser> FindAsync(UserManager<AppUser> users, ICurrentUser administrator, string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.OrganisationId != administrator.OrganisationId)
        {
            throw new NotFoundException("用户不存在。");
        }

        return user;
    }

    public static string Who(AppUser user) => $"{user.DisplayName}（{user.UserName}）";

    public static string RoleNames(IEnumerable<string> roles) => string.Join("、", Roles.All.Where(roles.Contains).Select(Roles.DisplayName));

    /// <summary>Identity's refusals (duplicate name, password rules) as Chinese validation failures on <paramref name="property"/>.</summary>
    public static void ThrowIfFailed(IdentityResult result, string property)
    {
        if (result.Succeeded)
        {
            return;
        }

        throw new FluentValidation.ValidationException(result.Errors.Select(error => new FluentValidation.Results.ValidationFailure(
            error.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) ? "UserName" : property,
            Chinese(error))));
    }

    private static string Chinese(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => "该用户名已被使用",
        nameof(IdentityErrorDescriber.InvalidUserName) => "用户名无效",
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"密码至少{AdminRules.PasswordMinimumLength}位",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码须包含数字",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码须包含小写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码须包含大写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "密码须包含符号（如 #、@、!）",
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => "已被他人修改，请刷新后重试",
        _ => "操作未能完成：" + error.Code,
    };
}
