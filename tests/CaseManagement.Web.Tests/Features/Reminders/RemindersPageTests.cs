using CaseManagement.Web.Tests.Api.Cases;

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

        var officersPage = (await officer.GetPageAsync("/")).TestId("reminders");
        var headsPage = (await head.GetPageAsync("/")).TestId("reminders");
        var officersCases = Urgencies(officersPage);
        var headsCases = Urgencies(headsPage);

        Assert.Equal("期限提醒（本人承办的案件）", officersPage.TestId("reminders-title").Text());
        Assert.Equal("Overdue", officersCases[own.Id]);
        Assert.DoesNotContain(other.Id, officersCases.Keys);
        Assert.DoesNotContain(later.Id, officersCases.Keys);
        Assert.Equal("期限提醒（本单位全部案件）", headsPage.TestId("reminders-title").Text());
        Assert.Contains(own.Id, headsCases.Keys);
        Assert.Contains(other.Id, headsCases.Keys);
    }

    [Fact]
    public async Task Login_ShowsTheCountsOnTheFirstPageOnly()
    {
        await api.CreateAsync(CaseApi.Lead("滨州登录提醒化工有限公司", registeredOn: "2026-10-12"));
        var session = PageSession.Anonymous(factory);

        var login = await session.LoginAsync("zhangsan", PageSession.DemoPassword, returnUrl: "/cases");
        var first = await session.GetPageAsync(login.Headers.Location!.OriginalString);
        var second = await session.GetPageAsync("/cases");

        var banner = first.TestId("login-reminders");
        Assert.Matches("已逾期 [1-9]\\d* 项", banner.Text());
        Assert.Equal("/#reminders", banner.QuerySelector("a")?.GetAttribute("href"));
        Assert.False(second.Has("login-reminders"));
    }

    // Each reminder's case and its urgency (Overdue, DueSoon).
    private static Dictionary<long, string> Urgencies(AngleSharp.Dom.IElement reminders) =>
        reminders.TestIds("reminder").ToDictionary(r => long.Parse(r.GetAttribute("data-case-id")!, System.Globalization.CultureInfo.InvariantCulture), r => r.GetAttribute("data-urgency")!);
}
