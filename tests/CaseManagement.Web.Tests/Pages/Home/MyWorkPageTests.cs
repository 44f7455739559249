using System.Net;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Pages.Home;

public sealed class MyWorkPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Home_AfterAFilingRequest_ShowsTheCaseToTheHeadAndNotToAnOfficerOffTheCase()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某印染有限公司（待办）"));
        var beforeRequest = await (await PageSession.LoggedInAsync(factory, "zhangsan")).GetHtmlAsync("/");
        await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-10-13", reason = "初查发现涉嫌违法" });

        var head = await (await PageSession.LoggedInAsync(factory, "zhaoliu")).GetHtmlAsync("/");
        var otherOfficer = await (await PageSession.LoggedInAsync(factory, "lisi")).GetHtmlAsync("/");
        var requester = await (await PageSession.LoggedInAsync(factory, "zhangsan")).GetHtmlAsync("/");

        Assert.Contains($"href=\"/cases/{c.Id}\"", beforeRequest);
        Assert.Contains("data-trigger=\"RequestFiling\"", beforeRequest);
        Assert.Contains($"href=\"/cases/{c.Id}\"", head);
        Assert.Contains("data-trigger=\"File\"", head);
        Assert.Contains("批准立案", head);
        Assert.Contains("博兴县某印染有限公司（待办）", head);
        Assert.DoesNotContain($"href=\"/cases/{c.Id}\"", otherOfficer);
        // The requester still sees the case's deadline among the 期限提醒, but not as work waiting for him.
        Assert.DoesNotMatch($"<tr[^>]*data-case-id=\"{c.Id}\"", requester);
    }

    [Fact]
    public async Task Home_OverdueFilingDecision_IsMarkedRedWithItsDueDate()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某木业有限公司（逾期待办）", registeredOn: "2026-10-12"));

        var html = await (await PageSession.LoggedInAsync(factory, "zhangsan")).GetHtmlAsync("/");

        Assert.Matches($"<tr class=\"deadline-overdue\" data-case-id=\"{c.Id}\"", html);
        Assert.Contains("2026年10月27日", html);
        Assert.Contains("立案审查期限", html);
    }

    [Fact]
    public async Task Home_ForTheAdministrator_RedirectsToTheAdministration()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        var response = await session.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }
}
