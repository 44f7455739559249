using System.Globalization;
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

    /// <summary>The list's parameters as the URL carries them: the same text the API binds, checked by the same validator.</summary>
    [FromQuery]
    public ListCases.Query Parameters { get; set; } = new();

    /// <summary>The parameters read, for the filter form and the links (one the validator refuses as its default).</summary>
    public ListCases.Criteria Criteria { get; private set; } = new ListCases.Query().Read();

    public ListCases.CaseList List { get; private set; } = new([], 0);

    /// <summary>The officers of the organisation, for the officer filter.</summary>
    public IReadOnlyList<PageChoices.Person> Officers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DateOnly AmberUntil { get; private set; }

    /// <summary>Pages known from the (bounded) count; beyond the count limit only "next" is offered.</summary>
    public int PageCount => List.TotalIsLowerBound ? Criteria.Page + (List.HasMore ? 1 : 0) : Math.Max(1, (List.Total + PageSize - 1) / PageSize);

    public bool MayRegister => User.IsInRole(Identity.Roles.Officer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.TodayInChina();
        AmberUntil = calendar.AddWorkingDays(Today, AmberWorkingDays).Date;
        Officers = [.. (await mediator.Send(new PageChoices.Query(), ct)).Colleagues.Where(p => p.Roles.Contains(Identity.Roles.Officer))];
        Criteria = Parameters.Read();
        try
        {
            // The page shows its own number of rows; every other parameter goes as the URL has it.
            List = await mediator.Send(Parameters with { PageSize = PageSize.ToString(CultureInfo.InvariantCulture) }, ct);
        }
        catch (ValidationException invalid)
        {
            Errors = [.. invalid.Errors.Select(e => e.ErrorMessage)];
        }
    }

    /// <summary>The list's own URL on another page (paging keeps the filters and the sort).</summary>
    public string Link(int page) => ListUrl(page, Criteria.Sort, Criteria.Desc);

    /// <summary>The URL sorted by a column: ascending first, a second click on the same column reverses it.</summary>
    public string SortLink(ListCases.CaseSort column) => ListUrl(1, column, column == Criteria.Sort && !Criteria.Desc);

    /// <summary>▲/▼ beside the sorted column's heading.</summary>
    public string SortMark(ListCases.CaseSort column) => column != Criteria.Sort || column == ListCases.CaseSort.Newest ? "" : Criteria.Desc ? "▼" : "▲";

    private string ListUrl(int page, ListCases.CaseSort sort, bool desc)
    {
        var invariant = CultureInfo.InvariantCulture;
        var (state, q, overdue, dueWithin, _, _, officer, violation, from, to, _, _) = Criteria;
        return "/cases" + QueryString.Create(new Dictionary<string, string?>
        {
            ["state"] = state?.ToString(),
            ["q"] = string.IsNullOrWhiteSpace(q) ? null : q,
            ["officer"] = officer,
            ["violation"] = violation,
            ["from"] = from?.ToString("yyyy-MM-dd", invariant),
            ["to"] = to?.ToString("yyyy-MM-dd", invariant),
            ["overdue"] = overdue ? "true" : null,
            ["dueWithin"] = dueWithin?.ToString(invariant),
            ["sort"] = sort == ListCases.CaseSort.Newest ? null : sort.ToString(),
            ["desc"] = desc && sort != ListCases.CaseSort.Newest ? "true" : null,
            ["page"] = page == 1 ? null : page.ToString(invariant),
        }.Where(p => p.Value is not null)).ToUriComponent();
    }

    public string DeadlineColour(DateOnly due) => due < Today ? "danger" : due <= AmberUntil ? "warning" : "success";
}
