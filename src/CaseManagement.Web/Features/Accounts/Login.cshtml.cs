using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Features.Accounts;

/// <summary>The login form: sends the same <see cref="Login.Command"/> as <c>POST /api/auth/login</c>, which sets the cookie.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Identity.SecuritySetup.LoginRateLimit)]
public sealed class LoginModel(IMediator mediator, IOptions<SeedOptions> seed) : FormPageModel
{
    [BindProperty]
    public Login.Command Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool ShowDemoAccounts => seed.Value.Demo;

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (sent, outcome) = await TrySendAsync(mediator, Input, nameof(Input), ct);
        if (!sent || outcome is null)
        {
            return Page();
        }

        if (outcome.Status == Login.Status.Succeeded)
        {
            // 期限提醒 on login: the first page after it shows the reminders (我的待办 always does).
            TempData[Reminders.LoginReminders.Flag] = true;
            return LocalRedirect(SafeReturnUrl);
        }

        ModelState.AddModelError(nameof(Input), outcome.Message ?? Login.Outcome.InvalidCredentialsMessage);
        return Page();
    }

    // Only a path of this site: an absolute URL in returnUrl would make the form an open redirect.
    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
