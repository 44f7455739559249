using System.Net;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>The pages that record what the documents print: 修改证据, the calculator's factors, hearing staff, closing opinions.</summary>
public sealed class RecordedFactsPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task EditEvidence_FromTheItemsLink_StartsFromTheItemAndSavesTheEditedProof()
    {
        var c = await Steps.InvestigationAsync(api, "滨州页面修改证据有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var casePage = await officer.GetHtmlAsync($"/cases/{c.Id}");
        var form = await officer.GetHtmlAsync($"/cases/{c.Id}/steps/EditEvidence?number=1");
        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/EditEvidence?number=1", Fields(c.Version,
            ("Input.Number", "1"), ("Input.Title", "项目负责人询问笔录"), ("Input.Source", ""), ("Input.Proves", "证明项目未办理登记表备案")));
        var after = await officer.GetHtmlAsync($"/cases/{c.Id}");

        Assert.Contains($"href=\"/cases/{c.Id}/steps/EditEvidence?number=1\"", casePage);
        Assert.Contains("value=\"调查询问笔录\"", form);
        Assert.Contains("证明内容", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("已完成：修改证据", after);
        Assert.Contains("证明内容：证明项目未办理登记表备案", after);
        Assert.Equal("项目负责人询问笔录", (await c.RefreshAsync()).GetProperty("evidence")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task EditEvidence_AfterTheNotice_IsNotOfferedAndAPostedFormShowsTheReason()
    {
        var c = await Steps.InvestigationAsync(api, "滨州页面告知后修改证据有限公司");
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var casePage = await officer.GetHtmlAsync($"/cases/{c.Id}");
        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/EditEvidence", Fields(c.Version,
            ("Input.Number", "1"), ("Input.Title", "改过的名称"), ("Input.Proves", "改过的证明内容")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("steps/EditEvidence", casePage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("事先告知书制发前", html);
        Assert.Equal("调查询问笔录", (await c.RefreshAsync()).GetProperty("evidence")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task SubmitForReview_TheCalculatorsFactors_ArePostedWithTheProposalAndStored()
    {
        var c = await Steps.InvestigationAsync(api, "滨州页面裁量因素有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var form = await officer.GetHtmlAsync($"/cases/{c.Id}/steps/SubmitForReview");
        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/SubmitForReview", Fields(c.Version,
            ("Input.SubmittedOn", "2026-11-27"), ("Input.ReportSummary", "调查终结报告"), ("Input.Cause", "登记表未备案"),
            ("Input.ViolationCode", "EiaRegistrationNotFiled"), ("Input.ActDate", "2026-09-01"),
            ("Input.Proposed.Fine", "30000.00"), ("Input.Proposed.Sanctions", "None"),
            ("Input.DiscretionFactors.Harm", "1"), ("Input.DiscretionFactors.Correction", "2"), ("Input.DiscretionFactors.Fault", "")));
        var view = await c.RefreshAsync();

        Assert.Contains("name=\"Input.DiscretionFactors.Harm\"", form);
        Assert.Contains("未认定", form);
        Assert.DoesNotContain("id=\"Input_DiscretionFactors_Harm\"", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var factors = view.GetProperty("proposedPenalty").GetProperty("discretionFactors").EnumerateArray()
            .Select(f => (f.GetProperty("factor").GetString(), f.GetProperty("level").GetInt32())).ToList();
        Assert.Equal([("Harm", 1), ("Correction", 2)], factors);
    }

    [Fact]
    public async Task HearingAndClosingForms_AskForTheStaffTheAgentsAndEachOpinionInChinese()
    {
        var c = await Steps.InvestigationAsync(api, "滨州页面听证结案表单有限公司");
        var reviewer = await PageSession.LoggedInAsync(factory, "wangwu");
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");

        var schedule = await reviewer.GetHtmlAsync($"/cases/{c.Id}/steps/ScheduleHearing");
        var conclude = await reviewer.GetHtmlAsync($"/cases/{c.Id}/steps/ConcludeHearing");
        var close = await head.GetHtmlAsync($"/cases/{c.Id}/steps/Close");

        Assert.Contains("听证员", schedule);
        Assert.Contains("记录员", schedule);
        Assert.Contains("委托代理人", conclude);
        foreach (var label in new[] { "承办人意见", "承办人签署日期", "承办机构意见", "承办机构负责人", "负责人审批意见" })
        {
            Assert.Contains(label, close);
        }

        Assert.Contains("<option value=\"", close[close.IndexOf("Input.Handler\"", StringComparison.Ordinal)..]);
        Assert.Contains(">李四</option>", close);
    }

    [Fact]
    public async Task Close_PostedFromTheForm_StoresTheOpinionsWithTheOfficerAndTheCasePageShowsThem()
    {
        var c = await Steps.InvestigationAsync(api, "滨州页面结案意见有限公司");
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 50_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        var paid = await c.StepAsync("zhangsan", "RecordPayment", new { paidOn = "2026-11-05", amount = 50_000m, reference = "非税收入缴款书003" });
        var lisi = paid.GetProperty("officers").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "李四").GetProperty("userId").GetString()!;
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");

        var response = await head.SubmitAsync($"/cases/{c.Id}/steps/Close", Fields(c.Version,
            ("Input.ClosedOn", "2026-11-06"), ("Input.Ground", "PerformedInFull"), ("Input.Remark", "已全额缴纳"),
            ("Input.HandlerOpinion", "罚款已全额缴纳，建议结案"), ("Input.Handler", lisi), ("Input.HandlerSignedOn", "2026-11-05"),
            ("Input.DepartmentOpinion", ""), ("Input.DepartmentHead", ""), ("Input.HeadOpinion", "同意结案"), ("Confirmed", "true")));
        var page = await head.GetHtmlAsync($"/cases/{c.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("承办人意见：罚款已全额缴纳，建议结案（李四，2026年11月5日）", page);
        Assert.Contains("负责人审批意见：同意结案", page);
        Assert.DoesNotContain("承办机构意见：", page);
    }

    private static List<KeyValuePair<string, string>> Fields(Guid version, params (string Name, string Value)[] fields) =>
        [new("Version", version.ToString()), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
}
