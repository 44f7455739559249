using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Infrastructure;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Cases;

/// <summary>案件列表 (<c>/cases</c>): the ListCases query the API sends, with its filters as query string.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.CaseWorker)]
public sealed class IndexModel(IMediator mediator, TimeProvider time, LegalCalendar calendar) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The next deadline turns amber this many working days ahead.</summary>
    public const int AmberWorkingDays = 3;

    [FromQuery(Name = "state")]
    public CaseState? State { get; set; }

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "overdue")]
    public bool Overdue { get; set; }

    [FromQuery(Name = "dueWithin")]
    public int? DueWithin { get; set; }

    [FromQuery(Name = "officer")]
    public string? Officer { get; set; }

    [FromQuery(Name = "violation")]
    public string? Violation { get; set; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "sort")]
    public ListCases.CaseSort Sort { get; set; }

    [FromQuery(Name = "desc")]
    public bool Desc { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ListCases.CaseList List { get; private set; } = new([], 0);

    /// <summary>The officers of the organisation, for the officer filter.</summary>
    public IReadOnlyList<PageChoices.Person> Officers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DateOnly AmberUntil { get; private set; }

    /// <summary>Pages known from the (bounded) count; beyond the count limit only "next" is offered.</summary>
    public int PageCount => List.TotalIsLowerBound ? PageNumber + (List.HasMore ? 1 : 0) : Math.Max(1, (List.Total + PageSize - 1) / PageSize);

    public bool MayRegister => User.IsInRole(Identity.Roles.Officer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.TodayInChina();
        AmberUntil = calendar.AddWorkingDays(Today, AmberWorkingDays).Date;
        Officers = [.. (await mediator.Send(new PageChoices.Query(), ct)).Colleagues.Where(p => p.Roles.Contains(Identity.Roles.Officer))];
        if (!ModelState.IsValid)
        {
            Errors = [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)];
            return;
        }

        try
        {
            List = await mediator.Send(ToQuery(), ct);
        }
        catch (ValidationException invalid)
        {
            Errors = [.. invalid.Errors.Select(e => e.ErrorMessage)];
        }
    }

    /// <summary>The query the API sends for the same URL.</summary>
    public ListCases.Query ToQuery() => new(
        State, Q, Overdue, DueWithin, Math.Max(1, PageNumber), PageSize,
        string.IsNullOrWhiteSpace(Officer) ? null : Officer, string.IsNullOrWhiteSpace(Violation) ? null : Violation, From, To, Sort, Desc);

    /// <summary>The list's own URL on another page (paging keeps the filters and the sort).</summary>
    public string Link(int page) => ListUrl(page, Sort, Desc);

    /// <summary>The URL sorted by a column: ascending first, a second click on the same column reverses it.</summary>
    public string SortLink(ListCases.CaseSort column) => ListUrl(1, column, column == Sort && !Desc);

    /// <summary>▲/▼ beside the sorted column's heading.</summary>
    public string SortMark(ListCases.CaseSort column) => column != Sort || column == ListCases.CaseSort.Newest ? "" : Desc ? "▼" : "▲";

    private string ListUrl(int page, ListCases.CaseSort sort, bool desc)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return "/cases" + QueryString.Create(new Dictionary<string, string?>
        {
            ["state"] = State?.ToString(),
            ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q,
            ["officer"] = string.IsNullOrWhiteSpace(Officer) ? null : Officer,
            ["violation"] = string.IsNullOrWhiteSpace(Violation) ? null : Violation,
            ["from"] = From?.ToString("yyyy-MM-dd", invariant),
            ["to"] = To?.ToString("yyyy-MM-dd", invariant),
            ["overdue"] = Overdue ? "true" : null,
            ["dueWithin"] = DueWithin?.ToString(invariant),
            ["sort"] = sort == ListCases.CaseSort.Newest ? null : sort.ToString(),
            ["desc"] = desc && sort != ListCases.CaseSort.Newest ? "true" : null,
            ["page"] = page == 1 ? null : page.ToString(invariant),
        }.Where(p => p.Value is not null)).ToUriComponent();
    }

    public string DeadlineColour(DateOnly due) => due < Today ? "danger" : due <= AmberUntil ? "warning" : "success";
}
