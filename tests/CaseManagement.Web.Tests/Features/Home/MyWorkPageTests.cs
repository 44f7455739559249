using System.Net;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Home;

public sealed class MyWorkPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Home_AfterAFilingRequest_ShowsTheCaseToTheHeadAndNotToAnOfficerOffTheCase()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某印染有限公司（待办）"));
        var beforeRequest = WorkRow(await (await PageSession.LoggedInAsync(factory, "zhangsan")).GetPageAsync("/"), c.Id);
        await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-10-13", reason = "初查发现涉嫌违法" });

        var head = WorkRow(await (await PageSession.LoggedInAsync(factory, "zhaoliu")).GetPageAsync("/"), c.Id);
        var otherOfficer = WorkRow(await (await PageSession.LoggedInAsync(factory, "lisi")).GetPageAsync("/"), c.Id);
        var requester = WorkRow(await (await PageSession.LoggedInAsync(factory, "zhangsan")).GetPageAsync("/"), c.Id);

        Assert.NotNull(beforeRequest);
        Assert.Contains("RequestFiling", Waiting(beforeRequest).Keys);
        Assert.NotNull(head);
        Assert.Equal("批准立案", Waiting(head)["File"]);
        Assert.Equal("博兴县某印染有限公司（待办）", head.TestId("party").Text());
        Assert.Null(otherOfficer);
        // The requester still sees the case's deadline among the 期限提醒, but not as work waiting for him.
        Assert.Null(requester);
    }

    [Fact]
    public async Task Home_OverdueFilingDecision_IsMarkedRedWithItsDueDate()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某木业有限公司（逾期待办）", registeredOn: "2026-10-12"));

        var row = WorkRow(await (await PageSession.LoggedInAsync(factory, "zhangsan")).GetPageAsync("/"), c.Id);

        Assert.NotNull(row);
        Assert.Contains("deadline-overdue", row.ClassList);
        Assert.Contains("2026年10月27日", row.Text(), StringComparison.Ordinal);
        Assert.Contains("立案审查期限", row.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ForTheAdministrator_RedirectsToTheAdministration()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        var response = await session.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    // The case's line in 我的待办 (not the 期限提醒 above it), or null when it waits for nothing of this user.
    private static AngleSharp.Dom.IElement? WorkRow(AngleSharp.Html.Dom.IHtmlDocument page, long caseId) =>
        page.QuerySelector($"[data-testid=my-work] tbody tr[data-case-id='{caseId}']");

    private static Dictionary<string, string> Waiting(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("[data-trigger]").ToDictionary(a => a.GetAttribute("data-trigger")!, a => a.Text());
}
