using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Documents;

/// <summary>
/// <c>GET /api/templates</c>, <c>POST /api/templates/{name}</c> (multipart, administrator),
/// <c>GET /api/templates/{name}/versions/{n}</c>; <c>GET /api/documents/{id}</c> (.docx as issued),
/// <c>GET /api/documents/{id}/pdf</c> and <c>GET /api/documents/case-file/{caseId}</c> (the 卷宗 as one PDF).
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization(Policies.TemplateManager);

        templates.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TemplateAdministration.ListQuery(), ct)))
            .WithName("ListTemplates")
            .WithSummary("文书模板及其版本");

        templates.MapPost("/{name}", UploadAsync)
            .WithName("UploadTemplate")
            .WithSummary("上传模板新版本")
            .WithDescription("multipart/form-data，字段 file 为 .docx。缺少合同规定的字段标记时拒绝（400，errors.file 列出缺少的标记），不保存任何内容；否则成为当前版本。")
            // The cookie is SameSite=Lax (never sent on a cross-site POST) and API clients use bearer tokens.
            .DisableAntiforgery()
            .ProducesValidationProblem();

        templates.MapGet("/{name}/versions/{number:int}", async (string name, int number, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new TemplateAdministration.DownloadQuery(name, number), ct);
                return TypedResults.File(file.Content, DocumentIssuer.DocxContentType, file.FileName);
            })
            .WithName("DownloadTemplateVersion")
            .WithSummary("下载模板的某一版本（0 为随程序发布的版本）");

        var documents = app.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization(Policies.CaseWorker);

        documents.MapGet("/{id:long}", async (long id, IMediator mediator, CancellationToken ct) =>
                ToFile(await mediator.Send(new DocumentQueries.GetDocx(id), ct)))
            .WithName("DownloadDocument")
            .WithSummary("下载已制发文书（制发时保存的原件）");

        documents.MapGet("/{id:long}/pdf", async (long id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                await PdfOrUnavailable(() => mediator.Send(new DocumentQueries.GetPdf(id), ct), http))
            .WithName("DownloadDocumentPdf")
            .WithSummary("已制发文书的 PDF")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        documents.MapPost("/{id:long}/void", async (long id, VoidRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CaseDocumentActions.Void(id, body.Reason), ct)))
            .WithName("VoidDocument")
            .WithSummary("作废文书并以新文号重新制发")
            .WithDescription("法制审核人员或负责人；须填写理由。原文号作废并保留理由，永不重用；返回重新制发的文书。已归档案件拒绝（409）。")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        var cases = app.MapGroup("/api/cases/{caseId:long}").WithTags("Documents").RequireAuthorization(Policies.CaseWorker);

        cases.MapPost("/documents", async (long caseId, IssueRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var view = await mediator.Send(new CaseDocumentActions.IssueOnDemand(caseId, body.Template ?? "", body.RecordId), ct);
                return TypedResults.Created(view.Url, view);
            })
            .WithName("IssueRecord")
            .WithSummary("按需制发笔录（现场检查（勘察）笔录、调查询问笔录）")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet("/documents/{template}/preview", PreviewAsync)
            .WithName("PreviewDocument")
            .WithSummary("文书草稿预览（无文号，不保存）")
            .WithDescription("默认返回 Word 草稿；format=pdf 返回 PDF 草稿（inline，供页面内预览和打印）。")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet("/publication", async (long caseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Features.Cases.GetPublication.Query(caseId), ct)))
            .WithName("GetPublication")
            .WithSummary("处罚决定公示文本（身份证号码、自然人姓名已隐去，不含电话和个人住址）")
            .ProducesProblem(StatusCodes.Status409Conflict);

        documents.MapGet("/case-file/{caseId:long}", async (long caseId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                await PdfOrUnavailable(() => mediator.Send(new DocumentQueries.GetCaseFilePdf(caseId), ct), http))
            .WithName("DownloadCaseFilePdf")
            .WithSummary("卷宗（正卷、副卷，含卷内目录页码）PDF")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    public sealed record VoidRequest(string? Reason);

    public sealed record IssueRequest(string? Template, long? RecordId);

    public static async Task<Ok<TemplateAdministration.TemplateVersionInfo>> UploadAsync(
        string name, IFormFile file, IMediator mediator, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await mediator.Send(new TemplateAdministration.UploadCommand(name, buffer.ToArray()), ct));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PreviewAsync(
        long caseId, string template, long? recordId, string? format, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        if (format == "pdf")
        {
            return await PdfOrUnavailable(() => mediator.Send(new CaseDocumentActions.Preview(caseId, template, recordId, Pdf: true), ct), http);
        }

        return ToFile(await mediator.Send(new CaseDocumentActions.Preview(caseId, template, recordId), ct));
    }

    private static FileContentHttpResult ToFile(DocumentQueries.DocumentFile file) =>
        TypedResults.File(file.Content, file.ContentType, file.FileName);

    // PDFs are shown inline (the page's viewer and the browser's print dialog), still with their file name for “save as”.
    private static FileContentHttpResult Inline(DocumentQueries.DocumentFile file, HttpContext http)
    {
        var disposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("inline") { FileNameStar = file.FileName };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(file.Content, file.ContentType);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfOrUnavailable(Func<Task<DocumentQueries.DocumentFile>> produce, HttpContext http)
    {
        try
        {
            return Inline(await produce(), http);
        }
        catch (PdfUnavailableException ex)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "PDF 暂不可用",
                Detail = ex.Message,
            });
        }
    }
}
