using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Deadlines;

[Authorize(Policy = Policies.CaseWorker)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DeadlineKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Officer { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public DeadlineBoard.Board Board { get; private set; } = new([], 0, 1, false, []);

    public static IReadOnlyList<DeadlineKind> Kinds { get; } = [.. Enum.GetValues<DeadlineKind>().Where(NextDeadline.AgencyKinds.Contains)];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        Board = await mediator.Send(new DeadlineBoard.Query(Kind, string.IsNullOrWhiteSpace(Officer) ? null : Officer, Overdue, Math.Max(1, PageNumber)), ct);
        return Page();
    }

    /// <summary>The query string of another page of the same filters.</summary>
    public string PageLink(int page)
    {
        var parts = new List<string>();
        if (Kind is { } kind)
        {
            parts.Add($"kind={kind}");
        }

        if (!string.IsNullOrWhiteSpace(Officer))
        {
            parts.Add($"officer={Uri.EscapeDataString(Officer)}");
        }

        if (Overdue)
        {
            parts.Add("overdue=true");
        }

        parts.Add($"p={page}");
        return "/deadlines?" + string.Join("&", parts);
    }
}
