using System.Net;
using System.Text.Json;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>The case refuses a fine outside the statutory range (行政处罚法第三十二条; 法典第一千零五十六条) through the API.</summary>
public sealed class StatutoryRangeApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task SubmitForReview_BelowTheMinimumWithoutAGround_Is409WithTheRangeAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某铸造有限公司（幅度）");
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", "SubmitForReview", new
        {
            submittedOn = "2026-10-16",
            reportSummary = "调查终结报告",
            cause = "超标排放大气污染物",
            violationCode = "AirEmissionExceedance",
            actDate = "2026-09-01",
            proposed = new { fine = 50_000m, sanctions = "None" },
        });
        var problem = await CaseApi.ReadAsync(response, HttpStatusCode.Conflict);
        var after = await c.RefreshAsync();

        Assert.Contains(
            "罚款50,000.00元低于《中华人民共和国生态环境法典》第一千一百零七条规定的最低额100,000.00元；需减轻处罚的，应当记明减轻理由（行政处罚法第三十二条",
            problem.GetProperty("detail").GetString());
        Assert.Equal(before, await api.CountsAsync());
        Assert.Equal("Investigation", after.GetProperty("state").GetString());
        Assert.Equal(c.Version, after.GetProperty("version").GetGuid());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("proposedPenalty").ValueKind);
    }

    [Fact]
    public async Task SubmitForReview_WithAGround_IsStoredAndTheViewShowsTheRangeWithItsBasis()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某铸造有限公司（减轻）");

        var view = await c.StepAsync("zhangsan", "SubmitForReview", new
        {
            submittedOn = "2026-10-16",
            reportSummary = "调查终结报告",
            cause = "超标排放大气污染物",
            violationCode = "AirEmissionExceedance",
            actDate = "2026-09-01",
            serious = true,
            proposed = new { fine = 50_000m, sanctions = "None", mitigationGround = "当事人主动消除违法行为危害后果" },
        });
        var range = view.GetProperty("statutoryRange");

        Assert.Equal("当事人主动消除违法行为危害后果", view.GetProperty("proposedPenalty").GetProperty("mitigationGround").GetString());
        Assert.True(view.GetProperty("fineFindings").GetProperty("serious").GetBoolean());
        Assert.Equal(100_000m, range.GetProperty("minimum").GetDecimal());
        Assert.Equal(1_000_000m, range.GetProperty("maximum").GetDecimal());
        Assert.Equal("《中华人民共和国生态环境法典》第一千一百零七条", range.GetProperty("basis").GetString());
        Assert.Contains("法典", range.GetProperty("reason").GetString());
    }
}
