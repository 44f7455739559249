using CaseManagement.Web.Audit;
using CaseManagement.Web.Features.Audit;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Api.Audit;

/// <summary><c>GET /api/audit/verify</c> (administrator) → <c>{valid, entries, firstBrokenEntry}</c> (DECISIONS.md §8).</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit")
            .WithTags("Audit")
            .RequireAuthorization(Policies.Administrator);

        audit.MapGet("/verify", VerifyAsync)
            .WithName("VerifyAuditChain")
            .WithSummary("校验审计日志哈希链")
            .WithDescription("逐条重算哈希；firstBrokenEntry 为第一条被改动、删除或缺失的记录序号。")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return app;
    }

    public static async Task<Ok<AuditVerification>> VerifyAsync(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new VerifyAuditChain.Query(), ct));
}
