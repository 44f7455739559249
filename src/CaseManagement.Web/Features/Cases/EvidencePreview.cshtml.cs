using System.Net.Mime;
using CaseManagement.Web.Features.Evidence;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// An evidence file shown inline (image thumbnail, PDF preview) rather than downloaded: the same verified
/// bytes as the download endpoint (DownloadEvidence re-checks the SHA-256 and logs reads of archived files).
/// Only images and PDF are sent inline; anything else is offered as an attachment.
/// </summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class EvidencePreviewModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, int number, CancellationToken ct)
    {
        var download = await mediator.Send(new DownloadEvidence.Query(id, number), ct);
        var inline = DetailsModel.IsImage(download.ContentType) || DetailsModel.IsPdf(download.ContentType);
        var disposition = new ContentDispositionHeaderValue(inline ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(download.FileName);
        Response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return File(download.Content, download.ContentType);
    }
}
