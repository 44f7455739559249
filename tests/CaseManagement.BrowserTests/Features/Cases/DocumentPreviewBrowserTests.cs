using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Features.Cases;

/// <summary>
/// A PDF that takes seconds to make says so: the draft preview of a step's document and the whole 卷宗 open in the
/// page's panel, whose caption reads "正在生成 PDF，请稍候…" (and the panel is aria-busy) from the click until the
/// PDF has arrived, then shows the title alone. Every caption the panel showed is recorded in the page, so the
/// test sees the indicator however fast the server answers.
/// </summary>
public sealed class DocumentPreviewBrowserTests(PdfViewerFixture fixture) : IClassFixture<PdfViewerFixture>
{
    private const string Busy = "（正在生成 PDF，请稍候…）";

    // Records each caption text and each change of aria-busy on the panel, in order.
    private const string Recorder = """
        panel => {
            window.__shown = [];
            const caption = panel.querySelector('[data-pdf-title]');
            const note = () => window.__shown.push((panel.getAttribute('aria-busy') === 'true' ? 'busy:' : 'idle:') + caption.textContent);
            new MutationObserver(note).observe(panel, { attributes: true, attributeFilter: ['aria-busy'], childList: true, characterData: true, subtree: true });
        }
        """;

    [ChromiumFact]
    public async Task DraftPreview_SaysThePdfIsBeingMadeUntilItArrives()
    {
        var caseId = await fixture.FiledCaseAsync("博兴县草稿预览检查有限公司", "91371625MA3C7B8D98");
        var page = await fixture.PageAsync("zhangsan", phone: false);
        await page.GotoAsync($"{fixture.BaseUrl}/cases/{caseId}/steps/SubmitForReview");

        var (shown, response) = await OpenInPanelAsync(page, "[data-testid=draft-preview-pdf]", "#draft-view", "/preview?format=pdf");
        await FieldWorkFixture.ScreenshotAsync(page, "draft-pdf-preview");

        Assert.Equal("busy:行政处罚案件调查报告（草稿）" + Busy, shown.First());
        Assert.Equal("idle:行政处罚案件调查报告（草稿）", shown.Last());
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"]);
        Assert.Equal("application/pdf", await FrameContentAsync(page, "/preview?format=pdf"));
    }

    [ChromiumFact]
    public async Task DraftPrint_SaysThePdfIsBeingMadeAndPrintsItFromAFrameOfThePage()
    {
        var caseId = await fixture.FiledCaseAsync("博兴县草稿打印检查有限公司", "91371625MA3C7B8D98");
        var page = await fixture.PageAsync("zhangsan", phone: false);
        await page.GotoAsync($"{fixture.BaseUrl}/cases/{caseId}/steps/SubmitForReview");
        await page.EvalOnSelectorAsync("[data-testid=draft-print]", """
            link => {
                window.__labels = [];
                new MutationObserver(() => window.__labels.push(link.textContent)).observe(link, { childList: true, characterData: true, subtree: true });
            }
            """);

        var response = page.WaitForResponseAsync(r => r.Url.Contains("/preview?format=pdf"), new PageWaitForResponseOptions { Timeout = 120_000 });
        await page.ClickAsync("[data-testid=draft-print]");
        await response;
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-testid=draft-print]').hasAttribute('aria-busy')", null,
            new PageWaitForFunctionOptions { Timeout = 120_000 });
        var labels = await page.EvaluateAsync<string[]>("() => window.__labels");

        Assert.Equal(["正在生成…", "打印"], labels);
        Assert.EndsWith($"/cases/{caseId}/steps/SubmitForReview", page.Url);
        Assert.Equal("application/pdf", await FrameContentAsync(page, "/preview?format=pdf"));
    }

    [ChromiumFact]
    public async Task CaseFile_OpensInThePanelAndSaysItIsBeingMadeUntilItArrives()
    {
        var caseId = await fixture.FiledCaseAsync("博兴县卷宗预览检查有限公司", "91371625MA3C7B8D98");
        var page = await fixture.PageAsync("zhangsan", phone: false);
        await page.GotoAsync($"{fixture.BaseUrl}/cases/{caseId}");

        var (shown, response) = await OpenInPanelAsync(page, "[data-testid=case-file]", "#document-view", $"/api/documents/case-file/{caseId}");

        Assert.Equal("busy:卷宗（正卷、副卷）" + Busy, shown.First());
        Assert.Equal("idle:卷宗（正卷、副卷）", shown.Last());
        Assert.Equal(page.Url.TrimEnd('/'), $"{fixture.BaseUrl}/cases/{caseId}");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"]);
        Assert.Equal("application/pdf", await FrameContentAsync(page, $"/api/documents/case-file/{caseId}"));
    }

    // What the panel's frame holds: the browser's PDF viewer ("application/pdf"), or an error page when the answer
    // refused to be framed. The frame is found from its element in the page, not from Playwright's list of frames
    // (IPage.Frames copies a list that its connection's thread is still changing while the PDF viewer adds its own
    // frames, and failed once with "Destination array was not long enough").
    private static async Task<string> FrameContentAsync(IPage page, string url)
    {
        foreach (var element in await page.QuerySelectorAllAsync("iframe[src]"))
        {
            if ((await element.GetAttributeAsync("src"))!.Contains(url, StringComparison.Ordinal) && await element.ContentFrameAsync() is { } frame)
            {
                return await frame.EvaluateAsync<string>("() => document.contentType");
            }
        }

        return "no frame holds " + url;
    }

    private static async Task<(IReadOnlyList<string> Shown, IResponse Response)> OpenInPanelAsync(IPage page, string link, string panel, string url)
    {
        await page.EvalOnSelectorAsync(panel, Recorder);
        var response = page.WaitForResponseAsync(r => r.Url.Contains(url), new PageWaitForResponseOptions { Timeout = 120_000 });
        await page.ClickAsync(link);
        var answered = await response;
        await page.WaitForFunctionAsync($"() => !document.querySelector('{panel}').hasAttribute('aria-busy')", null,
            new PageWaitForFunctionOptions { Timeout = 120_000 });
        var shown = await page.EvaluateAsync<string[]>("() => window.__shown.filter((s, i, all) => i === 0 || s !== all[i - 1])");
        return (shown, answered);
    }
}
