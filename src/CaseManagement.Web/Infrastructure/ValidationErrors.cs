using System.Globalization;
using System.Text.RegularExpressions;
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
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, DateOnlyJsonConverter.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(field, $"{description}“{text}”不是有效日期，格式应为 yyyy-MM-dd");
            return null;
        }

        if (date < EarliestDate || date > LatestDate)
        {
            Add(field, $"{description}超出支持范围（{EarliestDate:yyyy-MM-dd} 至 {LatestDate:yyyy-MM-dd}）");
            return null;
        }

        return date;
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

    [GeneratedRegex("^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}
