using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Pages.Cases;

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

        var html = await officer.GetHtmlAsync("/cases?q=" + Uri.EscapeDataString("滨州排序") + "&violation=EiaRegistrationNotFiled"
            + "&from=2026-10-01&to=2026-10-31&sort=Registered&desc=true");

        var first = html.IndexOf("滨州排序甲纸业有限公司", StringComparison.Ordinal);
        var second = html.IndexOf("滨州排序乙纸业有限公司", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, "newest registration first");
        Assert.DoesNotContain("滨州排序丙纸业有限公司", html); // registered after the range
        Assert.DoesNotContain("滨州排序丁纸业有限公司", html); // another violation
        Assert.Contains("共 2 件", html);
        Assert.Contains("value=\"2026-10-01\"", html);
        Assert.Contains("<option value=\"EiaRegistrationNotFiled\" selected=\"selected\">", html);

        // The heading of the sorted column reverses it; another heading sorts by that column; both keep the filters.
        Assert.Contains("href=\"/cases?q=%E6%BB%A8%E5%B7%9E%E6%8E%92%E5%BA%8F&amp;violation=EiaRegistrationNotFiled&amp;from=2026-10-01&amp;to=2026-10-31&amp;sort=Registered\"", html);
        Assert.Contains("href=\"/cases?q=%E6%BB%A8%E5%B7%9E%E6%8E%92%E5%BA%8F&amp;violation=EiaRegistrationNotFiled&amp;from=2026-10-01&amp;to=2026-10-31&amp;sort=Party\"", html);
    }
}
