using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Reminders;

/// <summary>邮件提醒 (<c>/admin/mail</c>): the organisation's SMTP settings (off by default) and each user's address.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class MailSettingsModel(IMediator mediator) : FormPageModel
{
    [BindProperty]
    public MailSettingsUseCases.UpdateMailSettings Input { get; set; } = new();

    public MailSettingsUseCases.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await mediator.Send(new MailSettingsUseCases.Get(), ct);
        Input = View.Settings;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && (await TrySendAsync(mediator, Input, nameof(Input), ct)).Succeeded)
        {
            TempData["Notice"] = "邮件提醒设置已保存。";
            return Redirect("/admin/mail");
        }

        View = await mediator.Send(new MailSettingsUseCases.Get(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEmailAsync(string userId, string? email, CancellationToken ct)
    {
        if ((await TrySendAsync(mediator, new MailSettingsUseCases.SetEmail(userId, email), "Email", ct)).Succeeded)
        {
            TempData["Notice"] = "电子邮件地址已保存。";
        }
        else
        {
            TempData["Failure"] = string.Join("；", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
        }

        return Redirect("/admin/mail");
    }
}
