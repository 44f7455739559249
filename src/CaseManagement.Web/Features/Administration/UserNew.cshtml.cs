using CaseManagement.Web.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Administration;

public sealed class UserNewModel(IMediator mediator) : FormPageModel
{
    [BindProperty]
    public CreateUser.Command Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (created, userId) = await TrySendAsync(mediator, Input, nameof(Input), ct);
        if (!created)
        {
            return Page();
        }

        TempData["Notice"] = $"已新建用户 {Input.UserName.Trim()}。请将初始密码当面告知本人。";
        return Redirect($"/admin/users/{userId}");
    }
}
