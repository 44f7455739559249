using CaseManagement.Domain.Cases;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Documents;

/// <summary>
/// Reading issued documents: the stored bytes, as .docx or converted to PDF, for the user's own organisation only.
/// Every read of an archived case's documents is logged (DECISIONS.md §4), like the case itself and its evidence.
/// </summary>
public static class DocumentQueries
{
    public const string ArchivedDocumentRead = "查阅归档文书";
    public const string ArchivedCaseFileRead = "查阅归档卷宗";

    public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

    public sealed record GetDocx(long Id) : IRequest<DocumentFile>;

    public sealed record GetPdf(long Id) : IRequest<DocumentFile>;

    public sealed record GetCaseFilePdf(long CaseId) : IRequest<DocumentFile>;

    internal static async Task<IssuedDocument> LoadAsync(CaseDbContext db, ICurrentUser user, long id, CancellationToken ct)
    {
        var document = await db.Set<IssuedDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);

        // Another organisation's document answers as missing: its existence is not this user's business.
        if (document is null || document.OrganisationId != user.OrganisationId)
        {
            throw new NotFoundException("文书不存在。");
        }

        // Like evidence downloads: bytes that no longer match their recorded SHA-256 are refused (409), never served.
        if (!document.IsIntact())
        {
            throw new Storage.StoredFileCorruptedException(document.Sha256, Storage.StoredFileProblem.Altered, "文书内容与制发时记录的 SHA-256 不符（已被改动），拒绝提供下载。");
        }

        return document;
    }

    /// <summary>Logs the read when the case is archived; the entry is written at once, as the read needs no other save.</summary>
    internal static async Task LogIfArchivedAsync(CaseDbContext db, AuditLog audit, ICurrentUser user, long caseId, string action, string summary, CancellationToken ct)
    {
        var state = await db.Cases.Where(c => c.Id == caseId).Select(c => c.State).SingleAsync(ct);
        if (state == CaseState.Archived)
        {
            audit.Append(user.UserId, action, caseId, summary);
            await db.SaveChangesAsync(ct);
        }
    }

    private static string Describe(IssuedDocument document, string format) =>
        document.DocumentNumber is { } number ? $"下载{format}文书《{document.Title}》（{number}）" : $"下载{format}文书《{document.Title}》";

    internal sealed class GetDocxHandler(CaseDbContext db, ICurrentUser user, AuditLog audit) : IRequestHandler<GetDocx, DocumentFile>
    {
        public async Task<DocumentFile> Handle(GetDocx query, CancellationToken cancellationToken)
        {
            var document = await LoadAsync(db, user, query.Id, cancellationToken);
            await LogIfArchivedAsync(db, audit, user, document.CaseId, ArchivedDocumentRead, Describe(document, " Word "), cancellationToken);
            return new DocumentFile(DocumentIssuer.FileName(document.Title, document.DocumentNumber), DocumentIssuer.DocxContentType, document.Content);
        }
    }

    internal sealed class GetPdfHandler(CaseDbContext db, ICurrentUser user, DocumentPdfs pdfs, AuditLog audit) : IRequestHandler<GetPdf, DocumentFile>
    {
        public async Task<DocumentFile> Handle(GetPdf query, CancellationToken cancellationToken)
        {
            var document = await LoadAsync(db, user, query.Id, cancellationToken);
            // Usually rendered in the background when the document was issued (PdfPrerenderer).
            var bytes = await pdfs.GetAsync(document.Sha256, document.Content, cancellationToken);
            await LogIfArchivedAsync(db, audit, user, document.CaseId, ArchivedDocumentRead, Describe(document, " PDF "), cancellationToken);
            return new DocumentFile(Path.ChangeExtension(DocumentIssuer.FileName(document.Title, document.DocumentNumber), ".pdf"), "application/pdf", bytes);
        }
    }

    internal sealed class GetCaseFilePdfHandler(CaseFileBuilder builder, CaseDbContext db, ICurrentUser user, AuditLog audit) : IRequestHandler<GetCaseFilePdf, DocumentFile>
    {
        public async Task<DocumentFile> Handle(GetCaseFilePdf query, CancellationToken cancellationToken)
        {
            // The organisation is read once here and passed to the builder.
            var organisationId = user.OrganisationId ?? throw new NotFoundException("案件不存在。");
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
                ?? throw new NotFoundException("案件不存在。");
            var bytes = await builder.BuildPdfAsync(query.CaseId, organisation, cancellationToken);
            await LogIfArchivedAsync(db, audit, user, query.CaseId, ArchivedCaseFileRead, "下载卷宗 PDF", cancellationToken);
            return new DocumentFile($"卷宗（案件{query.CaseId}）.pdf", "application/pdf", bytes);
        }
    }
}
