using System.Net;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>调查终结: the 案由 is the catalogue's name of the violation found, the officer's words only an addition.</summary>
public sealed class CaseCauseTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task SubmitForReview_WithAnotherViolationThanRegistered_TakesTheCauseFromTheViolationFound()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（案由）");

        await Steps.SubmitAsync(c, 20_000m, violation: "EiaRegistrationNotFiled");

        var view = await CaseApi.ReadAsync(await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}"), HttpStatusCode.OK);
        Assert.True(ViolationCatalogue.Default.TryGet("EiaRegistrationNotFiled", out var violation));
        Assert.Equal("EiaRegistrationNotFiled", view.GetProperty("violationCode").GetString());
        Assert.Equal($"{violation.Name}（环境违法行为）", view.GetProperty("cause").GetString());
    }
}
