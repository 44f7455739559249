namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// Names with Latin letters, searched as staff type them (in either case): 博兴县ABC化工CA有限公司 and
/// 博兴县XyZ新材料有限公司, on their own database.
/// </summary>
public sealed class CaseSearchLettersTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>, IAsyncLifetime
{
    private readonly CaseApi api = new(factory);

    public async Task InitializeAsync()
    {
        if ((await api.ListAsync("")).GetProperty("total").GetInt32() > 0)
        {
            return;
        }

        await api.CreateAsync(CaseApi.Lead("博兴县ABC化工CA有限公司"));
        await api.CreateAsync(CaseApi.Lead("博兴县XyZ新材料有限公司"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("xyz新材", "博兴县XyZ新材料有限公司")]
    [InlineData("XYZ", "博兴县XyZ新材料有限公司")]
    [InlineData("abc化工", "博兴县ABC化工CA有限公司")]
    [InlineData("Abc化工cA有限", "博兴县ABC化工CA有限公司")]
    public async Task Search_LettersInEitherCase_FindTheName(string q, string expected)
    {
        var found = await api.ListAsync($"?q={Uri.EscapeDataString(q)}");

        Assert.Equal([expected], CaseApi.PartyNames(found));
    }

    [Theory]
    [InlineData("abca")] // AB, BC and CA are all in 博兴县ABC化工CA有限公司, but not together
    [InlineData("化工ab")]
    public async Task Search_TextWhoseBigramsTheNameHoldsApart_FindsNothing(string q)
    {
        var found = await api.ListAsync($"?q={Uri.EscapeDataString(q)}");

        Assert.Empty(CaseApi.PartyNames(found));
        Assert.Equal(0, found.GetProperty("total").GetInt32());
    }
}
