namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// Sorting by any column and filtering by officer, violation and registration date, on its own database with
/// four cases: 丁化工 (2026-10-05, 登记表未备案), 戊纸业 (2026-10-20, filed), 己化工材料 (2026-11-02, filed) and
/// 庚纺织 (2026-11-25).
/// </summary>
public sealed class CaseListSortAndFilterTests : IClassFixture<CaseApiFactory>, IAsyncLifetime
{
    private readonly CaseApi api;

    public CaseListSortAndFilterTests(CaseApiFactory factory) => api = new CaseApi(factory);

    public async Task InitializeAsync()
    {
        if ((await api.ListAsync("")).GetProperty("total").GetInt32() > 0)
        {
            return;
        }

        await api.CreateAsync(CaseApi.Lead("博兴县丁化工有限公司", registeredOn: "2026-10-05", violation: "EiaRegistrationNotFiled", code: "91371625MA3C5X7J0E"));
        var paper = await api.CreateAsync(CaseApi.Lead("博兴县戊纸业有限公司", registeredOn: "2026-10-20", code: "91371625MA3C6K2X36"));
        await Steps.FileAsync(paper, on: "2026-10-21");
        var chemicals = await api.CreateAsync(CaseApi.Lead("博兴县己化工材料有限公司", registeredOn: "2026-11-02", code: "91371625MA3C9G6H32"));
        await Steps.FileAsync(chemicals, on: "2026-11-03", officers: ["lisi", "qianba"]);
        await api.CreateAsync(CaseApi.Lead("博兴县庚纺织有限公司", registeredOn: "2026-11-25"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_SortedByParty_AscendingThenDescending()
    {
        var ascending = await api.ListAsync("?sort=Party");
        var descending = await api.ListAsync("?sort=Party&desc=true");

        var expected = new[] { "博兴县丁化工有限公司", "博兴县己化工材料有限公司", "博兴县庚纺织有限公司", "博兴县戊纸业有限公司" }
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, CaseApi.PartyNames(ascending));
        Assert.Equal(Enumerable.Reverse(expected).ToList(), CaseApi.PartyNames(descending));
    }

    [Fact]
    public async Task List_SortedByRegistrationDate_OldestFirst()
    {
        var sorted = await api.ListAsync("?sort=Registered");

        Assert.Equal(["博兴县丁化工有限公司", "博兴县戊纸业有限公司", "博兴县己化工材料有限公司", "博兴县庚纺织有限公司"], CaseApi.PartyNames(sorted));
    }

    [Fact]
    public async Task List_FilteredByViolationAndDateRange_ShowsOnlyThoseCases()
    {
        var byViolation = await api.ListAsync("?violation=EiaRegistrationNotFiled");
        var byDates = await api.ListAsync("?from=2026-10-15&to=2026-11-10");

        Assert.Equal(["博兴县丁化工有限公司"], CaseApi.PartyNames(byViolation));
        Assert.Equal(["博兴县己化工材料有限公司", "博兴县戊纸业有限公司"], CaseApi.PartyNames(byDates));
    }

    [Fact]
    public async Task List_FilteredByOfficer_ShowsTheCasesThatOfficerHandles()
    {
        var all = await api.ListAsync("?state=Investigation");
        var chemicals = all.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("partyName").GetString() == "博兴县己化工材料有限公司");
        var view = await api.GetAsync("zhangsan", chemicals.GetProperty("id").GetInt64());
        var qianba = view.GetProperty("officers").EnumerateArray()
            .Single(o => o.GetProperty("name").GetString() == "钱八").GetProperty("userId").GetString()!;

        var handled = await api.ListAsync("?officer=" + Uri.EscapeDataString(qianba));

        Assert.Equal(["博兴县己化工材料有限公司"], CaseApi.PartyNames(handled));
    }

    [Theory]
    [InlineData("化工", new[] { "博兴县己化工材料有限公司", "博兴县丁化工有限公司" })]
    [InlineData("化工材料", new[] { "博兴县己化工材料有限公司" })]
    [InlineData("纸业有限", new[] { "博兴县戊纸业有限公司" })]
    [InlineData("工纸", new string[0])]
    public async Task List_SearchedByPartOfTheName_FindsExactlyTheNamesContainingIt(string q, string[] expected)
    {
        var newest = await api.ListAsync("?q=" + Uri.EscapeDataString(q));
        var sorted = await api.ListAsync("?sort=Party&q=" + Uri.EscapeDataString(q));

        Assert.Equal(expected, CaseApi.PartyNames(newest));
        Assert.Equal(expected.Order(StringComparer.Ordinal).ToList(), CaseApi.PartyNames(sorted));
        Assert.Equal(expected.Length, newest.GetProperty("total").GetInt32());
        Assert.False(newest.GetProperty("totalIsLowerBound").GetBoolean());
    }

    [Fact]
    public async Task List_PageOfTwo_SaysWhetherMoreFollow()
    {
        var first = await api.ListAsync("?pageSize=2");
        var last = await api.ListAsync("?pageSize=2&page=2");

        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.False(last.GetProperty("hasMore").GetBoolean());
        Assert.Equal(4, first.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?sort=Colour", "sort")]
    [InlineData("?desc=maybe", "desc")]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("?violation=Nothing", "violation")]
    public async Task List_WithBadSortOrFilter_Is400NamingTheParameter(string query, string field)
    {
        var response = await (await api.As("zhangsan")).GetAsync("/api/cases" + query);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }
}
