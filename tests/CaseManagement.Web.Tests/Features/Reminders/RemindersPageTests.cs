using CaseManagement.Web.Tests.Api.Cases;
using CaseManagement.Web.Tests.Pages;

namespace CaseManagement.Web.Tests.Features.Reminders;

/// <summary>期限提醒 on 我的待办 and on the first page after login (clock: 2026-11-27).</summary>
public sealed class RemindersPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task ToDoPage_ShowsOverdueDeadlinesOfOwnCasesToTheOfficerAndOfAllCasesToTheHead()
    {
        var own = await api.CreateAsync(CaseApi.Lead("滨州提醒本人化工有限公司", registeredOn: "2026-10-12"));
        var other = await api.CreateAsync(CaseApi.Lead("滨州提醒他人化工有限公司", registeredOn: "2026-10-12"), user: "lisi");
        var later = await api.CreateAsync(CaseApi.Lead("滨州提醒未到期化工有限公司", registeredOn: "2026-11-27"));
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");

        var officersPage = Reminders(await officer.GetHtmlAsync("/"));
        var headsPage = Reminders(await head.GetHtmlAsync("/"));

        Assert.Contains("本人承办的案件", officersPage);
        Assert.Matches($"data-case-id=\"{own.Id}\" data-urgency=\"Overdue\"", officersPage);
        Assert.DoesNotContain($"data-case-id=\"{other.Id}\"", officersPage);
        Assert.DoesNotContain($"data-case-id=\"{later.Id}\"", officersPage);
        Assert.Contains("本单位全部案件", headsPage);
        Assert.Contains($"data-case-id=\"{own.Id}\"", headsPage);
        Assert.Contains($"data-case-id=\"{other.Id}\"", headsPage);
    }

    [Fact]
    public async Task Login_ShowsTheCountsOnTheFirstPageOnly()
    {
        await api.CreateAsync(CaseApi.Lead("滨州登录提醒化工有限公司", registeredOn: "2026-10-12"));
        var session = PageSession.Anonymous(factory);

        var login = await session.LoginAsync("zhangsan", PageSession.DemoPassword, returnUrl: "/cases");
        var first = await session.GetHtmlAsync(login.Headers.Location!.OriginalString);
        var second = await session.GetHtmlAsync("/cases");

        Assert.Matches("data-testid=\"login-reminders\"[\\s\\S]*已逾期 [1-9]\\d* 项[\\s\\S]*href=\"/#reminders\"", first);
        Assert.DoesNotContain("data-testid=\"login-reminders\"", second);
    }

    private static string Reminders(string html)
    {
        var start = html.IndexOf("data-testid=\"reminders\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page shows no reminders");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
