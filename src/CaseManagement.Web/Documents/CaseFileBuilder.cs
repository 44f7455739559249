using System.Globalization;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Documents;

public enum CaseFileVolume
{
    /// <summary>正卷</summary>
    Main,

    /// <summary>副卷</summary>
    Secondary,
}

/// <summary>One issued document in its place in the file.</summary>
public sealed record CaseFilePlacement(CaseFileVolume Volume, int Rank, IssuedDocument Document);

/// <summary>
/// The case file (卷宗) as one PDF: for each volume a cover, the 卷内目录 and the documents, in the order of
/// 2010年《环境行政处罚办法》第六十九条 (LEGAL-REFERENCE.md §A.2 step 11). The documents printed are the
/// issued ones (stored bytes, voided ones left out); page numbers restart at 1 in each volume after its
/// cover and index.
/// <para>
/// Method: every document is converted to PDF in one LibreOffice run and its pages counted; the index is
/// then filled with the page ranges and converted with the covers in a second run; the PDFs are joined
/// with pdfunite (poppler-utils). Appending the documents' bodies into one .docx was rejected: each
/// template has its own section and header settings, and the page numbers must be known before the
/// index is filled anyway.
/// </para>
/// </summary>
public sealed class CaseFileBuilder(CaseDbContext db, ActiveTemplates templates, CaseDocumentComposer composer, DocxTemplateFiller filler, PdfConverter pdf, TimeProvider clock)
{
    // 第六十九条 正卷：（一）处罚决定书及送达回证；（二）立案审批材料；（三）调查取证及证据材料；
    // （四）告知书、听证通知书等及送达回证；（五）听证笔录；（六）财物处理材料；（七）执行材料；（八）结案材料；（九）其他。
    // 副卷：（一）投诉、举报等案源材料；（二）涉及商业秘密的材料；（三）听证报告；（四）审查意见；（五）集体讨论记录；（六）其他。
    private static readonly Dictionary<string, (CaseFileVolume Volume, int Rank)> Order = new(StringComparer.Ordinal)
    {
        ["penalty-decision"] = (CaseFileVolume.Main, 1),
        ["no-penalty-decision"] = (CaseFileVolume.Main, 1),
        ["daily-penalty-decision"] = (CaseFileVolume.Main, 1),
        ["filing-approval"] = (CaseFileVolume.Main, 2),
        ["inspection-record"] = (CaseFileVolume.Main, 3),
        ["interview-record"] = (CaseFileVolume.Main, 3),
        ["correction-order"] = (CaseFileVolume.Main, 3),
        ["investigation-report"] = (CaseFileVolume.Main, 3),
        ["advance-notice"] = (CaseFileVolume.Main, 4),
        ["hearing-notice"] = (CaseFileVolume.Main, 4),
        ["hearing-record"] = (CaseFileVolume.Main, 5),
        ["hearing-termination-record"] = (CaseFileVolume.Main, 5),
        ["instalment-approval"] = (CaseFileVolume.Main, 7),
        ["payment-demand"] = (CaseFileVolume.Main, 7),
        ["enforcement-application"] = (CaseFileVolume.Main, 7),
        ["closure-approval"] = (CaseFileVolume.Main, 8),
        ["hearing-report"] = (CaseFileVolume.Secondary, 3),
        ["legal-review-opinion"] = (CaseFileVolume.Secondary, 4),
        ["collective-discussion-record"] = (CaseFileVolume.Secondary, 5),
    };

    /// <summary>The documents in file order; a 送达回证 follows the document whose number it names.</summary>
    public static IReadOnlyList<CaseFilePlacement> Arrange(IEnumerable<IssuedDocument> issued)
    {
        var documents = issued
            .Where(d => !d.IsVoided && d.TemplateName is not "file-cover" and not "file-index")
            .OrderBy(d => d.IssuedAt).ThenBy(d => d.Id)
            .ToList();
        var receipts = documents.Where(d => d.TemplateName == TemplateContracts.ServiceReceipt.Name).ToList();
        var placed = new List<CaseFilePlacement>();
        var ordered = documents
            .Where(d => d.TemplateName != TemplateContracts.ServiceReceipt.Name)
            .Select(d => Order.TryGetValue(d.TemplateName, out var at) ? new CaseFilePlacement(at.Volume, at.Rank, d) : new CaseFilePlacement(CaseFileVolume.Main, 9, d))
            .OrderBy(p => p.Volume).ThenBy(p => p.Rank);
        foreach (var placement in ordered)
        {
            placed.Add(placement);
            foreach (var receipt in receipts.Where(r => r.ServedDocumentNumber is { } n && n == placement.Document.DocumentNumber).ToList())
            {
                placed.Add(placement with { Document = receipt });
                receipts.Remove(receipt);
            }
        }

        // A receipt whose document is not in the file goes with the other main-volume material.
        var others = receipts.Select(r => new CaseFilePlacement(CaseFileVolume.Main, 9, r));
        return placed.Concat(others).OrderBy(p => p.Volume).ThenBy(p => p.Rank).ToList();
    }

    public async Task<byte[]> BuildPdfAsync(long caseId, int organisationId, CancellationToken ct = default)
    {
        var penaltyCase = await db.Cases.WithEverything().AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (penaltyCase is null || penaltyCase.OrganisationId != organisationId)
        {
            throw new NotFoundException("案件不存在。");
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, ct);
        var issued = await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct);
        var placements = Arrange(issued);
        if (placements.Count == 0)
        {
            throw new ConflictException("该案件尚无已制发的文书，无法生成卷宗。");
        }

        var documentPdfs = await pdf.ConvertManyAsync(placements.Select(p => p.Document.Content).ToList(), ct);
        var pages = documentPdfs.Select(p => PdfConverter.CountPages(p)).ToList();

        var cover = await templates.ResolveAsync(TemplateContracts.FileCover.Name, ct);
        var index = await templates.ResolveAsync(TemplateContracts.FileIndex.Name, ct);
        var today = clock.TodayInChina();
        var volumes = placements.Select((p, i) => (p, i)).GroupBy(x => x.p.Volume).OrderBy(g => g.Key).ToList();
        var front = new List<byte[]>();
        foreach (var volume in volumes)
        {
            var name = volume.Key == CaseFileVolume.Main ? "正卷" : "副卷";
            var context = new CompositionContext(organisation.Details, null, today, Volume: name, Rules: organisation.ToRules());
            var entries = new List<FileIndexEntry>();
            var page = 1;
            foreach (var (placement, i) in volume)
            {
                var last = page + pages[i] - 1;
                var range = pages[i] <= 1 ? page.ToString(CultureInfo.InvariantCulture) : $"{page}-{last}";
                var issuedOn = DateOnly.FromDateTime(placement.Document.IssuedAt.Add(ChinaClock.Offset));
                entries.Add(new FileIndexEntry(placement.Document.DocumentNumber, placement.Document.Title, issuedOn, range));
                page = last + 1;
            }

            var coverData = composer.Compose(TemplateContracts.FileCover.Name, penaltyCase, context)
                .Set("pageCount", (page - 1).ToString(CultureInfo.InvariantCulture));
            front.Add(filler.Fill(cover.Template, coverData));
            front.Add(filler.Fill(index.Template, CaseDocumentComposer.FileIndex(penaltyCase, context, entries)));
        }

        var frontPdfs = await pdf.ConvertManyAsync(front, ct);
        var sequence = new List<byte[]>();
        for (var v = 0; v < volumes.Count; v++)
        {
            sequence.Add(frontPdfs[2 * v]);
            sequence.Add(frontPdfs[2 * v + 1]);
            sequence.AddRange(volumes[v].Select(x => documentPdfs[x.i]));
        }

        return await pdf.MergeAsync(sequence, ct);
    }
}
