using System.Net;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// Execution per decision through the API: the court application waits for the reconsideration and litigation
/// periods (行政强制法第五十三条), a recorded 行政复议 holds it and moves its window, the 催告书 prints the one surcharge
/// computation, and the application never says no remedy was sought when one was recorded.
/// </summary>
public sealed class RemedyApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    // A 50,000-yuan registration case decided 2026-05-18, served 2026-05-19 (payment due 2026-06-03), 催告 served 2026-06-10.
    private async Task<CaseHandle> DemandedAsync(string party)
    {
        var c = await api.CreateAsync(CaseApi.Lead(party, registeredOn: "2026-05-04", violation: "EiaRegistrationNotFiled", actDate: "2026-04-01"));
        await Steps.FileAsync(c, on: "2026-05-06");
        await Steps.InvestigateAsync(c, on: "2026-05-07");
        await Steps.SubmitAsync(c, 50_000m, on: "2026-05-08", actDate: "2026-04-01");
        await Steps.NotifyAsync(c, reviewedOn: "2026-05-11", issuedOn: "2026-05-12", servedOn: "2026-05-13");
        await Steps.WaiveAsync(c, "2026-05-14");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-05-15", opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-05-18", fine = 50_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-05-19"));
        await c.StepAsync("zhangsan", "IssueDemand", new
        {
            issuedOn = "2026-06-10", method = "Direct", servedOn = "2026-06-10", recipient = "张某", relation = "LegalRepresentative",
            place = "博兴县店子镇", time = "10:30:00", servers = Steps.Officers,
        });
        return c;
    }

    [Fact]
    public async Task ApplyToCourt_BeforeTheLitigationPeriodRanOut_Is409CitingArticle53AndChangesNothing()
    {
        var c = await DemandedAsync("博兴县某公司（诉讼期内申请执行）");
        var before = await api.CountsAsync();

        // Ten working days after the 催告 have passed, but the party may still sue until 2026-11-19.
        var early = await c.TryAsync("zhaoliu", "ApplyToCourt", new { appliedOn = "2026-06-25", court = "博兴县人民法院" });

        var detail = (await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict)).GetProperty("detail").GetString();
        Assert.Contains("行政强制法第五十三条", detail);
        Assert.Equal(before, await api.CountsAsync());
        Assert.Equal(JsonValueKindNull, (await c.RefreshAsync()).GetProperty("courtApplication").ValueKind);
    }

    [Fact]
    public async Task RecordedReconsideration_HoldsAndMovesTheCourtWindow_AndTheApplicationNamesIt()
    {
        var c = await DemandedAsync("博兴县某公司（行政复议）");
        await c.StepAsync("wangwu", "RecordRemedy", new { kind = "Reconsideration", appliedOn = "2026-06-15", body = "博兴县人民政府" });

        var pending = await c.TryAsync("zhaoliu", "ApplyToCourt", new { appliedOn = "2026-11-25", court = "博兴县人民法院" });
        Assert.Contains("尚未终结", (await ProblemAssert.IsProblemAsync(pending, HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        // Upheld, received 2026-07-10: the party may sue until 2026-07-27 (7-25 is a Saturday); the window then runs to 2026-10-26.
        await c.StepAsync("wangwu", "RecordRemedyOutcome", new { remedyNumber = 1, outcome = "Upheld", endedOn = "2026-07-10", note = "复议决定维持" });
        var late = await c.TryAsync("zhaoliu", "ApplyToCourt", new { appliedOn = "2026-11-25", court = "博兴县人民法院" });
        Assert.Contains("三个月内", (await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        var applied = await c.StepAsync("zhaoliu", "ApplyToCourt", new { appliedOn = "2026-10-20", court = "博兴县人民法院" });

        var remedy = applied.GetProperty("remedies")[0];
        Assert.Equal(("Reconsideration", "Upheld", "2026-07-10"), (remedy.GetProperty("kind").GetString(), remedy.GetProperty("outcome").GetString(), remedy.GetProperty("endedOn").GetString()));
        var document = applied.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "enforcement-application");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
        Assert.DoesNotContain("未申请行政复议", text);
        Assert.Contains("2026年6月15日向博兴县人民政府申请行政复议", text);
    }

    [Fact]
    public async Task PaymentDemand_PrintsTheSurchargeDueOnItsOwnDate()
    {
        var c = await DemandedAsync("博兴县某公司（催告加处罚款）");

        // 2026-06-04 to 2026-06-10: seven days of 3% of 50,000 (行政处罚法第七十二条), not a surcharge counted to the day of printing.
        var demand = c.View.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "payment-demand");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(demand.GetProperty("url").GetString()));

        Assert.Contains("10,500.00", text);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
