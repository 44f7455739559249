using CaseManagement.Web.Features.Home;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features;

/// <summary>
/// The landing page after login: 我的待办 for whoever works on cases; administrators (who act on no case)
/// go to the administration.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public MyWork.Result? Result { get; private set; }

    /// <summary>期限提醒 of the user's cases (the head: the organisation's), above the list.</summary>
    public CaseManagement.Web.Features.Reminders.Reminders.Result? DueReminders { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.IsInRole(Roles.Administrator) && !Policies.CaseWorkerRoles.Any(User.IsInRole))
        {
            return Redirect("/admin");
        }

        if (Policies.CaseWorkerRoles.Any(User.IsInRole))
        {
            Result = await mediator.Send(new MyWork.Query(Math.Max(1, PageNumber)), ct);
            DueReminders = await mediator.Send(new CaseManagement.Web.Features.Reminders.Reminders.Query(), ct);
        }

        return Page();
    }
}
