using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Evidence;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Storage;
using MediatR;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CaseManagement.Web.Api.Evidence;

public sealed record EvidenceUploadResponse(int Number, string Sha256, string FileName, string ContentType, long Length, Guid Version);

/// <summary>Evidence files of a case (DECISIONS.md §8): multipart upload and verified download.</summary>
public static class EvidenceEndpoints
{
    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<EvidenceStorageOptions>();
        var evidence = app.MapGroup("/api/cases/{id:long}/evidence")
            .WithTags("Evidence")
            .RequireAuthorization(Policies.CaseWorker)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        evidence.MapPost("/", UploadAsync)
            .WithName("UploadEvidence")
            .WithSummary("上传证据")
            .WithDescription("multipart/form-data：file（证据文件）、version、kind（证据种类）、title、collectedOn（yyyy-MM-dd）、place、officers（可多值，至少两名执法人员）；可选 uploadId（客户端为每个文件生成的 GUID，重试时再次发送，不会重复登记）。"
                + $"文件不超过 {options.MaxUploadBytes / 1024 / 1024} MB（超过返回 413），按文件内容识别类型，只接受图片、PDF、Office 文档、音频、视频；服务器计算 SHA-256 并返回。")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(EvidenceStorageExtensions.MaxRequestBodyBytes(options)))
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        evidence.MapGet("/{number:int}/file", DownloadAsync)
            .WithName("DownloadEvidence")
            .WithSummary("下载证据文件")
            .WithDescription("重新计算 SHA-256 后提供原始字节；文件被改动返回 409，文件缺失返回 410。")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);

        return app;
    }

    public static async Task<Results<Created<EvidenceUploadResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        long id, HttpRequest request, IMediator mediator, EvidenceStorageOptions options, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!request.HasFormContentType)
        {
            errors.Add("file", "请以 multipart/form-data 上传证据文件");
            return errors.ToProblem();
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The form reader stops at the configured limit and Kestrel at the request-body limit (a
            // BadHttpRequestException, an IOException); a body not larger than the upload maximum failed for
            // another reason (no boundary, a part cut short: "Unexpected end of Stream"): bad input, not a 500.
            var tooLarge = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || request.ContentLength is not { } length || length > options.MaxUploadBytes;
            if (!tooLarge)
            {
                errors.Add("file", "上传内容不是有效的 multipart/form-data 表单");
                return errors.ToProblem();
            }

            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "文件过大",
                detail: $"上传内容超过 {options.MaxUploadBytes / 1024 / 1024} MB 的限制");
        }

        var file = form.Files.GetFile("file");
        if (file is null)
        {
            errors.Add("file", "缺少证据文件 file");
        }

        var version = Guid.TryParse(form["version"], out var v) ? v : Guid.Empty;
        EvidenceKind? kind = null;
        if (!string.IsNullOrWhiteSpace(form["kind"]))
        {
            if (Enum.TryParse<EvidenceKind>(form["kind"], ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(form["kind"], out _))
            {
                kind = parsed;
            }
            else
            {
                errors.Add("kind", $"证据种类“{form["kind"]}”无效，只能是 {string.Join("、", Enum.GetNames<EvidenceKind>())}");
            }
        }

        var collectedOn = errors.OptionalDate("collectedOn", form["collectedOn"], "取证日期");
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var uploaded = await mediator.Send(new UploadEvidence.Command
        {
            CaseId = id,
            Version = version,
            Kind = kind,
            Title = form["title"],
            CollectedOn = collectedOn,
            Place = form["place"],
            Officers = [.. form["officers"].Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!)],
            OpenFile = file!.OpenReadStream,
            FileName = file.FileName,
            UploadId = Guid.TryParse(form["uploadId"], out var uploadId) ? uploadId : null,
        }, ct);

        return TypedResults.Created(
            $"/api/cases/{id}/evidence/{uploaded.Number}/file",
            new EvidenceUploadResponse(uploaded.Number, uploaded.Sha256, uploaded.FileName, uploaded.ContentType, uploaded.Length, uploaded.Case.Version));
    }

    public static async Task<FileStreamHttpResult> DownloadAsync(long id, int number, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var download = await mediator.Send(new DownloadEvidence.Query(id, number), ct);
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return TypedResults.File(download.Content, download.ContentType, download.FileName);
    }
}
