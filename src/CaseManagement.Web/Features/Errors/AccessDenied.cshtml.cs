using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Errors;

/// <summary>Where the auth cookie sends a logged-in user who lacks the role for a page (AuthSetup.AccessDeniedPath).</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
