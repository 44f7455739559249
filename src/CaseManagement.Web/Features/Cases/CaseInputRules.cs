using System.Globalization;
using CaseManagement.Web.Infrastructure;
using FluentValidation;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// Input-shape rules shared by the case use cases: dates, amounts, plain text, officer lists. They check
/// shape only (the domain decides what the law allows) and answer in Chinese, naming the field.
/// </summary>
public static class CaseInputRules
{
    /// <summary>Amounts above this are typing errors, not fines (Yuan.TryParse's own limit is 1e12).</summary>
    public const decimal MaximumAmount = 100_000_000_000m;

    /// <summary>
    /// A business date that must be given and has happened: not after today (China time), read when the rule runs
    /// (validators live as long as the server).
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> PastDay<T>(this IRuleBuilder<T, DateOnly?> rule, string label, Func<DateOnly> today) =>
        rule.NotNull().WithMessage($"请填写{label}")
            .Must(d => d is null || d >= ValidationErrors.EarliestDate).WithMessage($"{label}超出支持范围")
            .Must(d => d is null || d <= today())
            .WithMessage(_ => string.Create(CultureInfo.InvariantCulture, $"{label}不得晚于今天（{today():yyyy-MM-dd}）：业务日期须为实际发生之日"));

    /// <summary>A date that may lie ahead (a hearing day, an instalment's due date, a correction deadline).</summary>
    public static IRuleBuilderOptions<T, DateOnly?> AnyDay<T>(this IRuleBuilder<T, DateOnly?> rule, string label) =>
        rule.NotNull().WithMessage($"请填写{label}")
            .Must(d => d is null || (d >= ValidationErrors.EarliestDate && d <= ValidationErrors.LatestDate)).WithMessage($"{label}超出支持范围");

    /// <summary>Required single-line plain text: no markup, no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> Line<T>(this IRuleBuilder<T, string?> rule, string label, int maximumLength) =>
        rule.NotEmpty().WithMessage($"请填写{label}")
            .MaximumLength(maximumLength).WithMessage($"{label}不得超过{maximumLength}个字符")
            .Must(t => IsPlain(t, multiLine: false)).WithMessage($"{label}只能是纯文本：不得包含尖括号（<、>）或控制字符");

    /// <summary>Required plain text that may span lines (summaries, opinions, reasons).</summary>
    public static IRuleBuilderOptions<T, string?> Paragraphs<T>(this IRuleBuilder<T, string?> rule, string label, int maximumLength) =>
        rule.NotEmpty().WithMessage($"请填写{label}")
            .MaximumLength(maximumLength).WithMessage($"{label}不得超过{maximumLength}个字符")
            .Must(t => IsPlain(t, multiLine: true)).WithMessage($"{label}只能是纯文本：不得包含尖括号（<、>）或控制字符");

    /// <summary>Optional plain text: empty is fine, otherwise as <see cref="Paragraphs{T}"/>.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, string label, int maximumLength) =>
        rule.MaximumLength(maximumLength).WithMessage($"{label}不得超过{maximumLength}个字符")
            .Must(t => string.IsNullOrEmpty(t) || IsPlain(t, multiLine: true)).WithMessage($"{label}只能是纯文本：不得包含尖括号（<、>）或控制字符");

    /// <summary>Optional text as stored: trimmed, or null when nothing was entered.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A positive amount in yuan with at most two decimals (分).</summary>
    public static IRuleBuilderOptions<T, decimal?> PositiveAmount<T>(this IRuleBuilder<T, decimal?> rule, string label) =>
        rule.NotNull().WithMessage($"请填写{label}")
            .Must(a => a is null || a > 0).WithMessage($"{label}须大于零")
            .Must(a => a is null || a <= MaximumAmount).WithMessage($"{label}数额异常，不得超过1000亿元")
            .Must(a => a is null || decimal.Round(a.Value, 2) == a).WithMessage($"{label}最多精确到分（两位小数）");

    /// <summary>A fine that may be zero (a warning only) but never negative or absurd.</summary>
    public static IRuleBuilderOptions<T, decimal?> Fine<T>(this IRuleBuilder<T, decimal?> rule, string label) =>
        rule.NotNull().WithMessage($"请填写{label}")
            .Must(a => a is null || a >= 0).WithMessage($"{label}不得为负数")
            .Must(a => a is null || a <= MaximumAmount).WithMessage($"{label}数额异常，不得超过1000亿元")
            .Must(a => a is null || decimal.Round(a.Value, 2) == a).WithMessage($"{label}最多精确到分（两位小数）");

    // The list's shape only: whether at least two certified officers of the case act is the domain's rule
    // (行政处罚法第四十二条), refused with 409 and its code two-certified-officers in every step alike.
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> OfficerList<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotNull().WithMessage("请填写执法人员")
            .Must(o => o is null || o.All(x => !string.IsNullOrWhiteSpace(x))).WithMessage("执法人员不得为空")
            .Must(o => o is null || o.Count <= 20).WithMessage("执法人员不得超过20人");

    public static IRuleBuilderOptions<T, TEnum?> Choice<T, TEnum>(this IRuleBuilder<T, TEnum?> rule, string label)
        where TEnum : struct, Enum =>
        rule.NotNull().WithMessage($"请选择{label}：{AllowedValues(typeof(TEnum))}")
            .Must(v => v is null || Enum.IsDefined(v.Value)).WithMessage(NotAChoice(label, typeof(TEnum)));

    /// <summary>An optional choice: empty is fine, anything else must be one of the enum's values.</summary>
    public static IRuleBuilderOptions<T, TEnum?> OptionalChoice<T, TEnum>(this IRuleBuilder<T, TEnum?> rule, string label)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || Enum.IsDefined(v.Value)).WithMessage(NotAChoice(label, typeof(TEnum)));

    /// <summary>Flags (处罚种类): every bit set must be one of the named values.</summary>
    public static IRuleBuilderOptions<T, TEnum> Flags<T, TEnum>(this IRuleBuilder<T, TEnum> rule, string label)
        where TEnum : struct, Enum
    {
        var all = Enum.GetValues<TEnum>().Aggregate(0L, (bits, v) => bits | Convert.ToInt64(v, CultureInfo.InvariantCulture));
        return rule.Must(v => (Convert.ToInt64(v, CultureInfo.InvariantCulture) & ~all) == 0).WithMessage(NotAChoice(label, typeof(TEnum)));
    }

    // The messages for values that cannot be read at all, the same whether a form or a JSON body sent them.

    /// <summary>"直接送达（Direct）、留置送达（LeftAtAddress）…": the Chinese word and the code a client sends.</summary>
    public static string AllowedValues(Type enumType) =>
        string.Join("、", Enum.GetNames(enumType).Where(n => n != "None" || !enumType.IsDefined(typeof(FlagsAttribute), false))
            .Select(n => $"{PageLabels.Enum(enumType, n)}（{n}）"));

    public static string NotAChoice(string label, Type enumType) => $"{label}无效，只能是：{AllowedValues(enumType)}";

    public static string NotANumber(string label) => $"{label}须为数字，如 50000.00";

    public static string NotAnInteger(string label) => $"{label}须为整数";

    public static string NotADate(string label) => $"{label}不是有效日期（格式：年-月-日，如 2026-11-20）";

    public static string NotATime(string label) => $"{label}不是有效时间（格式：时:分，如 10:30）";

    // The same rules named by the field's own label: FluentValidation fills {PropertyName} with the [Display] name
    // of the command's property (MediatorSetup), so the label is written once, on the command.
    private const string Own = "{PropertyName}";

    public static IRuleBuilderOptions<T, DateOnly?> PastDay<T>(this IRuleBuilder<T, DateOnly?> rule, Func<DateOnly> today) => rule.PastDay(Own, today);

    public static IRuleBuilderOptions<T, DateOnly?> AnyDay<T>(this IRuleBuilder<T, DateOnly?> rule) => rule.AnyDay(Own);

    public static IRuleBuilderOptions<T, string?> Line<T>(this IRuleBuilder<T, string?> rule, int maximumLength) => rule.Line(Own, maximumLength);

    public static IRuleBuilderOptions<T, string?> Paragraphs<T>(this IRuleBuilder<T, string?> rule, int maximumLength) => rule.Paragraphs(Own, maximumLength);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maximumLength) => rule.OptionalText(Own, maximumLength);

    public static IRuleBuilderOptions<T, decimal?> PositiveAmount<T>(this IRuleBuilder<T, decimal?> rule) => rule.PositiveAmount(Own);

    public static IRuleBuilderOptions<T, decimal?> Fine<T>(this IRuleBuilder<T, decimal?> rule) => rule.Fine(Own);

    public static IRuleBuilderOptions<T, TEnum?> Choice<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum => rule.Choice(Own);

    public static IRuleBuilderOptions<T, TEnum?> OptionalChoice<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum => rule.OptionalChoice(Own);

    public static IRuleBuilderOptions<T, TEnum> Flags<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum => rule.Flags(Own);

    /// <summary>Text free of HTML/script markup and of control characters (tab and line breaks allowed in paragraphs).</summary>
    public static bool IsPlain(string? text, bool multiLine) =>
        text is null || !text.Any(ch => ch is '<' or '>' || (char.IsControl(ch) && !(multiLine && ch is '\n' or '\r' or '\t')));
}

/// <summary>The version check every step shares, and today's date in China for the date rules.</summary>
public abstract class CaseStepValidator<T> : AbstractValidator<T>
    where T : CaseStepCommand
{
    protected CaseStepValidator(TimeProvider time)
    {
        Today = time.TodayInChina;
        RuleFor(c => c.Version).NotEmpty().WithMessage("缺少案件版本号 version，请刷新后重试");
    }

    /// <summary>Today in China, asked each time a rule runs: the validator outlives the day it was made on.</summary>
    protected Func<DateOnly> Today { get; }
}
