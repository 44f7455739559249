using System.Net;
using System.Text.Json;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>Each kind of refusal has its own problem type and a stable code, so a client knows whether to refresh, correct or stop.</summary>
public sealed class CaseProblemTypeTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task StaleVersion_AnswersTheStaleVersionTypeAndCode()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（类型：过期）");

        var response = await api.PostActionAsync("zhangsan", c.Id, "AddEvidence", CaseRulesTests.Bodies[CaseTrigger.AddEvidence], Guid.NewGuid());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("/problems/stale-version", problem.GetProperty("type").GetString());
        Assert.Equal("stale-version", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task RuleRefusal_AnswersTheRuleRefusedTypeAndTheRulesCode()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（类型：阶段）");

        var response = await c.TryAsync("zhaoliu", "Decide", CaseRulesTests.Bodies[CaseTrigger.Decide]);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("/problems/rule-refused", problem.GetProperty("type").GetString());
        Assert.Equal("state-not-allowed", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task RoleRefusal_AnswersTheRoleForbiddenTypeAndNamesTheRoleOnce()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（类型：角色）");

        var response = await c.TryAsync("zhangsan", "PassLegalReview", CaseRulesTests.Bodies[CaseTrigger.PassLegalReview]);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("/problems/role-forbidden", problem.GetProperty("type").GetString());
        Assert.Equal("role-forbidden", problem.GetProperty("code").GetString());
        Assert.Equal(CaseRoleTable.Refusal(CaseTrigger.PassLegalReview), problem.GetProperty("detail").GetString());
        Assert.Contains("法制审核人员", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InvalidInput_AnswersTheValidationTypeAndCode()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（类型：输入）");

        var response = await c.TryAsync("zhangsan", "AddEvidence", new { kind = "Documentary", title = "", collectedOn = "2026-11-20", place = "厂区", officers = Steps.Officers });

        await ProblemAssert.IsValidationProblemAsync(response, "title");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("/problems/validation", problem.GetProperty("type").GetString());
        Assert.Equal("validation", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ProblemTypes_AreListedInTheOpenApiDocumentAndExplainedAtTheirUri()
    {
        var client = factory.CreateClient();

        var openApi = await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        var explained = await client.GetAsync("/problems/stale-version");

        foreach (var kind in new[] { "validation", "stale-version", "rule-refused", "role-forbidden" })
        {
            Assert.Contains($"/problems/{kind}", openApi);
        }

        Assert.Equal(HttpStatusCode.OK, explained.StatusCode);
        Assert.Contains("version", await explained.Content.ReadAsStringAsync());
    }
}
