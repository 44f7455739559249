using System.Diagnostics;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Features.Evidence;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>The 卷宗 binds the evidence and reuses the PDFs stored when the documents were issued.</summary>
[Trait("Category", "Pdf")]
public sealed class CaseFileEvidenceTests
{
    [PdfFact]
    public async Task CaseFile_WithEvidence_BindsImagePageAndPdfPagesInOrderAndListsTheOfficeFileWithItsHash()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        string officeSha;
        await using (var scope = host.CreateScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<CaseDbContext>();
            var converter = services.GetRequiredService<PdfConverter>();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
            var issuer = services.GetRequiredService<DocumentIssuer>();
            await issuer.IssueAsync(c, host.Organisation, "filing-approval", null);
            await issuer.IssueAsync(c, host.Organisation, "investigation-report", null);
            await issuer.IssueAsync(c, host.Organisation, "penalty-decision", CaseScenario.DecisionNumber);
            await issuer.IssueAsync(c, host.Organisation, "service-receipt", null, "penalty-decision");
            await issuer.IssueAsync(c, host.Organisation, "legal-review-opinion", null);

            // Evidence 1 a photo (PNG), 2 a scanned PDF of two pages, 3 a Word file.
            var scan = await converter.ConvertAsync(Docx.WithPages("营业执照扫描件第一页", "营业执照扫描件第二页"));
            var photo = await PdfRenderingTests.PngAsync(await converter.ConvertAsync(Docx.WithPages("现场照片：搅拌站主体工程")), resolution: 30);
            var office = Docx.WithPages("环评文件目录（Word）");
            var store = services.GetRequiredService<EvidenceFileStore>();
            var files = new[] { (1, photo, "现场.png"), (2, scan, "执照.pdf"), (3, office, "目录.docx") };
            foreach (var (number, bytes, name) in files)
            {
                var saved = await store.SaveAsync(new MemoryStream(bytes), name, default);
                db.EvidenceFiles.Add(new EvidenceFile(caseId, number, saved.Sha256, name, saved.ContentType, saved.Length, DateTime.UtcNow, "o1"));
            }

            officeSha = IssuedDocument.HashOf(office);
            await db.SaveChangesAsync();
        }

        byte[] pdf;
        await using (var scope = host.CreateScope())
        {
            pdf = await scope.ServiceProvider.GetRequiredService<CaseFileBuilder>().BuildPdfAsync(caseId, host.Organisation);
        }

        var pages = await PagesAsync(pdf);
        var index = Squeeze(pages[1]);
        Assert.Contains("罚款人民币捌万伍仟元", Squeeze(pages[0]));
        Assert.DoesNotContain("罚款，罚款", Squeeze(pages[0]));
        Assert.True(Before(index, "行政处罚决定书", "送达回证") && Before(index, "送达回证", "立案审批表") && Before(index, "立案审批表", "证据1")
            && Before(index, "证据1", "证据2") && Before(index, "证据2", "证据3") && Before(index, "证据3", "调查报告"), index);
        Assert.Contains("原件以电子形式保存", index);
        Assert.Contains(officeSha, Squeeze((await PagesAsync(pdf, raw: true))[1]));
        var photoPage = pages.FindIndex(p => Squeeze(p).Contains("证据1：现场检查（勘察）笔录（勘验笔录、现场笔录", StringComparison.Ordinal));
        Assert.True(photoPage > 1, "照片应单独成页并附说明");
        Assert.Contains("营业执照扫描件第一页", Squeeze(pages[photoPage + 1]));
        Assert.Contains("营业执照扫描件第二页", Squeeze(pages[photoPage + 2]));
        Assert.Contains("调查报告", Squeeze(pages[photoPage + 3]));
        Assert.Contains(pages, p => Squeeze(p).Contains("副卷", StringComparison.Ordinal));
    }

    [PdfFact]
    public async Task IssuedDocument_AfterTheStepSaves_HasItsPdfStoredInTheBackgroundAndServedFromThere()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        var prerenderer = host.App.Services.GetRequiredService<PdfPrerenderer>();
        await prerenderer.StartAsync(default);
        IssuedDocument document;
        await using (var scope = host.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
            document = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(c, host.Organisation, "penalty-decision", CaseScenario.DecisionNumber);
            await db.SaveChangesAsync();
        }

        var pdfs = host.App.Services.GetRequiredService<DocumentPdfs>();
        var waited = Stopwatch.StartNew();
        while (!pdfs.IsStored(document.Sha256) && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(100);
        }

        Assert.True(pdfs.IsStored(document.Sha256), "步骤保存后应在后台生成并保存 PDF");
        var stored = await File.ReadAllBytesAsync(pdfs.PathOf(document.Sha256));
        await using (var scope = host.CreateScope())
        {
            var served = await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new DocumentQueries.GetPdf(document.Id));
            Assert.Equal(stored, served.Content);
            Assert.Contains(CaseScenario.PartyName, Squeeze(string.Concat(await PagesAsync(served.Content))));
        }

        await prerenderer.StopAsync(default);
    }

    private static bool Before(string text, string first, string second)
    {
        var a = text.IndexOf(first, StringComparison.Ordinal);
        var b = text.IndexOf(second, a < 0 ? 0 : a, StringComparison.Ordinal);
        return a >= 0 && b > a;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static async Task<List<string>> PagesAsync(byte[] pdf, bool raw = false)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var start = new ProcessStartInfo(PdfTests.PdfToText!) { RedirectStandardOutput = true };
            if (raw)
            {
                // Content-stream order: a table cell's lines stay together.
                start.ArgumentList.Add("-raw");
            }

            start.ArgumentList.Add(path);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text.Split('\f').ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A minimal Word file, one page per text.</summary>
    private static class Docx
    {
        public static byte[] WithPages(params string[] pages)
        {
            using var stream = new MemoryStream();
            using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            {
                var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
                for (var i = 0; i < pages.Length; i++)
                {
                    var run = new DocumentFormat.OpenXml.Wordprocessing.Run();
                    if (i > 0)
                    {
                        run.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Break { Type = DocumentFormat.OpenXml.Wordprocessing.BreakValues.Page });
                    }

                    run.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Text(pages[i]));
                    body.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(run));
                }

                document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            }

            return stream.ToArray();
        }
    }
}
