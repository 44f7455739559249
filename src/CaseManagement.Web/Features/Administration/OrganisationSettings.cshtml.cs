using CaseManagement.Web.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Administration;

public sealed class OrganisationSettingsModel(IMediator mediator) : FormPageModel
{
    [BindProperty]
    public UpdateOrganisationSettings.Command Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Input = await mediator.Send(new GetOrganisationSettings.Query(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || !(await TrySendAsync(mediator, Input, nameof(Input), ct)).Succeeded)
        {
            return Page();
        }

        TempData["Notice"] = "单位设置已保存。";
        return Redirect("/admin/organisation");
    }

    /// <summary>The value to show in a rule's input: what was typed (after a refused save) or the stored value.</summary>
    public string RuleValue(string name) =>
        ModelState.TryGetValue($"{nameof(Input)}.{name}", out var entry) && entry.AttemptedValue is { } attempted
            ? attempted
            : Convert.ToString(typeof(UpdateOrganisationSettings.Command).GetProperty(name)!.GetValue(Input), System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
