using System.Globalization;
using System.Text.RegularExpressions;
using CaseManagement.Domain.Money;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// Collects input errors per field and turns them into one 400 validation problem with an
/// <c>errors</c> map. Query parameters are bound as strings and parsed here, so that every bad
/// value gets a Chinese message naming its field instead of the framework's empty 400.
/// </summary>
public sealed partial class ValidationErrors
{
    public const string Title = "请求参数有误";

    // 1900–2199 covers every case date and keeps date arithmetic (periods up to ten years) far from DateOnly's limits.
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    private readonly Dictionary<string, List<string>> fields = new(StringComparer.Ordinal);

    public bool HasErrors => fields.Count > 0;

    public void Add(string field, string message)
    {
        if (!fields.TryGetValue(field, out var messages))
        {
            fields[field] = messages = [];
        }

        messages.Add(message);
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        fields.ToDictionary(field => field.Key, field => field.Value.ToArray()),
        detail: $"请检查以下参数：{string.Join("、", fields.Keys)}",
        title: Title);

    /// <summary>The trimmed value, or null after recording "缺少参数" when it is absent or blank.</summary>
    public string? Required(string field, string? value, string description)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"缺少参数 {field}（{description}）");
            return null;
        }

        return value.Trim();
    }

    /// <summary>A required yyyy-MM-dd date that exists in the calendar (2025-02-30 does not).</summary>
    public DateOnly? RequiredDate(string field, string? value, string description)
    {
        var text = Required(field, value, description);
        return text is null ? null : ParseDate(field, text, description);
    }

    /// <summary>Like <see cref="RequiredDate"/>, but an absent or blank value is simply null.</summary>
    public DateOnly? OptionalDate(string field, string? value, string description) =>
        string.IsNullOrWhiteSpace(value) ? null : ParseDate(field, value.Trim(), description);

    /// <summary>A required amount in yuan (<see cref="Yuan.TryParse"/>: non-negative, two decimals, below 1e12).</summary>
    public decimal? RequiredAmount(string field, string? value, string description)
    {
        var text = Required(field, value, description);
        return text is null ? null : ParseAmount(field, text);
    }

    /// <summary>Like <see cref="RequiredAmount"/>, but an absent or blank value is simply null.</summary>
    public decimal? OptionalAmount(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : ParseAmount(field, value);

    /// <summary>
    /// One of a fixed set of words (compared ignoring case), e.g. unit=workingDays → PeriodUnit.WorkingDays.
    /// Null after recording an error listing the allowed words.
    /// </summary>
    public T? RequiredChoice<T>(string field, string? value, string description, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = Required(field, value, $"{description}：{string.Join("、", choices.Keys)}");
        if (text is null)
        {
            return null;
        }

        foreach (var (word, choice) in choices)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        Add(field, $"{description}“{text}”无效，只能是 {string.Join("、", choices.Keys)}");
        return null;
    }

    /// <summary>A required whole number within [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public int? RequiredInteger(string field, string? value, string description, int minimum, int maximum)
    {
        var text = Required(field, value, description);
        if (text is null)
        {
            return null;
        }

        if (!WholeNumber().IsMatch(text))
        {
            Add(field, $"{description}必须是整数，实际为“{text}”");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            || number < minimum || number > maximum)
        {
            Add(field, $"{description}必须在{minimum}至{maximum}之间，实际为{text}");
            return null;
        }

        return number;
    }

    private decimal? ParseAmount(string field, string text)
    {
        if (Yuan.TryParse(text, out var amount, out var error))
        {
            return amount;
        }

        Add(field, error!);
        return null;
    }

    private DateOnly? ParseDate(string field, string text, string description)
    {
        if (!DateOnly.TryParseExact(text, DateOnlyJsonConverter.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(field, $"{description}“{text}”不是有效日期，格式应为 yyyy-MM-dd");
            return null;
        }

        if (date < EarliestDate || date > LatestDate)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"{description}超出支持范围（{EarliestDate:yyyy-MM-dd} 至 {LatestDate:yyyy-MM-dd}）"));
            return null;
        }

        return date;
    }

    [GeneratedRegex("^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}
