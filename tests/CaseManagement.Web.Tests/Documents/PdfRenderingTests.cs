using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Documents.Definitions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>
/// Every template filled for a whole case and rendered through LibreOffice as the bureau prints it (GB/T
/// 9704-2012): the faces, the number of pages, the page numbers and the text block. The first page of each
/// document is stored as a PNG in the test output (bin/.../rendered) for a person to look at.
/// </summary>
[Trait("Category", "Pdf")]
public sealed partial class PdfRenderingTests(ITestOutputHelper output) : IClassFixture<PdfRenderingTests.Rendered>
{
    // A4 and the GB/T 9704 text block in points (1 mm = 72 / 25.4 pt): margins top 37, bottom 35, left 28, right 26 mm.
    private const double Mm = 72 / 25.4;
    private const double PageWidth = 210 * Mm;
    private const double PageHeight = 297 * Mm;
    internal const double BlockLeft = 28 * Mm;
    internal const double BlockRight = PageWidth - 26 * Mm;
    internal const double BlockTop = 37 * Mm;
    internal const double BlockBottom = PageHeight - 35 * Mm;
    internal const double Tolerance = 1.5;

    // Pages each document takes for the scenario case. Forms are one page each (a 审批表 or 送达回证 on two
    // sheets is not accepted by the archive); letters take what their text needs.
    private static readonly Dictionary<string, int> ExpectedPages = new(StringComparer.Ordinal)
    {
        ["filing-approval"] = 1,
        ["service-receipt"] = 1,
        ["closure-approval"] = 1,
        ["file-cover"] = 1,
        ["file-index"] = 1,
        ["legal-review-opinion"] = 1,
        ["hearing-notice"] = 1,
        ["instalment-approval"] = 1,
        ["hearing-report"] = 1,
        ["hearing-termination-record"] = 1,
        ["collective-discussion-record"] = 1,
        ["hearing-record"] = 1,
        ["interview-record"] = 2,
        ["inspection-record"] = 2,
        ["correction-order"] = 2,
        ["advance-notice"] = 3,
        ["payment-demand"] = 2,
        ["no-penalty-decision"] = 2,
        ["daily-penalty-decision"] = 3,
        ["investigation-report"] = 3,
        ["penalty-decision"] = 4,
        ["enforcement-application"] = 2,
    };

    [PdfFact]
    public void Render_EveryTemplate_HasItsPageCount()
    {
        var counts = Rendered.Instance.Pdfs.ToDictionary(p => p.Key, p => PdfConverter.CountPages(p.Value));
        foreach (var (name, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{name}: {count}");
        }

        Assert.Equal(ExpectedPages.OrderBy(p => p.Key, StringComparer.Ordinal), counts.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [PdfFact]
    public async Task Render_EveryTemplate_NoPageHoldsOnlyAPageNumberAndNoTextLeavesTheTextBlock()
    {
        var problems = new List<string>();
        foreach (var (name, pdf) in Rendered.Instance.Pdfs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var pages = await WordsAsync(pdf);
            for (var p = 0; p < pages.Count; p++)
            {
                var body = pages[p].Where(w => !IsPageNumber(w)).ToList();
                if (body.Count == 0)
                {
                    problems.Add($"{name} 第{p + 1}页只有页码");
                }

                problems.AddRange(body
                    .Where(w => w.Left < BlockLeft - Tolerance || w.Right > BlockRight + Tolerance || w.Top < BlockTop - Tolerance || w.Bottom > BlockBottom + Tolerance)
                    .Select(w => $"{name} 第{p + 1}页“{w.Text}”在版心之外（{w.Left:0.0},{w.Top:0.0}–{w.Right:0.0},{w.Bottom:0.0}）"));
            }
        }

        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.Empty(problems);
    }

    [PdfFact]
    public async Task Render_Decision_PageNumbersStandAtTheOuterEdgeOneCharacterIn()
    {
        var pages = await WordsAsync(Rendered.Instance.Pdfs["penalty-decision"]);
        const double character = 14; // 四号

        for (var p = 0; p < pages.Count; p++)
        {
            var number = pages[p].Where(IsPageNumber).ToList();
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"—{p + 1}—"), string.Concat(number.Select(w => w.Text)));
            Assert.All(number, w => Assert.True(w.Top > BlockBottom, "页码应在版心之下"));
            if (p % 2 == 0)
            {
                Assert.InRange(number.Max(w => w.Right), BlockRight - character - 3, BlockRight - character + 3);
            }
            else
            {
                Assert.InRange(number.Min(w => w.Left), BlockLeft + character - 3, BlockLeft + character + 3);
            }
        }

        Assert.True(pages.Count >= 2, "需要至少两页才能检查单双页页码");
    }

    [PdfFact]
    public async Task Render_Decision_EmbedsTheSimplifiedChineseSerifAndSansFacesForBodyAndHeadings()
    {
        var fonts = await RunAsync("pdffonts", [], Rendered.Instance.Pdfs["penalty-decision"]);
        output.WriteLine(fonts);

        // Body and title (仿宋_GB2312, 方正小标宋简体) in Noto Serif CJK, level-1 headings (黑体) in Noto Sans CJK.
        Assert.Contains("NotoSerifCJK", fonts);
        Assert.Contains("NotoSansCJK", fonts);
        Assert.DoesNotContain("DejaVu", fonts);
    }

    [PdfFact]
    public async Task Render_BodyFont_DrawsTheSimplifiedGlyphsOfNotoSerifCjkSc()
    {
        // 骨 and 直 are drawn differently in mainland (SC) and Japanese (JP) type. A template run (仿宋_GB2312,
        // zh-CN) must look exactly like Noto Serif CJK SC, and not like the same family set for Japanese.
        var converter = Rendered.Instance.Converter;
        var pdfs = await converter.ConvertManyAsync([Glyphs(DocxBuilderFonts.Body, "zh-CN"), Glyphs("Noto Serif CJK SC", "zh-CN"), Glyphs("Noto Serif CJK JP", "ja-JP")]);
        var images = new List<byte[]>();
        foreach (var pdf in pdfs)
        {
            images.Add(await PngAsync(pdf, resolution: 50));
        }

        Assert.Equal(images[1], images[0]);
        Assert.NotEqual(images[2], images[0]);
    }

    private static class DocxBuilderFonts
    {
        public const string Body = TemplateAuthoring.DocxBuilder.BodyFont;
    }

    private static byte[] Glyphs(string font, string language)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(
                new RunProperties(new RunFonts { EastAsia = font }, new FontSize { Val = "96" }, new Languages { EastAsia = language }),
                new Text("骨直")))));
        }

        return stream.ToArray();
    }

    internal static bool IsPageNumber(Word word) => word.Top > BlockBottom && PageNumberPart().IsMatch(word.Text);

    [GeneratedRegex(@"^(—|\d+|—\d+—|—\d+|\d+—)$")]
    private static partial Regex PageNumberPart();

    internal sealed record Word(string Text, double Left, double Top, double Right, double Bottom);

    /// <summary>The words of each page with their boxes in points from the top left (pdftotext -bbox).</summary>
    internal static async Task<List<List<Word>>> WordsAsync(byte[] pdf)
    {
        var xhtml = await RunAsync("pdftotext", ["-bbox"], pdf, output: "-");
        var pages = new List<List<Word>>();
        foreach (Match page in PageElement().Matches(xhtml))
        {
            pages.Add(WordElement().Matches(page.Value).Select(m => new Word(
                System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
                double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture))).ToList());
        }

        return pages;
    }

    [GeneratedRegex(@"<page .*?</page>", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">(.*?)</word>")]
    private static partial Regex WordElement();

    internal static async Task<byte[]> PngAsync(byte[] pdf, int resolution)
    {
        var folder = Directory.CreateTempSubdirectory("cm-png-");
        try
        {
            await RunAsync("pdftoppm", ["-png", "-r", resolution.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile"], pdf,
                output: Path.Combine(folder.FullName, "page"));
            return await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "page.png"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs a poppler tool on the PDF; its standard output, or the output argument appended after the input.</summary>
    private static async Task<string> RunAsync(string tool, string[] arguments, byte[] pdf, string? output = null)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var start = new ProcessStartInfo("/usr/bin/" + tool) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(path);
            if (output is not null)
            {
                start.ArgumentList.Add(output);
            }

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

    /// <summary>Fills and renders every template once for the class (one batch through the warm LibreOffice).</summary>
    public sealed class Rendered : IAsyncLifetime
    {
        public static Rendered Instance { get; private set; } = null!;

        public PdfConverter Converter { get; } = new(Options.Create(new DocumentOptions()));

        public Dictionary<string, byte[]> Pdfs { get; } = new(StringComparer.Ordinal);

        public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "rendered");

        public async Task InitializeAsync()
        {
            Instance = this;
            if (!Converter.IsAvailable || !File.Exists("/usr/bin/pdftotext"))
            {
                return;
            }

            var c = CaseScenario.Executing();
            var names = DocumentDefinitions.All.Select(d => d.Name).ToList();
            var index = DocumentDefinitions.Of<FileIndexDocument>();
            var documents = names.Select(name => Fill(name, name == index.Name
                ? index.Compose(c, CaseScenario.Context(), Entries())
                : CaseScenario.Composer().Compose(name, c, CaseScenario.Context("博环罚决字〔2025〕12号")))).ToList();
            var pdfs = await Converter.ConvertManyAsync(documents);
            Directory.CreateDirectory(OutputFolder);
            for (var i = 0; i < names.Count; i++)
            {
                Pdfs[names[i]] = pdfs[i];
                await File.WriteAllBytesAsync(Path.Combine(OutputFolder, names[i] + ".docx"), documents[i]);
                await File.WriteAllBytesAsync(Path.Combine(OutputFolder, names[i] + ".pdf"), pdfs[i]);
                await File.WriteAllBytesAsync(Path.Combine(OutputFolder, names[i] + ".png"), await PngAsync(pdfs[i], resolution: 72));
            }
        }

        // A volume index as the case file prints it: long numbers and dates that must not break per character.
        private static List<FileIndexEntry> Entries() =>
        [
            new(CaseScenario.DecisionNumber, "行政处罚决定书", CaseScenario.D(3, 27), "1-3"),
            new(null, "送达回证", CaseScenario.D(3, 28), "4"),
            new(null, "立案审批表", CaseScenario.D(3, 5), "5"),
            new(null, "现场检查（勘察）笔录", CaseScenario.D(3, 6), "6-7"),
            new(null, "调查询问笔录", CaseScenario.D(3, 7), "8-9"),
            new(CaseScenario.NoticeNumber, "行政处罚事先（听证）告知书", CaseScenario.D(3, 12), "10-11"),
            new(null, "证据：现场照片12张", CaseScenario.D(12, 26), "12-23"),
        ];

        public async Task DisposeAsync() => await Converter.DisposeAsync();
    }
}
