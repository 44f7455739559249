using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features;

/// <summary>The landing page after login: administrators go to the administration; everybody else sees their menu.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<NavItem> Links { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.Administrator))
        {
            return Redirect("/admin");
        }

        var roles = User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList();
        Links = [.. Navigation.Items.Where(item => item.Path != "/" && item.VisibleTo(roles))];
        return Page();
    }
}
