using System.Net;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>
/// After a step the case page shows the new stage and what the procedure waits for next; the head changes
/// the officers of a filed case (行政处罚法第四十三条回避) as a recorded step.
/// </summary>
public sealed class CaseStagePageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task RequestFiling_ThroughTheForm_ShowsAwaitingApprovalTheHeadsNextStepAndNoSecondRequest()
    {
        var c = await api.CreateAsync(CaseApi.Lead("滨州提请立案显示有限公司"));
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/RequestFiling", Fields(c.Version,
            ("Input.RequestedOn", "2026-11-27"), ("Input.Reason", "初查属实")));
        var page = await officer.GetHtmlAsync($"/cases/{c.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("data-testid=\"state-label\">待立案审批<", page);
        Assert.Matches("data-next-role=\"Head\">负责人<span[^>]*>（批准立案、不予立案）", page);
        Assert.DoesNotContain("action-RequestFiling", page);
    }

    [Fact]
    public async Task ChangeOfficers_ByTheHeadForARecusal_ReplacesTheOfficerAndRecordsTheReason()
    {
        await factory.EnsureExtraUsersAsync();
        var c = await Steps.InvestigationAsync(api, "滨州回避变更有限公司");
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");

        var response = await head.SubmitAsync($"/cases/{c.Id}/steps/ChangeOfficers", Fields(c.Version,
            ("Input.ChangedOn", "2026-11-27"), ("Input.Officers", "zhangsan"), ("Input.Officers", "qianba"),
            ("Input.Reason", "李四与当事人法定代表人系近亲属"), ("Input.Recusal", "true")));
        var page = await head.GetHtmlAsync($"/cases/{c.Id}");
        await c.RefreshAsync();
        var recorded = await c.StepAsync("zhangsan", "RecordInvestigation", new
        {
            kind = "Interview", on = "2026-11-27", place = "询问室", officers = new[] { "zhangsan", "qianba" }, summary = "询问",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var officers = page[page.IndexOf("data-testid=\"officers\"", StringComparison.Ordinal)..];
        officers = officers[..officers.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains("钱八", officers);
        Assert.DoesNotContain("李四", officers);
        Assert.Contains("回避，变更执法人员：退出李四，加入钱八；理由：李四与当事人法定代表人系近亲属", page);
        Assert.Matches("data-next-role=\"Officer\">执法人员<span[^>]*>（调查终结，提交审查）", page);
        Assert.Equal("Investigation", recorded.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ChangeOfficers_LeavingOneOfficer_ShowsTheRuleBesideTheFormAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "滨州单人变更有限公司");
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");
        var before = await api.CountsAsync();

        var response = await head.SubmitAsync($"/cases/{c.Id}/steps/ChangeOfficers", Fields(c.Version,
            ("Input.ChangedOn", "2026-11-27"), ("Input.Officers", "zhangsan"), ("Input.Reason", "李四调离")));
        var messages = (await response.PageAsync()).Messages();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(messages, m => m.Contains("执法人员不得少于两人", StringComparison.Ordinal));
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task ChangeOfficers_ByAnOfficer_IsNotOfferedOnTheCasePage()
    {
        var c = await Steps.InvestigationAsync(api, "滨州变更权限有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");

        var asOfficer = await officer.GetHtmlAsync($"/cases/{c.Id}");
        var asHead = await head.GetHtmlAsync($"/cases/{c.Id}");

        Assert.DoesNotContain("action-ChangeOfficers", asOfficer);
        Assert.Contains("action-ChangeOfficers", asHead);
    }

    internal static List<KeyValuePair<string, string>> Fields(Guid version, params (string Name, string Value)[] fields) =>
        [new("Version", version.ToString()), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
}
