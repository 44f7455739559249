using System.Net;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>
/// The case pages posting the same commands the API sends, on the app with its clock at 2026-11-27 (a
/// Friday). Cases are prepared through the API (as another client would) and then used through the pages.
/// </summary>
public sealed class CasePageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private const string InvalidCreditCode = "91371625MA3C7B8D99";

    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task CaseList_FilteredByStateSearchAndOverdue_ShowsOnlyTheMatchingCases()
    {
        var lead = await api.CreateAsync(CaseApi.Lead("滨州列表甲化工有限公司", registeredOn: "2026-10-12"));
        var fresh = await api.CreateAsync(CaseApi.Lead("滨州列表乙化工有限公司", registeredOn: "2026-11-27"));
        var filed = await Steps.InvestigationAsync(api, "滨州列表丙化工有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var investigating = Rows(await officer.GetPageAsync("/cases?state=Investigation&q=" + Uri.EscapeDataString("滨州列表")));
        var searched = Rows(await officer.GetPageAsync("/cases?q=" + Uri.EscapeDataString("列表乙")));
        var overdue = Rows(await officer.GetPageAsync("/cases?overdue=true&q=" + Uri.EscapeDataString("滨州列表")));

        var row = Assert.Single(investigating);
        Assert.Equal("滨州列表丙化工有限公司", row.TestId("party").Text());
        Assert.Equal("立案调查", row.TestId("state").Text());
        Assert.Equal($"/cases/{filed.Id}", row.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal(["滨州列表乙化工有限公司"], searched.Select(r => r.TestId("party").Text()));
        var late = Assert.Single(overdue);
        Assert.Equal($"{lead.Id}", late.GetAttribute("data-case-id"));
        Assert.Contains("deadline-danger", late.TestId("next-deadline").ClassList);
    }

    [Fact]
    public async Task CaseList_WithAnInvalidDueWithin_ShowsTheReasonInsteadOfAnError()
    {
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var page = await officer.GetPageAsync("/cases?dueWithin=999");

        Assert.Contains("到期工作日数必须在0至365之间，实际为999", page.Messages());
    }

    [Fact]
    public async Task CreateLead_WithAnInvalidCreditCode_ShowsTheReasonBesideTheFieldAndStoresNothing()
    {
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");
        var before = await api.CountsAsync();

        var response = await officer.SubmitAsync("/cases/new", NewLead("滨州校验失败有限公司", InvalidCreditCode));
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("统一社会信用代码无效：", page.FieldMessage("Input.Party.IdentifierCode"), StringComparison.Ordinal);
        Assert.Equal(before.Cases, (await api.CountsAsync()).Cases);
    }

    [Fact]
    public async Task CreateLead_WithValidInput_OpensTheNewCaseInTheLeadState()
    {
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var response = await officer.SubmitAsync("/cases/new", NewLead("滨州新登记有限公司", CaseApi.PartyCode));
        var page = await officer.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"^/cases/\d+$", response.Headers.Location.OriginalString);
        Assert.Contains(page.Messages(), m => m.Contains("已登记案源：滨州新登记有限公司", StringComparison.Ordinal));
        Assert.Equal("案源登记", page.TestId("state-label").Text());
        Assert.True(page.TestId("actions").Has("action-RequestFiling"));
    }

    [Fact]
    public async Task StepForm_WithOneOfficerOnly_ShowsTheErrorBesideTheFieldAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "滨州单人笔录有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");
        var url = $"/cases/{c.Id}/steps/RecordInvestigation";
        var before = await api.CountsAsync();

        var response = await officer.SubmitAsync(url, Fields(c.Version,
            ("Input.Kind", "Inspection"), ("Input.On", "2026-11-26"), ("Input.Place", "厂区"), ("Input.Officers", "zhangsan"), ("Input.Summary", "现场检查")));
        var messages = (await response.PageAsync()).Messages();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(messages, m => m.Contains("执法人员不得少于两人", StringComparison.Ordinal));
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task StepForm_WithoutAChoice_AsksForItByItsChineseLabelAndKeepsTheTypedText()
    {
        var c = await Steps.InvestigationAsync(api, "滨州未选种类有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/RecordInvestigation", Fields(c.Version,
            ("Input.On", "2026-11-26"), ("Input.Place", "二号车间"), ("Input.Officers", "zhangsan"), ("Input.Officers", "lisi"), ("Input.Summary", "现场检查")));
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请选择笔录种类", page.FieldMessage("Input.Kind"));
        Assert.DoesNotContain(page.Messages(), m => m.Contains("Inspection", StringComparison.Ordinal));
        Assert.Equal("二号车间", page.FormFields("[data-testid=step-form]")["Input.Place"]);
    }

    [Fact]
    public async Task StepForm_WithValidInput_SendsTheStepAndReturnsToTheCaseWithANotice()
    {
        var c = await Steps.InvestigationAsync(api, "滨州页面笔录有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/RecordInvestigation", Fields(c.Version,
            ("Input.Kind", "Interview"), ("Input.On", "2026-11-26"), ("Input.Place", "询问室"),
            ("Input.Officers", "zhangsan"), ("Input.Officers", "lisi"), ("Input.Summary", "询问项目负责人")));
        var page = await officer.GetPageAsync($"/cases/{c.Id}");
        var view = await c.RefreshAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cases/{c.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains(page.Messages(), m => m.Contains("已完成：制作勘验/询问笔录", StringComparison.Ordinal));
        Assert.Contains(page.TestId("investigation").TestIds("record"), r => r.Text().Contains("询问项目负责人", StringComparison.Ordinal));
        Assert.Equal(2, view.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task CaseReviewChecklist_PostedFromTheHandWrittenForm_IsStoredItemByItem()
    {
        var c = await Steps.InvestigationAsync(api, "滨州审查清单有限公司");
        await Steps.SubmitAsync(c, 50_000m);
        var reviewer = await PageSession.LoggedInAsync(factory, "wangwu");
        var items = new[] { "Jurisdiction", "Facts", "Evidence", "Procedure", "Limitation", "LegalBasis", "Discretion" };
        var fields = items.SelectMany(i => new[] { ($"Input.Checklist.{i}.Passed", "true"), ($"Input.Checklist.{i}.Opinion", $"{i}符合") })
            .Append(("Input.ReviewedOn", "2026-11-27")).Append(("Input.Opinion", "同意告知")).ToArray();

        var form = await reviewer.GetPageAsync($"/cases/{c.Id}/steps/CompleteCaseReview");
        var response = await reviewer.SubmitAsync($"/cases/{c.Id}/steps/CompleteCaseReview", Fields(c.Version, fields));
        var view = await c.RefreshAsync("wangwu");

        Assert.True(form.TestId("step-form").Has("checklist-LegalBasis"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(view.GetProperty("caseReview").GetProperty("checklist").GetProperty("legalBasis").GetProperty("passed").GetBoolean());
        Assert.Equal("LegalBasis符合", view.GetProperty("caseReview").GetProperty("checklist").GetProperty("legalBasis").GetProperty("opinion").GetString());
    }

    [Fact]
    public async Task CasePage_ForALegalReviewerWhoInvestigatedTheCase_OffersNoReview()
    {
        var c = await api.CreateAsync(CaseApi.Lead("滨州查审分离有限公司", violation: "AirEmissionExceedance", actDate: "2026-09-01"));
        await Steps.FileAsync(c, officers: ["zhangsan", "qianba"]);
        await Steps.InvestigateAsync(c, officers: ["zhangsan", "qianba"]);
        await Steps.SubmitAsync(c, 50_000m);
        var investigator = await PageSession.LoggedInAsync(factory, "qianba");
        var reviewer = await PageSession.LoggedInAsync(factory, "wangwu");

        var investigatorPage = await investigator.GetPageAsync($"/cases/{c.Id}");
        var reviewerPage = await reviewer.GetPageAsync($"/cases/{c.Id}");

        Assert.Equal("案件审查", investigatorPage.TestId("state-label").Text());
        Assert.False(investigatorPage.Has("action-CompleteCaseReview"));
        Assert.True(reviewerPage.TestId("actions").Has("action-CompleteCaseReview"));
    }

    [Fact]
    public async Task StepForm_PostedWithAStaleVersion_AsksTheUserToRefreshAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "滨州并发修改有限公司");
        var seen = c.Version;
        await c.StepAsync("lisi", "RecordInvestigation", new { kind = "Inspection", on = "2026-11-26", place = "厂区", officers = Steps.Officers, summary = "李四先提交" });
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");
        var before = await api.CountsAsync();

        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/RecordInvestigation", Fields(seen,
            ("Input.Kind", "Inspection"), ("Input.On", "2026-11-26"), ("Input.Place", "厂区"),
            ("Input.Officers", "zhangsan"), ("Input.Officers", "lisi"), ("Input.Summary", "张三后提交")));
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.Messages(), m => m.Contains("该案件已被他人修改，请刷新", StringComparison.Ordinal));
        Assert.Equal("张三后提交", page.FormFields("[data-testid=step-form]")["Input.Summary"]);
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task IrreversibleStep_WithoutTheConfirmation_IsNotSent()
    {
        var c = await api.CreateAsync(CaseApi.Lead("滨州移送确认有限公司"));
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");
        var url = $"/cases/{c.Id}/steps/Transfer";

        var refused = await head.SubmitAsync(url, Fields(c.Version, ("Input.On", "2026-11-27"), ("Input.Reason", "涉嫌犯罪，移送公安机关")));
        var stateAfterRefusal = (await c.RefreshAsync()).GetProperty("state").GetString();
        var confirmed = await head.SubmitAsync(url, Fields(c.Version, ("Input.On", "2026-11-27"), ("Input.Reason", "涉嫌犯罪，移送公安机关"), ("Confirmed", "true")));

        Assert.Contains((await refused.PageAsync()).Messages(), m => m.Contains("该操作不可撤销，请先勾选确认", StringComparison.Ordinal));
        Assert.Equal("Lead", stateAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Transferred", (await c.RefreshAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task UserText_WithAScriptTag_IsShownEncoded()
    {
        const string Script = "<script>alert('x')</script>";
        var c = await Steps.InvestigationAsync(api, "滨州脚本注入有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var list = await officer.GetHtmlAsync("/cases?q=" + Uri.EscapeDataString(Script));
        var lead = await (await officer.SubmitAsync("/cases/new", NewLead("滨州脚本有限公司", CaseApi.PartyCode, violation: Script))).Content.ReadAsStringAsync();
        var step = await (await officer.SubmitAsync($"/cases/{c.Id}/steps/RecordInvestigation", Fields(c.Version,
            ("Input.Kind", "Inspection"), ("Input.On", "2026-11-26"), ("Input.Place", "厂区"),
            ("Input.Officers", "zhangsan"), ("Input.Officers", "lisi"), ("Input.Summary", Script)))).Content.ReadAsStringAsync();

        Assert.DoesNotContain(Script, list);
        Assert.Contains("&lt;script&gt;", list);
        Assert.DoesNotContain(Script, lead);
        Assert.Contains("&lt;script&gt;", lead);
        Assert.DoesNotContain(Script, step);
        Assert.Contains(HtmlPage.Parse(step).Messages(), m => m.Contains("只能是纯文本", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StepPage_ForAnUnknownTrigger_IsNotFound()
    {
        var c = await api.CreateAsync(CaseApi.Lead("滨州未知步骤有限公司"));
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var response = await officer.Client.GetAsync($"/cases/{c.Id}/steps/NoSuchStep");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string> NewLead(string partyName, string code, string violation = "AirEmissionExceedance") => new()
    {
        ["Input.Source"] = "日常巡查",
        ["Input.RegisteredOn"] = "2026-11-27",
        ["Input.Cause"] = "超标排放大气污染物",
        ["Input.ViolationCode"] = violation,
        ["Input.ActDate"] = "2026-11-20",
        ["Input.Party.Kind"] = "Organisation",
        ["Input.Party.Name"] = partyName,
        ["Input.Party.IdentifierCode"] = code,
        ["Input.Party.Address"] = "博兴县城东街道",
        ["Input.Party.LegalRepresentative"] = "王某",
    };

    private static List<KeyValuePair<string, string>> Fields(Guid version, params (string Name, string Value)[] fields) =>
        [new("Version", version.ToString()), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.TestId("cases").QuerySelectorAll("tbody tr[data-case-id]")];
}
