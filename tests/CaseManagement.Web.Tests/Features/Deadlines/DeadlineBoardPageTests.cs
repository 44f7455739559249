using System.Net;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Deadlines;

public sealed class DeadlineBoardPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Board_OrdersByDueDate_AndColoursOverdueRedAndDueSoonAmber()
    {
        // Today is Friday 2026-11-27; the filing decision is due 15 days after registration (rolled to a working day).
        var later = await api.CreateAsync(CaseApi.Lead("甲公司（看板）", registeredOn: "2026-11-20"));     // 12-05 Sat → 12-07
        var overdue = await api.CreateAsync(CaseApi.Lead("乙公司（看板）", registeredOn: "2026-10-12"));   // 10-27
        var latest = await api.CreateAsync(CaseApi.Lead("丙公司（看板）", registeredOn: "2026-11-25"));    // 12-10
        var soon = await api.CreateAsync(CaseApi.Lead("丁公司（看板）", registeredOn: "2026-11-16"));      // 12-01, within 3 working days
        var session = await PageSession.LoggedInAsync(factory, "lisi");

        var rows = Rows(await session.GetPageAsync("/deadlines"));

        var ours = rows.Where(r => new[] { later.Id, overdue.Id, latest.Id, soon.Id }.Contains(r.Id)).ToList();
        Assert.Equal([overdue.Id, soon.Id, later.Id, latest.Id], ours.Select(r => r.Id));
        Assert.Equal(["2026-10-27", "2026-12-01", "2026-12-07", "2026-12-10"], ours.Select(r => r.Due));
        Assert.Equal(["deadline-overdue", "deadline-soon", "deadline-normal", "deadline-normal"], ours.Select(r => r.Css));
        Assert.Equal(rows.Select(r => r.Due).Order(StringComparer.Ordinal), rows.Select(r => r.Due));
    }

    [Fact]
    public async Task Board_OverdueOnly_ListsOnlyOverdueCasesWithTheLegalBasis()
    {
        var overdue = await api.CreateAsync(CaseApi.Lead("戊公司（只看逾期）", registeredOn: "2026-10-14"));
        var pending = await api.CreateAsync(CaseApi.Lead("己公司（只看逾期）", registeredOn: "2026-11-26"));
        var session = await PageSession.LoggedInAsync(factory, "zhangsan");

        var page = await session.GetPageAsync("/deadlines?overdue=true&kind=FilingDecision");
        var rows = Rows(page);

        Assert.Contains(rows, r => r.Id == overdue.Id);
        Assert.DoesNotContain(rows, r => r.Id == pending.Id);
        Assert.All(rows, r => Assert.Equal("deadline-overdue", r.Css));
        Assert.All(page.TestId("deadlines").TestIds("basis"), b => Assert.Contains("《生态环境行政处罚办法》（生态环境部令第30号）", b.Text(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Board_FilteredByOfficer_ListsTheirCasesWithTheOfficerNames()
    {
        var filed = await Steps.InvestigationAsync(api, "庚公司（承办人员）");
        var lead = await api.CreateAsync(CaseApi.Lead("辛公司（承办人员）", registeredOn: "2026-11-20"));
        var session = await PageSession.LoggedInAsync(factory, "zhangsan");
        var lisiId = (await session.GetPageAsync("/deadlines")).QuerySelectorAll("select[name=officer] option")
            .Single(o => o.Text() == "李四").GetAttribute("value") ?? "";

        var page = await session.GetPageAsync($"/deadlines?officer={lisiId}");
        var rows = Rows(page);

        Assert.NotEmpty(lisiId);
        Assert.Contains(rows, r => r.Id == filed.Id);
        Assert.DoesNotContain(rows, r => r.Id == lead.Id);
        Assert.Equal("张三、李四", rows.Single(r => r.Id == filed.Id).Officers);
    }

    [Fact]
    public async Task Board_ForTheAdministrator_IsRedirectedToAccessDenied()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        var response = await session.Client.GetAsync("/deadlines");

        AssertAccessDenied(response);
    }

    // Cookie-authenticated pages answer a refused role with a redirect to the access-denied page.
    private static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static List<(string Css, long Id, string Due, string Officers)> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=deadlines] tbody tr[data-case-id]").Select(r => (
            r.ClassName ?? "",
            long.Parse(r.GetAttribute("data-case-id")!, System.Globalization.CultureInfo.InvariantCulture),
            r.GetAttribute("data-due") ?? "",
            r.TestId("officers").Text()))];
}
