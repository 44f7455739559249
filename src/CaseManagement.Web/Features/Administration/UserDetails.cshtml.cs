using CaseManagement.Web.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Administration;

/// <summary>
/// One user's administration: several small forms, each posting to its own handler and sending its own
/// use case. Each form binds only its own property (TryUpdateModelAsync), so one form's input never
/// shows up as another's error.
/// </summary>
public sealed class UserDetailsModel(IMediator mediator) : FormPageModel
{
    [FromRoute]
    public string Id { get; set; } = "";

    public GetUser.Details Details { get; private set; } = null!;

    public UpdateUserRoles.Command RolesForm { get; set; } = new();

    public ResetPassword.Command PasswordForm { get; set; } = new();

    public UpdateCertificate.Command CertificateForm { get; set; } = new();

    public AddTraining.Command TrainingForm { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        RolesForm = StoredRoles();
        CertificateForm = StoredCertificate();
    }

    public async Task<IActionResult> OnPostRolesAsync(CancellationToken ct)
    {
        var form = new UpdateUserRoles.Command();
        await TryUpdateModelAsync(form, nameof(RolesForm));
        RolesForm = form with { UserId = Id, Roles = form.Roles ?? [] };
        return await SubmitAsync(RolesForm, nameof(RolesForm), "角色已更新。该用户的现有会话和令牌已失效，须重新登录。", ct);
    }

    public Task<IActionResult> OnPostLockAsync(CancellationToken ct) =>
        SubmitAsync(new SetUserLock.Command(Id, Locked: true), "Lock", "账号已锁定。", ct);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) =>
        SubmitAsync(new SetUserLock.Command(Id, Locked: false), "Lock", "账号已解锁。", ct);

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        var form = new ResetPassword.Command();
        await TryUpdateModelAsync(form, nameof(PasswordForm));
        PasswordForm = new ResetPassword.Command { UserId = Id, NewPassword = form.NewPassword ?? "" };
        return await SubmitAsync(PasswordForm, nameof(PasswordForm), "密码已重置。请将新密码当面告知本人。", ct);
    }

    public async Task<IActionResult> OnPostCertificateAsync(CancellationToken ct)
    {
        var form = new UpdateCertificate.Command();
        await TryUpdateModelAsync(form, nameof(CertificateForm));
        CertificateForm = form with { UserId = Id };
        return await SubmitAsync(CertificateForm, nameof(CertificateForm), "执法证件信息已保存。", ct);
    }

    public async Task<IActionResult> OnPostTrainingAsync(CancellationToken ct)
    {
        var form = new AddTraining.Command();
        await TryUpdateModelAsync(form, nameof(TrainingForm));
        TrainingForm = form with { UserId = Id };
        return await SubmitAsync(TrainingForm, nameof(TrainingForm), "培训记录已登记。", ct);
    }

    private async Task<IActionResult> SubmitAsync(IRequest<Unit> command, string prefix, string notice, CancellationToken ct)
    {
        if (ModelState.IsValid && (await TrySendAsync(mediator, command, prefix, ct)).Succeeded)
        {
            TempData["Notice"] = notice;
            return Redirect($"/admin/users/{Uri.EscapeDataString(Id)}");
        }

        await LoadAsync(ct);
        if (prefix != nameof(RolesForm))
        {
            RolesForm = StoredRoles();
        }

        if (prefix != nameof(CertificateForm))
        {
            CertificateForm = StoredCertificate();
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Details = await mediator.Send(new GetUser.Query(Id), ct);

    /// <summary>The roles form as stored (the form not being re-shown with its own input).</summary>
    private UpdateUserRoles.Command StoredRoles() => new() { UserId = Id, Roles = [.. Details.Roles] };

    /// <summary>The certificate form as stored (the form not being re-shown with its own input).</summary>
    private UpdateCertificate.Command StoredCertificate() => new()
    {
        UserId = Id,
        CertificateNumber = Details.CertificateNumber,
        ValidFrom = Details.CertificateValidFrom,
        ValidTo = Details.CertificateValidTo,
        HasLegalQualification = Details.HasLegalQualification,
        LegalReviewSince = Details.LegalReviewSince,
    };
}
