namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>The list on its own database: three cases registered 2026-10-01 (filing decision overdue), 11-20 and 11-26.</summary>
public sealed class CaseListTests : IClassFixture<CaseApiFactory>, IAsyncLifetime
{
    private readonly CaseApi api;

    public CaseListTests(CaseApiFactory factory) => api = new CaseApi(factory);

    public async Task InitializeAsync()
    {
        if ((await api.ListAsync("")).GetProperty("total").GetInt32() > 0)
        {
            return;
        }

        await api.CreateAsync(CaseApi.Lead("博兴县甲化工有限公司", registeredOn: "2026-10-01", code: "91371625MA3C5X7J0E"));
        var filed = await api.CreateAsync(CaseApi.Lead("博兴县乙印染有限公司", registeredOn: "2026-11-20", code: "91371625MA3C6K2X36"));
        await Steps.FileAsync(filed, on: "2026-11-20");
        await api.CreateAsync(CaseApi.Lead("博兴县丙食品有限公司", registeredOn: "2026-11-26", code: "91371625MA3C9G6H32"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_PagesNewestFirstWithTotal()
    {
        var first = await api.ListAsync("?pageSize=2");
        var second = await api.ListAsync("?pageSize=2&page=2");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(["博兴县丙食品有限公司", "博兴县乙印染有限公司"], CaseApi.PartyNames(first));
        Assert.Equal(["博兴县甲化工有限公司"], CaseApi.PartyNames(second));
        var item = first.GetProperty("items")[0];
        Assert.Equal("Lead", item.GetProperty("state").GetString());
        Assert.Equal("案源登记", item.GetProperty("stateLabel").GetString());
        Assert.Equal("2026-11-26", item.GetProperty("registeredOn").GetString());
        Assert.Equal("FilingDecision", item.GetProperty("nextDeadline").GetProperty("kind").GetString());
        Assert.Equal("2026-12-11", item.GetProperty("nextDeadline").GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task List_FilteredByState_ShowsOnlyThatState()
    {
        var investigation = await api.ListAsync("?state=investigation");

        Assert.Equal(["博兴县乙印染有限公司"], CaseApi.PartyNames(investigation));
        Assert.Matches(@"^博环立字〔2026〕\d+号$", investigation.GetProperty("items")[0].GetProperty("caseNumber").GetString());
        Assert.Equal("DecisionLimit", investigation.GetProperty("items")[0].GetProperty("nextDeadline").GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("印染", "博兴县乙印染有限公司")]
    [InlineData("91371625ma3c9g", "博兴县丙食品有限公司")]
    [InlineData("博环立字", "博兴县乙印染有限公司")]
    [InlineData("兴县乙印染有限公", "博兴县乙印染有限公司")] // seven bigrams: the first and three more, then the name itself
    public async Task List_SearchedByNameCodeOrNumber_FindsTheCase(string q, string expected)
    {
        var found = await api.ListAsync($"?q={Uri.EscapeDataString(q)}");

        Assert.Equal([expected], CaseApi.PartyNames(found));
    }

    [Fact]
    public async Task List_Overdue_ShowsOnlyCasesPastTheirNextAgencyDeadline()
    {
        var overdue = await api.ListAsync("?overdue=true");
        var dueSoon = await api.ListAsync("?dueWithin=10");

        Assert.Equal(["博兴县甲化工有限公司"], CaseApi.PartyNames(overdue));
        Assert.Equal("2026-10-16", overdue.GetProperty("items")[0].GetProperty("nextDeadline").GetProperty("dueDate").GetString());
        Assert.Equal(["博兴县丙食品有限公司", "博兴县甲化工有限公司"], CaseApi.PartyNames(dueSoon));
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?state=Flying", "state")]
    [InlineData("?overdue=maybe", "overdue")]
    public async Task List_WithBadParameters_Is400NamingTheParameter(string query, string field)
    {
        var response = await (await api.As("zhangsan")).GetAsync("/api/cases" + query);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task List_WithDueWithinOutOfRange_Is400WithTheMessageThePageShows()
    {
        var response = await (await api.As("zhangsan")).GetAsync("/api/cases?dueWithin=999");

        Assert.Equal("到期工作日数必须在0至365之间，实际为999", await ProblemAssert.IsValidationProblemAsync(response, "dueWithin"));
    }
}
