using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Parties;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// A search that matches more cases than the list counts (<see cref="ListPage.CountLimit"/>): 1,010 leads of
/// 博兴县化工0000厂 … 博兴县化工1009厂, all with the same credit code, on their own database.
/// </summary>
public sealed class CaseSearchBeyondCountLimitTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>, IAsyncLifetime
{
    private const int Cases = ListPage.CountLimit + 10;

    private readonly CaseApi api = new(factory);

    public async Task InitializeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        if (await db.Cases.AnyAsync())
        {
            return;
        }

        var organisationId = await db.Organisations.Select(o => o.Id).FirstAsync();
        for (var i = 0; i < Cases; i++)
        {
            db.Cases.Add(PenaltyCase.RegisterLead(CaseScenario.Officer, CaseScenario.Clock, new LeadData(
                organisationId, "群众举报", CaseScenario.D(3, 3), "未批先建", PenaltyCase.EiaUnapprovedConstruction, new DateOnly(2025, 1, 10),
                new Party(PartyKind.Organisation, Name(i), "91371625MA3C7XKQ0N", "博兴县经济开发区建设路8号", "李四"))));
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("化工")] // the party names' bigram
    [InlineData("91371625ma3c7x")] // the credit code's prefix
    public async Task Search_MatchingMoreThanTheLimit_SaysSoAndPagesNewestFirstToTheLast(string q)
    {
        var first = await api.ListAsync($"?q={q}&pageSize=20");
        var second = await api.ListAsync($"?q={q}&pageSize=20&page=2");
        var last = await api.ListAsync($"?q={q}&pageSize=20&page={(Cases / 20) + 1}");

        Assert.Equal(ListPage.CountLimit, first.GetProperty("total").GetInt32());
        Assert.True(first.GetProperty("totalIsLowerBound").GetBoolean()); // shown as "1000 件以上"
        Assert.Equal(Enumerable.Range(Cases - 20, 20).Reverse().Select(Name), CaseApi.PartyNames(first));
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(Enumerable.Range(Cases - 40, 20).Reverse().Select(Name), CaseApi.PartyNames(second));
        Assert.Equal(Enumerable.Range(0, Cases % 20).Reverse().Select(Name), CaseApi.PartyNames(last)); // the oldest, beyond the count
        Assert.False(last.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task Search_MatchingFewerThanTheLimit_CountsExactly()
    {
        var found = await api.ListAsync($"?q={Uri.EscapeDataString("化工100")}"); // 1000 … 1009

        Assert.Equal(10, found.GetProperty("total").GetInt32());
        Assert.False(found.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(Enumerable.Range(1000, 10).Reverse().Select(Name), CaseApi.PartyNames(found));
    }

    private static string Name(int i) => $"博兴县化工{i:D4}厂";
}
