using System.Diagnostics;
using System.Globalization;
using CaseManagement.Domain.Calendar;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using Microsoft.Extensions.Options;

namespace CaseManagement.Benchmarks;

/// <summary>
/// PDF rendering as the app does it (goal: ≤ 100 ms per document amortised). Fills six documents of a
/// case, then converts them one at a time through the kept-running LibreOffice (as 预览/打印 and the background
/// rendering do), in one batch (as the case file does), and a few through a fresh soffice per conversion for
/// comparison. Usage: <c>dotnet run -c Release --project tests/CaseManagement.Benchmarks -- pdf [--documents N]</c>.
/// </summary>
internal static class PdfThroughput
{
    private static readonly string[] Templates =
        ["penalty-decision", "advance-notice", "service-receipt", "filing-approval", "investigation-report", "legal-review-opinion"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.SkipWhile(a => a != "--documents").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(60);
        var calendar = new LegalCalendar(HolidayCalendar.Seed);
        var composer = new CaseDocumentComposer(calendar);
        var store = new TemplateStore(TemplateStore.DefaultFolder);
        var filler = new DocxTemplateFiller();
        var penaltyCase = BenchmarkCase.Build(calendar, 20);
        var context = new CompositionContext(
            new OrganisationDetails("滨州市生态环境局博兴分局", "博环", "滨州市生态环境局博兴分局", "山东省滨州市博兴县", "0543-0000000",
                "滨州市人民政府或者博兴县人民政府", "博兴县人民法院", "山东省非税收入统一缴款渠道"),
            "博环罚决字〔2025〕1号", new DateOnly(2025, 4, 30));
        var documents = Templates.Select(t => filler.Fill(store.Prepared(t), composer.Compose(t, penaltyCase, context))).ToList();

        await using var warm = new PdfConverter(Options.Create(new DocumentOptions()));
        if (!warm.IsAvailable)
        {
            Console.Error.WriteLine("LibreOffice（soffice）未安装。");
            return 1;
        }

        Console.WriteLine($"kept-running LibreOffice: {(warm.UsesWarmOffice ? "yes" : "no (python3-uno missing): every conversion starts soffice")}");
        var clock = Stopwatch.StartNew();
        await warm.WarmUpAsync();
        Console.WriteLine($"start of the kept-running LibreOffice: {clock.ElapsedMilliseconds} ms (once per process)");

        // A first conversion of each template loads LibreOffice's filters and fonts: not counted.
        await warm.ConvertManyAsync(documents);
        var times = new List<double>();
        var pages = 0;
        for (var i = 0; i < count; i++)
        {
            clock.Restart();
            var pdf = await warm.ConvertAsync(documents[i % documents.Count]);
            times.Add(clock.Elapsed.TotalMilliseconds);
            pages += PdfConverter.CountPages(pdf);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one at a time: {count} documents ({pages} pages), mean {times.Average():0} ms, p50 {times[times.Count / 2]:0} ms, p95 {times[(int)(times.Count * 0.95)]:0} ms per document"));

        var batch = Enumerable.Range(0, count).Select(i => documents[i % documents.Count]).ToList();
        clock.Restart();
        await warm.ConvertManyAsync(batch);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one batch (case file): {count} documents in {clock.ElapsedMilliseconds} ms, {clock.Elapsed.TotalMilliseconds / count:0} ms per document"));

        await using var cold = new PdfConverter(Options.Create(new DocumentOptions { WarmOffice = false }));
        var coldTimes = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            clock.Restart();
            await cold.ConvertAsync(documents[i]);
            coldTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold (soffice started per conversion): mean {coldTimes.Average():0} ms per document"));
        return 0;
    }
}
