using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Documents;

/// <summary>A rendered document not (yet) issued: a preview, or the bytes of an issue before saving.</summary>
public sealed record RenderedDocument(string TemplateName, int TemplateVersion, string Title, string FileName, byte[] Content);

/// <summary>
/// Issues the standard documents of a case. The case step that issues a document calls
/// <see cref="IssueWithAsync"/> in its own transaction and saves
/// once: the case change and the document row commit together. Bytes are rendered once, at issue; a
/// re-download returns them as stored (<see cref="GetAsync"/>), never a re-render.
/// </summary>
public sealed class DocumentIssuer(
    CaseDbContext db,
    ActiveTemplates templates,
    CaseDocumentComposer composer,
    DocxTemplateFiller filler,
    ICurrentUser user,
    TimeProvider clock,
    PdfPrerenderer prerenderer)
{
    public const string ArchivedMessage = "案件已归档，不能再生成文书";

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>
    /// Renders the document and stages its row (not saved: the caller saves with the case step).
    /// <paramref name="number"/> is the 文号 the caller allocated (DocumentNumberAllocator), or null for records; for a
    /// 送达回证, <paramref name="servedTemplate"/> names the document it serves (default: the decision, else the notice).
    /// </summary>
    public Task<IssuedDocument> IssueAsync(
        PenaltyCase penaltyCase, Organisation organisation, string templateName, string? number, string? servedTemplate = null, CancellationToken ct = default) =>
        IssueWithAsync(penaltyCase, organisation, templateName, new IssueOptions(number, servedTemplate), ct);

    /// <summary>
    /// Renders the document on the case as it stands in the caller's unit of work (a step's changes
    /// included) and stages its row; the caller's SaveChanges commits it with the step. The organisation is the
    /// one the caller read once for the request (the case context).
    /// </summary>
    public async Task<IssuedDocument> IssueWithAsync(
        PenaltyCase penaltyCase, Organisation organisation, string templateName, IssueOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(penaltyCase);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(options);
        if (!IsBeingArchived(penaltyCase) || !CaseDocumentPlan.IsArchiveDocument(templateName))
        {
            RefuseArchived(penaltyCase);
        }

        if (penaltyCase.Id == 0)
        {
            // Every step that issues a document acts on a saved case; the row needs its key.
            throw new InvalidOperationException("The case must be saved before a document is issued for it.");
        }

        var context = await ContextAsync(penaltyCase, organisation, options, draft: false, ct);
        var rendered = await RenderAsync(penaltyCase, templateName, context, ct);
        var servedNumber = templateName == DocumentDefinitions.Of<ServiceReceiptDocument>().Name
            ? ServiceReceiptDocument.Served(penaltyCase, options.ServedTemplate).NumberOn(penaltyCase)
            : null;
        var document = new IssuedDocument(
            penaltyCase.OrganisationId, penaltyCase.Id, rendered.TemplateName, rendered.TemplateVersion, rendered.Title, options.Number,
            clock.GetUtcNow().UtcDateTime, options.IssuedBy ?? user.UserId, rendered.Content, servedNumber, options.RecordId);
        db.Set<IssuedDocument>().Add(document);
        prerenderer.AfterSave(db, document);
        return document;
    }

    /// <summary>A draft: no number (the number field shows “（草稿）”), no row, nothing stored.</summary>
    public Task<RenderedDocument> PreviewAsync(
        PenaltyCase penaltyCase, Organisation organisation, string templateName, string? servedTemplate = null, CancellationToken ct = default) =>
        PreviewWithAsync(penaltyCase, organisation, templateName, new IssueOptions(ServedTemplate: servedTemplate), ct);

    /// <summary>A draft with the record or volume it would print; the number in <paramref name="options"/> is ignored.</summary>
    public async Task<RenderedDocument> PreviewWithAsync(
        PenaltyCase penaltyCase, Organisation organisation, string templateName, IssueOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(penaltyCase);
        ArgumentNullException.ThrowIfNull(organisation);
        RefuseArchived(penaltyCase);
        var context = await ContextAsync(penaltyCase, organisation, options with { Number = null }, draft: true, ct);
        var rendered = await RenderAsync(penaltyCase, templateName, context, ct);
        return rendered with { FileName = $"{rendered.Title}{CaseDocumentComposer.DraftNumber}.docx" };
    }

    /// <summary>Whether a volume of the case file has any issued (not voided) document yet: an empty 副卷 gets no cover.</summary>
    public async Task<bool> VolumeHasDocumentsAsync(long caseId, CaseFileVolume volume, CancellationToken ct = default) =>
        CaseFileBuilder.Arrange(await SavedDocumentsAsync(caseId, ct)).Any(p => p.Volume == volume);

    /// <summary>
    /// Voids an issued document (staged; the caller saves). Its number stays voided: the caller re-issues the
    /// case's document with a new number and links it with <see cref="MarkReplaced"/>.
    /// </summary>
    public async Task<IssuedDocument> VoidAsync(long documentId, string reason, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var document = await db.Set<IssuedDocument>().SingleOrDefaultAsync(d => d.Id == documentId, ct)
            ?? throw new NotFoundException("文书不存在。");
        if (document.IsVoided)
        {
            throw new ConflictException("该文书已作废。");
        }

        var state = await db.Cases.Where(c => c.Id == document.CaseId).Select(c => c.State).SingleAsync(ct);
        if (state == CaseState.Archived)
        {
            throw new ConflictException(ArchivedMessage);
        }

        document.Void(clock.GetUtcNow().UtcDateTime, user.UserId, reason.Trim());
        return document;
    }

    /// <summary>Links a voided document to the one issued in its place (both already saved).</summary>
    public static void MarkReplaced(IssuedDocument voided, IssuedDocument replacement)
    {
        if (!voided.IsVoided)
        {
            throw new ConflictException("只有已作废的文书才能被替换。");
        }

        voided.ReplaceWith(replacement.Id);
    }

    /// <summary>The stored document (bytes as issued). Null when it does not exist.</summary>
    public Task<IssuedDocument?> GetAsync(long documentId, CancellationToken ct = default) =>
        db.Set<IssuedDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct);

    /// <summary>The case's documents without their bytes, oldest first.</summary>
    public async Task<List<IssuedDocumentSummary>> ListAsync(long caseId, CancellationToken ct = default) =>
        await Summaries.For(db)(db, caseId).ToListAsync(ct);

    // Compiled once per model: every case view (after every step) lists the case's documents.
    private static readonly CompiledPerModel<Func<CaseDbContext, long, IAsyncEnumerable<IssuedDocumentSummary>>> Summaries = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, long caseId) => db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.CaseId == caseId)
            .OrderBy(d => d.Id)
            .Select(d => new IssuedDocumentSummary(d.Id, d.TemplateName, d.TemplateVersion, d.Title, d.DocumentNumber, d.IssuedAt,
                d.IssuedBy, d.Sha256, d.Length, d.VoidedAt, d.VoidReason, d.ReplacedById, d.RecordId))));

    public static string FileName(string title, string? number) =>
        (number is { Length: > 0 } ? $"{title}（{number}）" : title) + ".docx";

    private async Task<RenderedDocument> RenderAsync(PenaltyCase penaltyCase, string templateName, CompositionContext context, CancellationToken ct)
    {
        var definition = DocumentDefinitions.Get(templateName);
        var contract = definition.Contract;
        var template = await templates.ResolveAsync(contract.Name, penaltyCase.OrganisationId, ct);
        var data = definition is FileIndexDocument index
            ? index.Compose(penaltyCase, context, await IndexEntriesAsync(penaltyCase.Id, context.Volume, ct))
            : composer.Compose(contract.Name, penaltyCase, context);
        var bytes = filler.Fill(template.Template, data);
        return new RenderedDocument(contract.Name, template.Version, contract.Title, FileName(contract.Title, context.Draft ? null : context.DocumentNumber), bytes);
    }

    /// <summary>
    /// The 卷内目录 rows of one volume in file order (2010年办法第六十九条). Page numbers are left for the
    /// printed case file (GET /api/documents/case-file/{caseId}), which counts them after PDF conversion.
    /// </summary>
    private async Task<IEnumerable<FileIndexEntry>> IndexEntriesAsync(long caseId, string? volumeName, CancellationToken ct)
    {
        var volume = volumeName == VolumeName(CaseFileVolume.Secondary) ? CaseFileVolume.Secondary : CaseFileVolume.Main;
        return CaseFileBuilder.Arrange(await SavedDocumentsAsync(caseId, ct))
            .Where(p => p.Volume == volume)
            .Select(p => new FileIndexEntry(p.Document.DocumentNumber, p.Document.Title,
                DateOnly.FromDateTime(p.Document.IssuedAt.Add(ChinaClock.Offset)), ""))
            .ToList();
    }

    private Task<List<IssuedDocument>> SavedDocumentsAsync(long caseId, CancellationToken ct) =>
        db.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == caseId && d.VoidedAt == null).ToListAsync(ct);

    public static string VolumeName(CaseFileVolume volume) => volume == CaseFileVolume.Main ? "正卷" : "副卷";

    // The Archive step issues the cover and index after the domain moved the case to Archived but before
    // the save: the state in the database is not yet Archived.
    private bool IsBeingArchived(PenaltyCase penaltyCase) =>
        penaltyCase.State == CaseState.Archived
        && db.Entry(penaltyCase) is { State: EntityState.Modified or EntityState.Unchanged } entry
        && entry.Property(c => c.State).OriginalValue != CaseState.Archived;

    private async Task<CompositionContext> ContextAsync(
        PenaltyCase penaltyCase, Organisation organisation, IssueOptions options, bool draft, CancellationToken ct)
    {
        var ids = UserIdsOf(penaltyCase);
        var names = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        foreach (var officer in penaltyCase.Officers)
        {
            names.TryAdd(officer.UserId, officer.Name);
        }

        var qualified = await db.OfficerProfiles.AsNoTracking()
            .Where(p => ids.Contains(p.UserId) && p.HasLegalQualification)
            .Select(p => p.UserId)
            .ToListAsync(ct);
        return new CompositionContext(organisation.Details, options.Number, clock.TodayInChina(), names, options.ServedTemplate, draft,
            options.Volume is { } volume ? VolumeName(volume) : null, organisation.ToRules(), options.RecordId,
            LegallyQualified: qualified.ToHashSet(StringComparer.Ordinal));
    }

    private static HashSet<string> UserIdsOf(PenaltyCase c)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { c.RegisteredBy };
        void Add(string? id)
        {
            if (!string.IsNullOrEmpty(id))
            {
                ids.Add(id);
            }
        }

        Add(c.FilingRequest?.RequestedBy);
        Add(c.Discussion?.RecordedBy);
        Add(c.LegalReview?.ReviewerUserId);
        Add(c.Decision?.DecidedBy);
        Add(c.Closure?.ClosedBy);
        return ids;
    }

    // 2010年《环境行政处罚办法》第七十条：案卷归档后，任何单位和个人不得修改、增加或者抽取案卷材料。
    private static void RefuseArchived(PenaltyCase penaltyCase)
    {
        if (penaltyCase.State == CaseState.Archived)
        {
            throw new ConflictException(ArchivedMessage);
        }
    }
}

/// <summary>
/// How a document is issued: its 文号 (null for records), for a 送达回证 the template it serves, for the
/// file cover and index the volume, for a 笔录 the investigation record it prints, and who issues it: the
/// user who did the step (null: the logged-in user; the demo seeding has none and names the demo user).
/// </summary>
public sealed record IssueOptions(
    string? Number = null, string? ServedTemplate = null, CaseFileVolume? Volume = null, long? RecordId = null, string? IssuedBy = null);

public sealed record IssuedDocumentSummary(
    long Id, string TemplateName, int TemplateVersion, string Title, string? DocumentNumber, DateTime IssuedAt, string IssuedBy,
    string Sha256, long Length, DateTime? VoidedAt, string? VoidReason, long? ReplacedById, long? RecordId = null);
