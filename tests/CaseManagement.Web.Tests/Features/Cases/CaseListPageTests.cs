using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>The case list page: sorted by a column and filtered from the URL, with the filters kept in its links.</summary>
public sealed class CaseListPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task CaseList_SortedAndFilteredFromTheUrl_ShowsThoseCasesInOrderAndKeepsTheFiltersInItsLinks()
    {
        await api.CreateAsync(CaseApi.Lead("滨州排序乙纸业有限公司", registeredOn: "2026-10-10", violation: "EiaRegistrationNotFiled"));
        await api.CreateAsync(CaseApi.Lead("滨州排序甲纸业有限公司", registeredOn: "2026-10-20", violation: "EiaRegistrationNotFiled"));
        await api.CreateAsync(CaseApi.Lead("滨州排序丙纸业有限公司", registeredOn: "2026-11-20", violation: "EiaRegistrationNotFiled"));
        await api.CreateAsync(CaseApi.Lead("滨州排序丁纸业有限公司", registeredOn: "2026-10-15"));
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var page = await officer.GetPageAsync("/cases?q=" + Uri.EscapeDataString("滨州排序") + "&violation=EiaRegistrationNotFiled"
            + "&from=2026-10-01&to=2026-10-31&sort=Registered&desc=true");
        var filters = page.FormFields("[data-testid=case-filters]");
        const string Filtered = "/cases?q=%E6%BB%A8%E5%B7%9E%E6%8E%92%E5%BA%8F&violation=EiaRegistrationNotFiled&from=2026-10-01&to=2026-10-31";

        // Newest registration first; 丙 was registered after the range, 丁 is another violation.
        Assert.Equal(["滨州排序甲纸业有限公司", "滨州排序乙纸业有限公司"], page.TestId("cases").TestIds("party").Select(p => p.Text()));
        Assert.Equal("共 2 件", page.TestId("case-total").Text());
        Assert.Equal("2026-10-01", filters["from"]);
        Assert.Equal("2026-10-31", filters["to"]);
        Assert.Equal("EiaRegistrationNotFiled", filters["violation"]);

        // The heading of the sorted column reverses it; another heading sorts by that column; both keep the filters.
        Assert.Equal(Filtered + "&sort=Registered", SortLink(page, "Registered"));
        Assert.Equal(Filtered + "&sort=Party", SortLink(page, "Party"));
    }

    private static string? SortLink(AngleSharp.Html.Dom.IHtmlDocument page, string column) =>
        page.TestId("cases").QuerySelector($"a[data-sort='{column}']")?.GetAttribute("href");
}
