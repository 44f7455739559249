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

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ListCases.CaseList List { get; private set; } = new([], 0);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DateOnly AmberUntil { get; private set; }

    public int PageCount => Math.Max(1, (List.Total + PageSize - 1) / PageSize);

    public bool MayRegister => User.IsInRole(Identity.Roles.Officer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.TodayInChina();
        AmberUntil = calendar.AddWorkingDays(Today, AmberWorkingDays).Date;
        if (!ModelState.IsValid)
        {
            Errors = [.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)];
            return;
        }

        try
        {
            List = await mediator.Send(new ListCases.Query(State, Q, Overdue, DueWithin, Math.Max(1, PageNumber), PageSize), ct);
        }
        catch (ValidationException invalid)
        {
            Errors = [.. invalid.Errors.Select(e => e.ErrorMessage)];
        }
    }

    /// <summary>The list's own URL with one filter changed (paging keeps the filters).</summary>
    public string Link(int page) => "/cases" + QueryString.Create(new Dictionary<string, string?>
    {
        ["state"] = State?.ToString(),
        ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q,
        ["overdue"] = Overdue ? "true" : null,
        ["dueWithin"] = DueWithin?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();

    public string DeadlineColour(DateOnly due) => due < Today ? "danger" : due <= AmberUntil ? "warning" : "success";
}
