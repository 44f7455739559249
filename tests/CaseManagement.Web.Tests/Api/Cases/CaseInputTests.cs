using System.Net;
using System.Text;

namespace CaseManagement.Web.Tests.Api.Cases;

public sealed class CaseInputTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Theory]
    [InlineData("91371625MA3C7B8D9X", "party.identifierCode", "校验")]
    [InlineData("<script>alert(1)</script>", "party.name", "尖括号")]
    public async Task Create_WithBadParty_Is400NamingTheFieldAndStoresNothing(string value, string field, string reason)
    {
        var before = await api.CountsAsync();
        var lead = field == "party.name" ? CaseApi.Lead(partyName: value) : CaseApi.Lead(code: value);

        var response = await api.PostCaseAsync("zhangsan", lead);

        Assert.Contains(reason, await ProblemAssert.IsValidationProblemAsync(response, field));
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task Create_WithFutureDateOrUnknownViolation_Is400()
    {
        var future = await api.PostCaseAsync("zhangsan", CaseApi.Lead(registeredOn: "2026-11-28"));
        var unknown = await api.PostCaseAsync("zhangsan", CaseApi.Lead(violation: "Littering"));

        Assert.Contains("不得晚于今天", await ProblemAssert.IsValidationProblemAsync(future, "registeredOn"));
        Assert.Contains("违法行为目录", await ProblemAssert.IsValidationProblemAsync(unknown, "violationCode"));
    }

    [Fact]
    public async Task Create_ByALegalReviewer_Is403()
    {
        var response = await api.PostCaseAsync("wangwu", CaseApi.Lead());

        Assert.Contains("案源登记", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_WithValidCode_Is201WithLocationAndNormalisedCode()
    {
        var response = await api.PostCaseAsync("zhangsan", CaseApi.Lead(code: " 91371625ma3c7b8d98 "));

        var body = await CaseApi.ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/cases/{body.GetProperty("id").GetInt64()}", response.Headers.Location?.ToString());
        Assert.Equal(CaseApi.PartyCode, body.GetProperty("party").GetProperty("identifierCode").GetString());
        Assert.Equal("Lead", body.GetProperty("state").GetString());
        Assert.Equal("案源登记", body.GetProperty("stateLabel").GetString());
        Assert.Equal("张三", body.GetProperty("lead").GetProperty("registeredBy").GetString());
        Assert.Contains("RequestFiling", body.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(body.GetProperty("documents").EnumerateArray());
    }

    [Theory]
    [InlineData("RecordPayment", "amount", -5, "须大于零")]
    [InlineData("RecordPayment", "amount", 1e15, "数额异常")]
    [InlineData("RecordPayment", "amount", 10.005, "两位小数")]
    public async Task Step_WithBadAmount_Is400AndStoresNothing(string trigger, string field, double amount, string reason)
    {
        var c = await Steps.InvestigationAsync(api, $"博兴县某公司（金额{amount}）");
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", trigger, new { paidOn = "2026-11-20", amount = (decimal)amount, reference = "001" });

        Assert.Contains(reason, await ProblemAssert.IsValidationProblemAsync(response, field));
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task Step_WithFutureInspectionDate_Is400AndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（未来日期）");
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", "RecordInvestigation", new { kind = "Inspection", on = "2026-11-28", place = "厂区", officers = Steps.Officers, summary = "检查" });

        Assert.Contains("不得晚于今天", await ProblemAssert.IsValidationProblemAsync(response, "on"));
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task Step_WithStaleVersion_Is409AndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（过期版本）");
        var before = await api.CountsAsync();

        var response = await api.PostActionAsync("zhangsan", c.Id, "AddEvidence", CaseRulesTests.Bodies[Domain.Cases.CaseTrigger.AddEvidence], Guid.NewGuid());

        Assert.Equal("该案件已被他人修改，请刷新", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task Step_WithoutVersion_Is400()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（无版本）");

        var response = await api.PostActionAsync("zhangsan", c.Id, "AddEvidence", CaseRulesTests.Bodies[Domain.Cases.CaseTrigger.AddEvidence], null);

        Assert.Contains("version", await ProblemAssert.IsValidationProblemAsync(response, "version"));
    }

    [Fact]
    public async Task UnknownTrigger_Is404InChinese()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（未知步骤）");

        var response = await c.TryAsync("zhangsan", "Teleport", new { });

        Assert.Contains("Teleport", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"version\": ")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("{\"version\":\"00000000-0000-0000-0000-000000000001\",\"collectedOn\":\"2026-13-45\"}")]
    [InlineData("{\"version\":\"00000000-0000-0000-0000-000000000001\",\"kind\":\"Rumour\"}")]
    public async Task MalformedJson_Is400InChineseAndStoresNothing(string body)
    {
        var c = await Steps.InvestigationAsync(api, $"博兴县某公司（坏JSON{body.Length}）");
        var client = await api.As("zhangsan");
        var before = await api.CountsAsync();

        var response = await client.PostAsync($"/api/cases/{c.Id}/actions/addEvidence", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task CaseOfAnotherOrganisationOrUnknown_Is404()
    {
        var client = await api.As("zhangsan");

        var response = await client.GetAsync("/api/cases/999999");
        var action = await api.PostActionAsync("zhangsan", 999999, "AddEvidence", CaseRulesTests.Bodies[Domain.Cases.CaseTrigger.AddEvidence], Guid.NewGuid());

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(action, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cases_WithoutLoginOrAsAdministrator_Are401And403()
    {
        var anonymous = await factory.CreateClient().GetAsync("/api/cases");
        var admin = await (await api.As("admin")).GetAsync("/api/cases");

        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(admin, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OpenApi_DescribesTheCaseEndpointsInChinese()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/cases/{id}/actions/{trigger}", json);
        Assert.Contains("执行案件步骤", json);
        Assert.Contains("案源登记", json);
    }
}
