using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseManagement.Web.Tests.Api.Tools;

[Collection(ReadOnlyHost.Name)]
public class PenaltyRangeToolTests(AppFactory factory)
{
    private const string ContractExample =
        "/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&totalInvestment=8500000&eiaDocument=report&serious=false";

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task PenaltyRange_WhenContractExample_ReturnsOldLawWithCodeCompared()
    {
        var response = await client.GetAsync(ContractExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(
            """{"minimum":85000,"maximum":425000,"optionalFine":false,"basis":"《中华人民共和国环境影响评价法》第三十一条第一款","compared":[{"basis":"《中华人民共和国生态环境法典》第一千零九十五条第一款","minimum":200000,"maximum":1000000,"optionalFine":false}],"reason":""",
            text);
        var reason = JsonDocument.Parse(text).RootElement.GetProperty("reason").GetString();
        Assert.Contains("从旧兼从轻", reason);
    }

    [Fact]
    public async Task PenaltyRange_WhenActUnderCode_AppliesCodeWithoutComparison()
    {
        var response = await client.GetAsync(
            "/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=2026-09-01&decisionDate=2026-11-29&eiaDocument=form&serious=true");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500000m, body.GetProperty("minimum").GetDecimal());
        Assert.Equal(5000000m, body.GetProperty("maximum").GetDecimal());
        Assert.Equal("《中华人民共和国生态环境法典》第一千零九十五条第一款", body.GetProperty("basis").GetString());
        Assert.Equal(0, body.GetProperty("compared").GetArrayLength());
    }

    [Fact]
    public async Task PenaltyRange_WhenRegistrationFormDecidedUnderCode_ChoosesOptionalFineOfCode()
    {
        var response = await client.GetAsync(
            "/api/tools/penalty-range?violation=EiaRegistrationNotFiled&actDate=2026-03-01&decisionDate=2026-11-29");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("optionalFine").GetBoolean());
        Assert.Equal("《中华人民共和国生态环境法典》第一千零九十五条第三款", body.GetProperty("basis").GetString());
    }

    [Theory]
    [InlineData("actDate=2025-05-10", "violation")]
    [InlineData("violation=NoSuchViolation&actDate=2025-05-10", "violation")]
    [InlineData("violation=EiaUnapprovedConstruction", "actDate")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-02-30&totalInvestment=1000000&eiaDocument=report", "actDate")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&eiaDocument=report", "totalInvestment")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&totalInvestment=-1&eiaDocument=report", "totalInvestment")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&totalInvestment=12.345&eiaDocument=report", "totalInvestment")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&totalInvestment=abc&eiaDocument=report", "totalInvestment")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&totalInvestment=8500000&eiaDocument=book", "eiaDocument")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&totalInvestment=8500000", "eiaDocument")]
    [InlineData("violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate=2026-11-29&totalInvestment=8500000&eiaDocument=report&serious=maybe", "serious")]
    [InlineData("violation=AirEmissionExceedance&actDate=2026-05-10&decisionDate=2026-01-01", "actDate")]
    public async Task PenaltyRange_WhenBadInput_ReturnsChineseValidationProblem(string query, string field)
    {
        var response = await client.GetAsync($"/api/tools/penalty-range?{query}");

        await Api.ProblemAssert.IsValidationProblemAsync(response, field);
    }
}
