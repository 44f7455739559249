using CaseManagement.Domain.Cases;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Evidence;

/// <summary>
/// 下载证据文件: the stored bytes after their SHA-256 has been recomputed; altered or missing evidence is
/// refused, never served. Reads of an archived file are logged (DECISIONS.md §4).
/// </summary>
public static class DownloadEvidence
{
    public sealed record Query(long CaseId, int Number) : IRequest<Download>;

    public sealed record Download(Stream Content, string FileName, string ContentType);

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts, EvidenceFileStore store, AuditLog audit)
        : IRequestHandler<Query, Download>
    {
        public async Task<Download> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var found = await db.EvidenceFiles.AsNoTracking()
                .Where(f => f.CaseId == query.CaseId && f.EvidenceNumber == query.Number)
                .Join(db.Cases.Where(c => c.OrganisationId == context.OrganisationId), f => f.CaseId, c => c.Id, (f, c) => new { File = f, c.State })
                .SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException("证据文件不存在，或不属于您所在的执法机关。");

            var content = await store.OpenVerifiedAsync(found.File.Sha256, ct);
            if (found.State == CaseState.Archived)
            {
                audit.Append(context.Actor.UserId, "查阅归档证据", query.CaseId, $"下载证据{query.Number}：{found.File.FileName}");
                await db.SaveChangesAsync(ct);
            }

            return new Download(content, found.File.FileName, found.File.ContentType);
        }
    }
}
