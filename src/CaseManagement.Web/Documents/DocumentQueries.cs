using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Documents;

/// <summary>Reading issued documents: the stored bytes, as .docx or converted to PDF, for the user's own organisation only.</summary>
public static class DocumentQueries
{
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

        return document;
    }

    internal sealed class GetDocxHandler(CaseDbContext db, ICurrentUser user) : IRequestHandler<GetDocx, DocumentFile>
    {
        public async Task<DocumentFile> Handle(GetDocx query, CancellationToken cancellationToken)
        {
            var document = await LoadAsync(db, user, query.Id, cancellationToken);
            return new DocumentFile(DocumentIssuer.FileName(document.Title, document.DocumentNumber), DocumentIssuer.DocxContentType, document.Content);
        }
    }

    internal sealed class GetPdfHandler(CaseDbContext db, ICurrentUser user, PdfConverter pdf) : IRequestHandler<GetPdf, DocumentFile>
    {
        public async Task<DocumentFile> Handle(GetPdf query, CancellationToken cancellationToken)
        {
            var document = await LoadAsync(db, user, query.Id, cancellationToken);
            var bytes = await pdf.ConvertAsync(document.Content, cancellationToken);
            return new DocumentFile(Path.ChangeExtension(DocumentIssuer.FileName(document.Title, document.DocumentNumber), ".pdf"), "application/pdf", bytes);
        }
    }

    internal sealed class GetCaseFilePdfHandler(CaseFileBuilder builder, ICurrentUser user) : IRequestHandler<GetCaseFilePdf, DocumentFile>
    {
        public async Task<DocumentFile> Handle(GetCaseFilePdf query, CancellationToken cancellationToken)
        {
            var organisation = user.OrganisationId ?? throw new NotFoundException("案件不存在。");
            var bytes = await builder.BuildPdfAsync(query.CaseId, organisation, cancellationToken);
            return new DocumentFile($"卷宗（案件{query.CaseId}）.pdf", "application/pdf", bytes);
        }
    }
}
