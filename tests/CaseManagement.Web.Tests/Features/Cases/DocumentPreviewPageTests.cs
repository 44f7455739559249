using System.Net;
using CaseManagement.Web.Tests.Api.Cases;
using CaseManagement.Web.Tests.Documents;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>预览 shows the PDF in the page and 打印 prints it, from a static script (no inline script).</summary>
public sealed class DocumentPreviewPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Pages_OfferPdfPreviewInThePageAndPrintThroughTheStaticScript()
    {
        var c = await Steps.InvestigationAsync(api, "滨州预览打印页面测试有限公司");
        await Steps.SubmitAsync(c, 5_000m);
        await c.StepAsync("wangwu", "CompleteCaseReview", new { reviewedOn = "2026-10-19", checklist = Steps.Checklist(), opinion = "同意" });
        var document = (await c.RefreshAsync()).GetProperty("documents")[0].GetProperty("id").GetInt64();
        var reviewer = await PageSession.LoggedInAsync(factory, "wangwu");

        var casePage = await reviewer.GetHtmlAsync($"/cases/{c.Id}");
        var stepPage = await reviewer.GetHtmlAsync($"/cases/{c.Id}/steps/IssueNotice");
        var script = await reviewer.Client.GetStringAsync("/js/pdf-view.js");

        Assert.Contains($"href=\"/api/documents/{document}/pdf\" data-pdf-view=\"#document-view\"", casePage);
        Assert.Contains($"href=\"/api/documents/{document}/pdf\" data-pdf-print", casePage);
        Assert.Contains("id=\"document-view\"", casePage);
        Assert.Contains($"href=\"/api/cases/{c.Id}/documents/advance-notice/preview?format=pdf\" data-pdf-view=\"#draft-view\"", stepPage);
        Assert.Contains("/js/pdf-view.js", stepPage);
        Assert.Contains("contentWindow.print()", script);
        Assert.DoesNotContain("onclick", stepPage);
    }

    [PdfFact]
    public async Task DraftPreview_AsPdf_IsServedInlineAsADraftAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "滨州PDF草稿测试有限公司");
        await Steps.SubmitAsync(c, 5_000m);
        var before = (await c.RefreshAsync()).GetProperty("documents").GetArrayLength();

        var response = await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/documents/penalty-decision/preview?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("行政处罚决定书（草稿）.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync(), 0, 4));
        Assert.Equal(before, (await c.RefreshAsync()).GetProperty("documents").GetArrayLength());
    }
}
