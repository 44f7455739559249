using System.Net;

namespace CaseManagement.Web.Tests.Api.Cases;

public sealed class DemoCaseTests(DemoCaseApiFactory factory) : IClassFixture<DemoCaseApiFactory>
{
    [Fact]
    public async Task DemoSeed_CreatesCasesInEveryMainStageIncludingTheOldLawUnapprovedConstruction()
    {
        var api = new CaseApi(factory);
        var client = await api.As("zhangsan");

        var list = await CaseApi.ReadAsync(await client.GetAsync("/api/cases"), HttpStatusCode.OK);
        var states = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("state").GetString()).ToList();
        var eia = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == "Notified");
        var view = await api.GetAsync("zhangsan", eia.GetProperty("id").GetInt64());

        Assert.Equal(["Closed", "Executing", "Investigation", "Lead", "Notified"], states.Order());
        Assert.Equal("EiaUnapprovedConstruction", view.GetProperty("violationCode").GetString());
        Assert.Equal("2025-05-10", view.GetProperty("actDate").GetString());
        Assert.True(view.GetProperty("actPredatesCode").GetBoolean());
        Assert.Equal(8_500_000m, view.GetProperty("investmentFinding").GetProperty("amount").GetDecimal());
        Assert.Equal(2, view.GetProperty("investmentFinding").GetProperty("evidenceNumbers").GetArrayLength());
        Assert.Equal(2, view.GetProperty("issuedNumbers").GetArrayLength());
    }
}

public sealed class DemoCasePublicationTests(DemoCaseApiFactory factory) : IClassFixture<DemoCaseApiFactory>
{
    [Fact]
    public async Task DemoSeed_DecidedCasesArePublishedInTime()
    {
        var api = new CaseApi(factory);
        var client = await api.As("zhangsan");
        var list = await CaseApi.ReadAsync(await client.GetAsync("/api/cases"), HttpStatusCode.OK);

        foreach (var id in list.GetProperty("items").EnumerateArray()
                     .Where(i => i.GetProperty("state").GetString() is "Executing" or "Closed")
                     .Select(i => i.GetProperty("id").GetInt64()))
        {
            var view = await api.GetAsync("zhangsan", id);
            var publication = view.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "Publication");
            Assert.Equal("Met", publication.GetProperty("status").GetString());
        }
    }
}
