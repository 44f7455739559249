using System.Diagnostics;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>
/// Skipped (not failed) on a machine without LibreOffice and poppler-utils, so <c>dotnet test</c> passes anywhere.
/// Carries the trait <c>Category=Pdf</c>, so <c>dotnet test --filter Category!=Pdf</c> runs the fast set alone.
/// </summary>
[TraitDiscoverer("CaseManagement.Web.Tests.Documents.PdfTraitDiscoverer", "CaseManagement.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfFactAttribute : FactAttribute, ITraitAttribute
{
    public PdfFactAttribute()
    {
        using var converter = new PdfConverterProbe();
        if (!converter.Available)
        {
            Skip = "LibreOffice（soffice）或 poppler-utils（pdfunite、pdftotext）未安装，跳过 PDF 测试。";
        }
    }

    private sealed class PdfConverterProbe : IDisposable
    {
        private readonly PdfConverter converter = new(Options.Create(new DocumentOptions()));

        public bool Available => converter.IsAvailable && converter.PdfUnitePath is not null && PdfTests.PdfToText is not null;

        public void Dispose() => converter.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>Gives every <see cref="PdfFactAttribute"/> test the trait <c>Category=Pdf</c>.</summary>
public sealed class PdfTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new("Category", "Pdf")];
}

public sealed class PdfTests
{
    public static string? PdfToText => new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext" }.FirstOrDefault(File.Exists);

    private static async Task<string> TextOf(byte[] pdf, int? page = null)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var start = new ProcessStartInfo(PdfToText!) { RedirectStandardOutput = true };
            if (page is { } p)
            {
                start.ArgumentList.Add("-f");
                start.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
                start.ArgumentList.Add("-l");
                start.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            start.ArgumentList.Add(path);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [PdfFact]
    public async Task Convert_IssuedDecision_ProducesPdfWithPartyAndTitle()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
        var issued = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(c, host.Organisation, "penalty-decision", CaseScenario.DecisionNumber);

        var pdf = await scope.ServiceProvider.GetRequiredService<PdfConverter>().ConvertAsync(issued.Content);

        var text = Squeeze(await TextOf(pdf));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains(CaseScenario.PartyName, text);
        Assert.Contains("行政处罚决定书", text);
        Assert.Contains("捌万伍仟元整", text);
        Assert.True(PdfConverter.CountPages(pdf) >= 1);
    }

    [PdfFact]
    public async Task CaseFile_WhenBuilt_HasCoversIndexesWithPageNumbersAndDocumentsInVolumeOrder()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        await using (var scope = host.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var issuer = scope.ServiceProvider.GetRequiredService<DocumentIssuer>();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
            await issuer.IssueAsync(c, host.Organisation, "filing-approval", null);
            await issuer.IssueAsync(c, host.Organisation, "advance-notice", CaseScenario.NoticeNumber);
            await issuer.IssueAsync(c, host.Organisation, "service-receipt", null, "advance-notice");
            await issuer.IssueAsync(c, host.Organisation, "legal-review-opinion", null);
            await issuer.IssueAsync(c, host.Organisation, "penalty-decision", CaseScenario.DecisionNumber);
            await issuer.IssueAsync(c, host.Organisation, "service-receipt", null, "penalty-decision");
            await db.SaveChangesAsync();
        }

        byte[] pdf;
        IReadOnlyList<CaseFilePlacement> placements;
        await using (var scope = host.CreateScope())
        {
            pdf = await scope.ServiceProvider.GetRequiredService<CaseFileBuilder>().BuildPdfAsync(caseId, host.Organisation);
            placements = CaseFileBuilder.Arrange(await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Set<IssuedDocument>().ToListAsync());
        }

        Assert.Equal(
            ["penalty-decision", "service-receipt", "filing-approval", "advance-notice", "service-receipt", "legal-review-opinion"],
            placements.Select(p => p.Document.TemplateName));
        var mainPages = placements.Where(p => p.Volume == CaseFileVolume.Main)
            .Select(p => PdfConverter.CountPages(PdfFor(p))).ToList();
        var total = PdfConverter.CountPages(pdf);
        // Table cells wrap in the extracted text, so compare without whitespace.
        var index = Squeeze(await TextOf(pdf, 2));
        Assert.Contains("卷内目录", index);
        Assert.Contains("正卷", index);
        Assert.Contains("行政处罚决定书", index);
        Assert.Contains(Range(1, mainPages[0]), index);
        var filingStart = mainPages[0] + mainPages[1] + 1;
        Assert.Contains(Range(filingStart, filingStart + mainPages[2] - 1), index);
        var all = Squeeze(await TextOf(pdf));
        Assert.Contains("副卷", all);
        Assert.Contains("法制审核意见书", all);
        Assert.Contains(CaseScenario.DecisionNumber, Squeeze(await TextOf(pdf, 3)));
        Assert.Contains("立案审批表", Squeeze(await TextOf(pdf, 2 + filingStart)));
        Assert.True(total >= 4 + placements.Count);

        static string Range(int first, int last) => first == last
            ? first.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first}-{last}");

        byte[] PdfFor(CaseFilePlacement placement)
        {
            using var scope = host.CreateScope();
            return scope.ServiceProvider.GetRequiredService<PdfConverter>().ConvertAsync(placement.Document.Content).GetAwaiter().GetResult();
        }
    }

    [Fact]
    public void CountPages_WhenPdfHasPageTreeAndPages_CountsOnlyPages()
    {
        var pdf = "%PDF-1.4\n1 0 obj<</Type /Pages /Kids[2 0 R 3 0 R]>>endobj\n2 0 obj<</Type/Page>>endobj\n3 0 obj<</Type /Page /Parent 1 0 R>>endobj"u8;

        Assert.Equal(2, PdfConverter.CountPages(pdf));
    }

    [Fact]
    public async Task Convert_WhenLibreOfficeIsNotInstalled_RefusesWithTheChineseMessage()
    {
        await using var converter = new PdfConverter(Options.Create(new DocumentOptions { LibreOfficePath = "/nonexistent/soffice" }));

        var refusal = await Assert.ThrowsAsync<PdfUnavailableException>(() => converter.ConvertAsync([1, 2, 3]));

        Assert.Equal("服务器未安装 LibreOffice，无法转换为 PDF；可下载 Word 版本打印", refusal.Message);
    }
}

/// <summary>The kept-running LibreOffice: reused between conversions and restarted when it dies.</summary>
[Trait("Category", "Pdf")]
public sealed class WarmOfficeTests
{
    [PdfFact]
    public async Task Convert_AfterTheKeptRunningLibreOfficeWasKilled_StartsANewOneAndStillConverts()
    {
        // A fontconfig file of its own gives this test its own LibreOffice, so killing it disturbs no other test.
        var fonts = Path.Combine(Path.GetTempPath(), $"cm-fonts-{Guid.NewGuid():N}.conf");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Office", "fonts.conf"), fonts);
        try
        {
            await using var converter = new PdfConverter(Options.Create(new DocumentOptions { FontConfigFile = fonts }));
            var docx = DocumentTestKit.Fill("service-receipt", DocumentTestKit.SampleData(DocumentDefinitions.Get("service-receipt").Contract));
            Assert.True(converter.UsesWarmOffice, "需要 /usr/bin/python3 与 python3-uno");

            await converter.ConvertAsync(docx);
            var first = converter.Warm!.WorkerProcessId;
            await converter.ConvertAsync(docx);
            var reused = converter.Warm.WorkerProcessId;
            Process.GetProcessById(first!.Value).Kill(entireProcessTree: true);
            var pdf = await converter.ConvertAsync(docx);

            Assert.Equal(first, reused);
            Assert.NotEqual(first, converter.Warm.WorkerProcessId);
            Assert.Equal(2, converter.Warm.Starts);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        }
        finally
        {
            File.Delete(fonts);
        }
    }
}
