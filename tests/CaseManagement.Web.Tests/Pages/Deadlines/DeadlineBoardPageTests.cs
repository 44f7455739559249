using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Pages.Deadlines;

public sealed partial class DeadlineBoardPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
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

        var rows = Rows(await session.GetHtmlAsync("/deadlines"));

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

        var html = await session.GetHtmlAsync("/deadlines?overdue=true&kind=FilingDecision");
        var rows = Rows(html);

        Assert.Contains(rows, r => r.Id == overdue.Id);
        Assert.DoesNotContain(rows, r => r.Id == pending.Id);
        Assert.All(rows, r => Assert.Equal("deadline-overdue", r.Css));
        Assert.Contains("《生态环境行政处罚办法》（生态环境部令第30号）", html);
    }

    [Fact]
    public async Task Board_FilteredByOfficer_ListsTheirCasesWithTheOfficerNames()
    {
        var filed = await Steps.InvestigationAsync(api, "庚公司（承办人员）");
        var lead = await api.CreateAsync(CaseApi.Lead("辛公司（承办人员）", registeredOn: "2026-11-20"));
        var session = await PageSession.LoggedInAsync(factory, "zhangsan");
        var lisiId = Regex.Match(await session.GetHtmlAsync("/deadlines"), "<option value=\"([^\"]+)\">李四</option>").Groups[1].Value;

        var html = await session.GetHtmlAsync($"/deadlines?officer={lisiId}");
        var rows = Rows(html);

        Assert.NotEmpty(lisiId);
        Assert.Contains(rows, r => r.Id == filed.Id);
        Assert.DoesNotContain(rows, r => r.Id == lead.Id);
        Assert.Matches($"data-case-id=\"{filed.Id}\"[^>]*>.*?<td>张三、李四</td>", Regex.Replace(html, "\\s+", " "));
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

    private static List<(string Css, long Id, string Due)> Rows(string html) =>
        [.. Row().Matches(html).Select(m => (m.Groups[1].Value, long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value))];

    [GeneratedRegex("<tr class=\"([^\"]+)\" data-case-id=\"(\\d+)\" data-due=\"([0-9-]+)\"")]
    private static partial Regex Row();
}
