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

    /// <summary>The list query; call after the validator passed.</summary>
    public ListCases.Query ToQuery() => new(
        Blank(State) ? null : ParseState(State!),
        Q,
        !Blank(Overdue) && bool.Parse(Overdue!.Trim()),
        Blank(DueWithin) ? null : Integer(DueWithin),
        Blank(Page) ? 1 : Integer(Page)!.Value,
        Blank(PageSize) ? ListCases.DefaultPageSize : Integer(PageSize)!.Value);

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
