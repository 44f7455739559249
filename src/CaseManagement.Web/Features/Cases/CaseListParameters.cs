using System.Globalization;
using CaseManagement.Domain.Cases;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The case list's query string as the client sends it (<c>[AsParameters]</c> on <c>GET /api/cases</c>). Values are
/// bound as text so that every bad one is answered by the <see cref="Validator"/> in Chinese, naming its parameter,
/// instead of the framework's bare 400.
/// </summary>
public sealed class CaseListParameters
{
    [FromQuery(Name = "state")]
    public string? State { get; init; }

    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [FromQuery(Name = "overdue")]
    public string? Overdue { get; init; }

    [FromQuery(Name = "dueWithin")]
    public string? DueWithin { get; init; }

    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }

    /// <summary>User id of an officer of the case.</summary>
    [FromQuery(Name = "officer")]
    public string? Officer { get; init; }

    /// <summary>Violation code of the catalogue.</summary>
    [FromQuery(Name = "violation")]
    public string? Violation { get; init; }

    /// <summary>Registered on or after (年-月-日).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Registered on or before (年-月-日).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>The column to sort by (<see cref="ListCases.CaseSort"/>).</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Sort descending.</summary>
    [FromQuery(Name = "desc")]
    public string? Desc { get; init; }

    /// <summary>The list query; call after the validator passed.</summary>
    public ListCases.Query ToQuery() => new(
        Blank(State) ? null : ParseState(State!),
        Q,
        !Blank(Overdue) && bool.Parse(Overdue!.Trim()),
        Blank(DueWithin) ? null : Integer(DueWithin),
        Blank(Page) ? 1 : Integer(Page)!.Value,
        Blank(PageSize) ? ListCases.DefaultPageSize : Integer(PageSize)!.Value,
        Blank(Officer) ? null : Officer!.Trim(),
        Blank(Violation) ? null : Violation!.Trim(),
        Day(From),
        Day(To),
        Blank(Sort) ? ListCases.CaseSort.Newest : ParseSort(Sort!)!.Value,
        !Blank(Desc) && bool.Parse(Desc!.Trim()));

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static ListCases.CaseSort? ParseSort(string text) =>
        !int.TryParse(text, out _) && Enum.TryParse<ListCases.CaseSort>(text.Trim(), ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : null;

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static CaseState? ParseState(string text) =>
        !int.TryParse(text, out _) && Enum.TryParse<CaseState>(text.Trim(), ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : null;

    private static int? Integer(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public sealed class Validator : AbstractValidator<CaseListParameters>
    {
        public Validator()
        {
            RuleFor(p => p.State).Must(s => Blank(s) || ParseState(s!) is not null)
                .WithMessage(p => $"案件阶段“{p.State}”无效，只能是 {string.Join("、", Enum.GetNames<CaseState>())}");
            RuleFor(p => p.Overdue).Must(o => Blank(o) || bool.TryParse(o!.Trim(), out _)).WithMessage("overdue 只能是 true 或 false");
            RuleFor(p => p.DueWithin).WholeNumber("到期工作日数", 0, 365);
            RuleFor(p => p.Page).WholeNumber("页码", 1, int.MaxValue);
            RuleFor(p => p.PageSize).WholeNumber("每页条数", 1, ListCases.MaximumPageSize);
            RuleFor(p => p.From).Must(d => Blank(d) || Day(d) is not null).WithMessage(p => $"登记日期起“{p.From}”不是有效日期（格式：年-月-日，如 2026-11-20）");
            RuleFor(p => p.To).Must(d => Blank(d) || Day(d) is not null).WithMessage(p => $"登记日期止“{p.To}”不是有效日期（格式：年-月-日，如 2026-11-20）");
            RuleFor(p => p.Sort).Must(s => Blank(s) || ParseSort(s!) is not null)
                .WithMessage(p => $"排序列“{p.Sort}”无效，只能是 {string.Join("、", Enum.GetNames<ListCases.CaseSort>())}");
            RuleFor(p => p.Desc).Must(d => Blank(d) || bool.TryParse(d!.Trim(), out _)).WithMessage("desc 只能是 true 或 false");
        }
    }
}

internal static class CaseListRules
{
    /// <summary>Absent, or a whole number within [minimum, maximum], named in the message.</summary>
    public static IRuleBuilderOptions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, string description, int minimum, int maximum) =>
        rule.Must(t => string.IsNullOrWhiteSpace(t) || long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .WithMessage((_, t) => $"{description}必须是整数，实际为“{t}”")
            .Must(t => string.IsNullOrWhiteSpace(t)
                       || !long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                       || (n >= minimum && n <= maximum))
            .WithMessage((_, t) => $"{description}必须在{minimum}至{maximum}之间，实际为{t?.Trim()}");
}
