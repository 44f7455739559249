using CaseManagement.Domain.Cases;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CaseManagement.Web.Documents;

/// <summary>
/// The document actions outside the case steps: a draft preview (nothing stored), a 笔录 issued on request
/// for an investigation record, and voiding a document with its re-issue under a new number. An archived
/// case refuses all of them (2010年《环境行政处罚办法》第七十条; 409).
/// </summary>
public static class CaseDocumentActions
{
    public const string PdfContentType = "application/pdf";

    /// <summary>A draft; <paramref name="Pdf"/>: as a PDF to show in the page and print (rendered, never stored).</summary>
    public sealed record Preview(long CaseId, string Template, long? RecordId = null, bool Pdf = false) : IRequest<DocumentQueries.DocumentFile>;

    public sealed record IssueOnDemand(long CaseId, string Template, long? RecordId = null) : IRequest<CaseDocumentView>;

    public sealed record Void(long DocumentId, string? Reason) : IRequest<CaseDocumentView>;

    public sealed class PreviewValidator : AbstractValidator<Preview>
    {
        public PreviewValidator() => RuleFor(p => p.Template).Must(DocumentDefinitions.Exists).WithMessage("没有该文书模板");
    }

    public sealed class IssueOnDemandValidator : AbstractValidator<IssueOnDemand>
    {
        public IssueOnDemandValidator() =>
            RuleFor(c => c.Template).Must(t => t is not null && CaseDocumentPlan.OnDemand.ContainsKey(t))
                .WithMessage($"只有笔录（{string.Join("、", CaseDocumentPlan.OnDemand.Keys)}）可以按需制发；其他文书在相应的办案步骤中制发");
    }

    public sealed class VoidValidator : AbstractValidator<Void>
    {
        public VoidValidator() =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写作废理由").MaximumLength(500).WithMessage("作废理由不得超过500字");
    }

    internal sealed class PreviewHandler(CaseDbContext db, CaseContextFactory contexts, DocumentIssuer issuer, PdfConverter converter)
        : IRequestHandler<Preview, DocumentQueries.DocumentFile>
    {
        public async Task<DocumentQueries.DocumentFile> Handle(Preview query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var penaltyCase = await db.LoadCaseAsync(query.CaseId, context, ct);
            var draft = await issuer.PreviewWithAsync(penaltyCase, context.Organisation, query.Template, new IssueOptions(RecordId: query.RecordId), ct);
            if (query.Pdf)
            {
                return new DocumentQueries.DocumentFile(Path.ChangeExtension(draft.FileName, ".pdf"), PdfContentType, await converter.ConvertAsync(draft.Content, ct));
            }

            return new DocumentQueries.DocumentFile(draft.FileName, DocumentIssuer.DocxContentType, draft.Content);
        }
    }

    internal sealed class IssueOnDemandHandler(CaseDbContext db, CaseContextFactory contexts, DocumentIssuer issuer, AuditLog audit)
        : IRequestHandler<IssueOnDemand, CaseDocumentView>
    {
        public async Task<CaseDocumentView> Handle(IssueOnDemand command, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);

            // 行政处罚法第五十五条：笔录 are made by the enforcement officers.
            if (!context.Actor.Has(CaseRole.Officer))
            {
                throw new ForbiddenException("只有执法人员可以制发笔录。");
            }

            var penaltyCase = await db.LoadCaseAsync(command.CaseId, context, ct);
            var kind = CaseDocumentPlan.OnDemand[command.Template];
            var record = command.RecordId is { } id
                ? penaltyCase.Records.FirstOrDefault(r => r.Id == id)
                : penaltyCase.Records.LastOrDefault(r => r.Kind == kind);
            if (record is null || record.Kind != kind)
            {
                throw new ValidationException([new ValidationFailure("recordId", "本案没有与该笔录种类相符的检查（询问）记录")]);
            }

            var document = await issuer.IssueWithAsync(penaltyCase, context.Organisation, command.Template, new IssueOptions(RecordId: record.Id), ct);
            audit.Append(context.Actor.UserId, "制发文书", penaltyCase.Id, CaseStepRunner.DocumentAuditSummary(document), null, document.Sha256,
                files: AuditFiles.Document(document.Sha256));
            await db.SaveChangesAsync(ct);
            return View(document);
        }
    }

    /// <summary>
    /// Voids a document (legal reviewer or head, with a reason) and re-issues it corrected, in one
    /// transaction: the old number stays in the register, voided with the reason, and is never reused; the
    /// new document gets a new number and the case refers to it.
    /// </summary>
    internal sealed class VoidHandler(
        CaseDbContext db, ICurrentUser user, CaseContextFactory contexts, DocumentIssuer issuer,
        DocumentNumberAllocator numbers, AuditLog audit, TimeProvider clock)
        : IRequestHandler<Void, CaseDocumentView>
    {
        public async Task<CaseDocumentView> Handle(Void command, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            if (!context.Actor.Has(CaseRole.LegalReviewer) && !context.Actor.Has(CaseRole.Head))
            {
                throw new ForbiddenException("只有法制审核人员或负责人可以作废文书。");
            }

            var existing = await DocumentQueries.LoadAsync(db, user, command.DocumentId, ct);
            var penaltyCase = await db.LoadCaseAsync(existing.CaseId, context, ct);
            if (penaltyCase.State == CaseState.Archived)
            {
                throw new ConflictException(DocumentIssuer.ArchivedMessage);
            }

            var reason = command.Reason!.Trim();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var voided = await issuer.VoidAsync(existing.Id, reason, ct);
            string? number = null;
            if (voided.DocumentNumber is { } old)
            {
                var type = CaseDocumentPlan.NumberTypeOf(voided.TemplateName)
                    ?? throw new ConflictException($"《{voided.Title}》不能重新编号。");
                await numbers.VoidAsync(old, reason, ct);
                number = (await numbers.AllocateAsync(context.Organisation, type, clock.TodayInChina().Year, penaltyCase.Id, ct)).Text;
                penaltyCase.ReplaceDocumentNumber(old, number);
            }

            // A 送达回证 is re-issued for the document it served.
            var served = voided.TemplateName == DocumentDefinitions.Of<ServiceReceiptDocument>().Name
                && penaltyCase.Notices.Any(n => n.Number == voided.ServedDocumentNumber) ? DocumentDefinitions.Of<AdvanceNoticeDocument>().Name : null;
            var replacement = await issuer.IssueWithAsync(penaltyCase, context.Organisation, voided.TemplateName, new IssueOptions(number, served, RecordId: voided.RecordId), ct);
            audit.Append(context.Actor.UserId, "作废文书", penaltyCase.Id,
                $"作废《{voided.Title}》{voided.DocumentNumber}，理由：{reason}", voided.Sha256, null);
            audit.Append(context.Actor.UserId, "制发文书", penaltyCase.Id, CaseStepRunner.DocumentAuditSummary(replacement), null, replacement.Sha256,
                files: AuditFiles.Document(replacement.Sha256));
            await db.SaveChangesAsync(ct);

            DocumentIssuer.MarkReplaced(voided, replacement);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return View(replacement);
        }
    }

    private static CaseDocumentView View(IssuedDocument d) => CaseDocumentView.From(new IssuedDocumentSummary(
        d.Id, d.TemplateName, d.TemplateVersion, d.Title, d.DocumentNumber, d.IssuedAt, d.IssuedBy, d.Sha256, d.Length,
        d.VoidedAt, d.VoidReason, d.ReplacedById, d.RecordId));
}
