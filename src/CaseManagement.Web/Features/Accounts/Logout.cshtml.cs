using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Accounts;

/// <summary>Logout is a POST with the antiforgery token (the layout's button), so another site cannot log the user out.</summary>
public sealed class LogoutModel(IMediator mediator) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new Logout.Command(), ct);
        return Redirect("/login");
    }
}
