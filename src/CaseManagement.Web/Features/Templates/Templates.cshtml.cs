using CaseManagement.Web.Documents;
using CaseManagement.Web.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Templates;

/// <summary>
/// 文书模板: the standard templates with their active version and history, download of any version, and
/// upload of a revised .docx through the same use cases as /api/templates. A revision that lacks a field
/// tag is refused with the list of missing tags beside the template, and nothing is stored.
/// </summary>
public sealed class TemplatesModel(IMediator mediator) : FormPageModel
{
    public IReadOnlyList<TemplateAdministration.TemplateInfo> Templates { get; private set; } = [];

    /// <summary>The template whose upload was just refused (its form shows the errors).</summary>
    public string? FailedTemplate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetDownloadAsync(string name, int version, CancellationToken ct)
    {
        var file = await mediator.Send(new TemplateAdministration.DownloadQuery(name, version), ct);
        return File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName);
    }

    public async Task<IActionResult> OnPostUploadAsync(string name, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(FieldOf(name), "请选择要上传的 .docx 文件。");
        }
        else if (file.Length > TemplateAdministration.MaxTemplateBytes)
        {
            ModelState.AddModelError(FieldOf(name), "上传的文件超过 5 MB。");
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (succeeded, version) = await TrySendAsync(mediator, new TemplateAdministration.UploadCommand(name, buffer.ToArray()), FieldOf(name), ct);
            if (succeeded)
            {
                TempData["Notice"] = $"模板已更新为第{version!.Number}版，此后制作的文书使用新版本。";
                return RedirectToPage();
            }
        }

        FailedTemplate = name;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The ModelState key of one template's upload form (errors of the use case land under it and under "{key}.file").</summary>
    public static string FieldOf(string name) => "Upload_" + name;

    /// <summary>Every message recorded for the template's upload form, whatever sub-key the use case used.</summary>
    public IEnumerable<string> ErrorsOf(string name)
    {
        var key = FieldOf(name);
        return ModelState
            .Where(entry => entry.Key == key || entry.Key.StartsWith(key + ".", StringComparison.Ordinal))
            .SelectMany(entry => entry.Value!.Errors.Select(e => e.ErrorMessage))
            .Distinct();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Templates = await mediator.Send(new TemplateAdministration.ListQuery(), ct);
}
