using System.Globalization;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Domain.Money;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
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
/// The case file (卷宗) as one PDF: for each volume a cover, the 卷内目录 and its material in file order
/// (2010年《环境行政处罚办法》第六十九条, LEGAL-REFERENCE.md §A.2 step 11). 正卷: the decision and its 送达回证,
/// the filing approval, the evidence, the records and the investigation, the notice and its 送达回证, the statement
/// and hearing documents, the execution documents, the closing approval; 副卷: the internal deliberations (听证报告、
/// 法制审核意见书、集体讨论笔录). The documents printed are the issued ones (stored bytes, voided ones left out);
/// the evidence is bound in: an image (PNG, JPEG) on a page of its own scaled to the text block with its caption,
/// a PDF with its own pages; what paper cannot hold (Office files, audio, video, other images) is listed in the
/// 目录 with its SHA-256 and a note that the original is kept electronically. Page numbers restart at 1 in each
/// volume after its cover and index.
/// <para>
/// Method: the documents' PDFs come from the store (<see cref="DocumentPdfs"/>: rendered in the background when
/// they were issued, or now), the image pages are rendered in one batch, and every part's pages are counted;
/// the index is then filled with the page ranges and converted with the covers; the PDFs are joined with
/// pdfunite (poppler-utils). Appending the documents' bodies into one .docx was rejected: each template has its
/// own section and header settings, and the page numbers must be known before the index is filled anyway.
/// </para>
/// </summary>
public sealed class CaseFileBuilder(
    CaseDbContext db, ActiveTemplates templates, CaseDocumentComposer composer, DocxTemplateFiller filler, PdfConverter pdf, TimeProvider clock,
    DocumentPdfs pdfs, EvidenceFileStore files)
{
    /// <summary>Rank of the bound evidence in the 正卷: after the filing approval, before the records.</summary>
    public const int EvidenceRank = 3;

    // 第六十九条 正卷：（一）处罚决定书及送达回证；（二）立案审批材料；（三）调查取证及证据材料；
    // （四）告知书、听证通知书等及送达回证；（五）听证笔录；（六）财物处理材料；（七）执行材料；（八）结案材料；（九）其他。
    // 副卷：（一）投诉、举报等案源材料；（二）涉及商业秘密的材料；（三）听证报告；（四）审查意见；（五）集体讨论记录；（六）其他。
    // Each document's place is in its definition (DocumentDefinition.FilePlace).
    private static CaseFilePlace? PlaceOf(string template) =>
        DocumentDefinitions.Exists(template) ? DocumentDefinitions.Get(template).FilePlace : null;
    /// <summary>The documents in file order; a 送达回证 follows the document whose number it names.</summary>
    public static IReadOnlyList<CaseFilePlacement> Arrange(IEnumerable<IssuedDocument> issued)
    {
        var documents = issued
            .Where(d => !d.IsVoided && !CaseDocumentPlan.IsArchiveDocument(d.TemplateName))
            .OrderBy(d => d.IssuedAt).ThenBy(d => d.Id)
            .ToList();
        var receiptName = DocumentDefinitions.Of<ServiceReceiptDocument>().Name;
        var receipts = documents.Where(d => d.TemplateName == receiptName).ToList();
        var placed = new List<CaseFilePlacement>();
        var ordered = documents
            .Where(d => d.TemplateName != receiptName)
            .Select(d => PlaceOf(d.TemplateName) is { } at ? new CaseFilePlacement(at.Volume, at.Rank, d) : new CaseFilePlacement(CaseFileVolume.Main, 9, d))
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

    /// <summary>The case file of a case of <paramref name="organisation"/> (read once by the caller, for the request).</summary>
    public async Task<byte[]> BuildPdfAsync(long caseId, Organisation organisation, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var organisationId = organisation.Id;
        var penaltyCase = await db.Cases.WithEverything().AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (penaltyCase is null || penaltyCase.OrganisationId != organisationId)
        {
            throw new NotFoundException("案件不存在。");
        }

        var issued = await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct);
        var placements = Arrange(issued);
        if (placements.Count == 0)
        {
            throw new ConflictException("该案件尚无已制发的文书，无法生成卷宗。");
        }

        var documentPdfs = await pdfs.GetManyAsync(placements.Select(p => (p.Document.Sha256, p.Document.Content)).ToList(), ct);
        var parts = placements.Select((p, i) => new Part(p.Volume, p.Rank, p.Document.DocumentNumber, p.Document.Title,
            DateOnly.FromDateTime(p.Document.IssuedAt.Add(ChinaClock.Offset)), null, documentPdfs[i], PdfConverter.CountPages(documentPdfs[i]))).ToList();
        parts.AddRange(await EvidencePartsAsync(penaltyCase, ct));
        parts = parts.OrderBy(p => p.Volume).ThenBy(p => p.Rank).ToList();

        var coverDefinition = DocumentDefinitions.Of<FileCoverDocument>();
        var indexDefinition = DocumentDefinitions.Of<FileIndexDocument>();
        var cover = await templates.ResolveAsync(coverDefinition.Name, organisationId, ct);
        var index = await templates.ResolveAsync(indexDefinition.Name, organisationId, ct);
        var today = clock.TodayInChina();
        var volumes = parts.GroupBy(p => p.Volume).OrderBy(g => g.Key).ToList();
        var front = new List<byte[]>();
        foreach (var volume in volumes)
        {
            var name = DocumentIssuer.VolumeName(volume.Key);
            var context = new CompositionContext(organisation.Details, null, today, Volume: name, Rules: organisation.ToRules());
            var entries = new List<FileIndexEntry>();
            var page = 1;
            foreach (var part in volume)
            {
                var range = "";
                if (part.Pages > 0)
                {
                    var last = page + part.Pages - 1;
                    range = part.Pages == 1 ? page.ToString(CultureInfo.InvariantCulture) : $"{page}-{last}";
                    page = last + 1;
                }

                entries.Add(new FileIndexEntry(part.Number, part.Title, part.Date, range, part.Remarks));
            }

            var coverData = composer.Compose(coverDefinition.Name, penaltyCase, context)
                .Set("pageCount", (page - 1).ToString(CultureInfo.InvariantCulture));
            front.Add(filler.Fill(cover.Template, coverData));
            front.Add(filler.Fill(index.Template, indexDefinition.Compose(penaltyCase, context, entries)));
        }

        var frontPdfs = await pdf.ConvertManyAsync(front, ct);
        var sequence = new List<byte[]>();
        for (var v = 0; v < volumes.Count; v++)
        {
            sequence.Add(frontPdfs[2 * v]);
            sequence.Add(frontPdfs[2 * v + 1]);
            sequence.AddRange(volumes[v].Where(p => p.Pdf is not null).Select(p => p.Pdf!));
        }

        return await pdf.MergeAsync(sequence, ct);
    }

    /// <summary>
    /// The evidence items in number order: an image page or a PDF's pages bound in; everything else (and a file
    /// that is missing, altered or unreadable) listed without pages and with the reason.
    /// </summary>
    private async Task<List<Part>> EvidencePartsAsync(PenaltyCase c, CancellationToken ct)
    {
        var stored = await db.EvidenceFiles.AsNoTracking().Where(f => f.CaseId == c.Id).ToListAsync(ct);
        var parts = new List<Part>();
        var images = new List<(int Part, byte[] Docx)>();
        foreach (var item in c.Evidence.OrderBy(e => e.Number))
        {
            var title = $"证据{item.Number}：{item.Title}";
            var file = stored.FirstOrDefault(f => f.EvidenceNumber == item.Number && (item.Sha256 is null || f.Sha256 == item.Sha256));
            // The note goes with the title: the remarks column holds two characters.
            Part Listed(string note) => new(CaseFileVolume.Main, EvidenceRank, null, note.Length == 0 ? title : $"{title}（{note}）", item.CollectedOn, null, null, 0);
            if (file is null)
            {
                parts.Add(Listed("无电子文件，原件另行保存"));
                continue;
            }

            var kept = $"{DocumentFormatting.EvidenceKindWord(item.Kind)}，原件以电子形式保存，SHA-256：{file.Sha256}";
            byte[] bytes;
            try
            {
                await using var stream = await files.OpenVerifiedAsync(file.Sha256, ct);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                bytes = buffer.ToArray();
            }
            catch (StoredFileCorruptedException)
            {
                parts.Add(Listed($"电子文件缺失或已被改动（SHA-256：{file.Sha256}），未能装订"));
                continue;
            }

            if (file.ContentType is "image/png" or "image/jpeg" && EvidencePage.SizeOf(bytes) is not null)
            {
                var caption = $"{title}（{DocumentFormatting.EvidenceKindWord(item.Kind)}，{DocumentFormatting.Date(item.CollectedOn)}于{item.Place}取得）";
                images.Add((parts.Count, EvidencePage.Build(bytes, file.ContentType, caption)));
                parts.Add(Listed(""));
            }
            else if (file.ContentType == "application/pdf" && await pdf.CountPagesOfAnyAsync(bytes, ct) is { } pages)
            {
                parts.Add(Listed("") with { Pdf = bytes, Pages = pages });
            }
            else
            {
                parts.Add(Listed(kept));
            }
        }

        if (images.Count > 0)
        {
            var rendered = await pdf.ConvertManyAsync(images.Select(i => i.Docx).ToList(), ct);
            for (var i = 0; i < images.Count; i++)
            {
                parts[images[i].Part] = parts[images[i].Part] with { Pdf = rendered[i], Pages = PdfConverter.CountPages(rendered[i]) };
            }
        }

        return parts;
    }

    /// <summary>One item of a volume: an issued document or an evidence item, with its PDF and pages (none: listed only).</summary>
    private sealed record Part(CaseFileVolume Volume, int Rank, string? Number, string Title, DateOnly? Date, string? Remarks, byte[]? Pdf, int Pages);
}
