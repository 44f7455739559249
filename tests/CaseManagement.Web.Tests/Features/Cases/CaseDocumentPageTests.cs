using System.Net;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

public sealed class CaseDocumentPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task CasePage_WhenReviewerVoidsTheFilingApproval_ShowsItVoidedAndTheReissueWithANewNumber()
    {
        var c = await Steps.InvestigationAsync(api, "滨州文书作废页面测试有限公司");
        var original = (await c.RefreshAsync()).GetProperty("documents")[0];
        var reviewer = await PageSession.LoggedInAsync(factory, "wangwu");

        var response = await reviewer.SubmitAsync($"/cases/{c.Id}",
            new Dictionary<string, string> { ["documentId"] = original.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "当事人名称有误" },
            $"/cases/{c.Id}?handler=Void");
        var page = await reviewer.GetPageAsync($"/cases/{c.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["已作废：当事人名称有误"], page.TestId("documents").TestIds("void-reason").Select(v => v.Text()));
        Assert.Equal($"/api/documents/case-file/{c.Id}", page.TestId("case-file").GetAttribute("href"));
        var documents = (await c.RefreshAsync()).GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.NotEqual(documents[0].GetProperty("number").GetString(), documents[1].GetProperty("number").GetString());
    }

    [Fact]
    public async Task CasePage_WhenVoidWithoutReason_ShowsTheReasonIsRequiredAndVoidsNothing()
    {
        var c = await Steps.InvestigationAsync(api, "滨州文书作废无理由测试有限公司");
        var original = (await c.RefreshAsync()).GetProperty("documents")[0];
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");

        await head.SubmitAsync($"/cases/{c.Id}",
            new Dictionary<string, string> { ["documentId"] = original.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "" },
            $"/cases/{c.Id}?handler=Void");
        var page = await head.GetPageAsync($"/cases/{c.Id}");

        Assert.Contains(page.Messages(), m => m.Contains("请填写作废理由", StringComparison.Ordinal));
        Assert.Single((await c.RefreshAsync()).GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task CasePage_WhenOfficerMakesTheInspectionRecord_ListsTheRecordDocument()
    {
        var c = await Steps.InvestigationAsync(api, "滨州笔录制作页面测试有限公司");
        var record = (await c.RefreshAsync()).GetProperty("records")[0];
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        await officer.SubmitAsync($"/cases/{c.Id}",
            new Dictionary<string, string> { ["template"] = "inspection-record", ["recordId"] = record.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/cases/{c.Id}?handler=Record");
        var page = await officer.GetPageAsync($"/cases/{c.Id}");

        Assert.Contains(page.Messages(), m => m.StartsWith("已制作：", StringComparison.Ordinal) && m.Contains("现场检查", StringComparison.Ordinal));
        Assert.Contains(page.TestId("documents").TestIds("document-title"), t => t.Text().Contains("现场检查", StringComparison.Ordinal));
        Assert.Equal(2, (await c.RefreshAsync()).GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task StepPage_ForANoticeStep_OffersADraftOfTheNoticeThatStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "滨州草稿预览页面测试有限公司");
        await Steps.SubmitAsync(c, 5_000m);
        await c.StepAsync("wangwu", "CompleteCaseReview", new { reviewedOn = "2026-10-19", checklist = Steps.Checklist(), opinion = "同意" });
        var before = (await c.RefreshAsync()).GetProperty("documents").GetArrayLength();
        var reviewer = await PageSession.LoggedInAsync(factory, "wangwu");

        var page = await reviewer.GetPageAsync($"/cases/{c.Id}/steps/IssueNotice");
        var draft = await reviewer.Client.GetAsync($"/api/cases/{c.Id}/documents/advance-notice/preview");

        Assert.Equal($"/api/cases/{c.Id}/documents/advance-notice/preview", page.TestId("draft-preview").GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", draft.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, (await c.RefreshAsync()).GetProperty("documents").GetArrayLength());
    }
}
