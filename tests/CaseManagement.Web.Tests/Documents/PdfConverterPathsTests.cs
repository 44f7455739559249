using CaseManagement.Web.Documents;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>
/// The two ways the converter runs LibreOffice — the kept-running one driven through UNO and a soffice started per
/// conversion (no python3-uno, or the kept-running one unavailable) — lay a document out alike: no punctuation hangs
/// outside the GB/T 9704 text block on either, and every word stands where the other puts it.
/// </summary>
[Trait("Category", "Pdf")]
public sealed class PdfConverterPathsTests(ITestOutputHelper output)
{
    // Documents whose lines end on a full-width comma or bracket in the scenario case: where hanging punctuation shows.
    private static readonly string[] Names = ["penalty-decision", "advance-notice", "payment-demand", "instalment-approval", "correction-order"];

    [PdfFact]
    public async Task ColdAndWarmConversion_KeepPunctuationInsideTheTextBlockAndPlaceEveryWordAlike()
    {
        var c = CaseScenario.Executing();
        var documents = Names.Select(name => Fill(name, CaseScenario.Composer().Compose(name, c, CaseScenario.Context(CaseScenario.DecisionNumber)))).ToList();
        await using var cold = new PdfConverter(Options.Create(new DocumentOptions { WarmOffice = false }));
        await using var warm = new PdfConverter(Options.Create(new DocumentOptions()));

        var coldPdfs = await cold.ConvertManyAsync(documents);
        var warmPdfs = await warm.ConvertManyAsync(documents);

        Assert.False(cold.UsesWarmOffice);
        var outside = new List<string>();
        for (var i = 0; i < Names.Length; i++)
        {
            var coldPages = await PdfRenderingTests.WordsAsync(coldPdfs[i]);
            var warmPages = await PdfRenderingTests.WordsAsync(warmPdfs[i]);
            Assert.Equal(warmPages.Count, coldPages.Count);
            for (var p = 0; p < coldPages.Count; p++)
            {
                outside.AddRange(coldPages[p]
                    .Where(w => !PdfRenderingTests.IsPageNumber(w)
                        && (w.Left < PdfRenderingTests.BlockLeft - PdfRenderingTests.Tolerance || w.Right > PdfRenderingTests.BlockRight + PdfRenderingTests.Tolerance))
                    .Select(w => $"{Names[i]} 第{p + 1}页“{w.Text}”在版心之外（{w.Left:0.0}–{w.Right:0.0}）"));
                Assert.Equal(warmPages[p].Select(w => w.Text), coldPages[p].Select(w => w.Text));
                Assert.All(warmPages[p].Zip(coldPages[p]), pair =>
                {
                    Assert.InRange(pair.Second.Left, pair.First.Left - 0.5, pair.First.Left + 0.5);
                    Assert.InRange(pair.Second.Top, pair.First.Top - 0.5, pair.First.Top + 0.5);
                });
            }
        }

        foreach (var problem in outside)
        {
            output.WriteLine(problem);
        }

        Assert.Empty(outside);
    }
}
