using System.Net;
using CaseManagement.Domain.Money;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>按日连续处罚决定 through the API: the amount is computed, numbered and printed in the 决定书.</summary>
public sealed class DailyPenaltyApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task DecideDailyPenalty_AfterAFailedReinspection_IssuesTheDecisionWithTheComputedTotal()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（按日连续处罚）");
        await Steps.SubmitAsync(c, 200_000m, violation: "AirEmissionExceedance");
        await Steps.NotifyAsync(c, servedOn: "2026-11-02");
        await c.StepAsync("wangwu", "CloseStatementPeriod", new { closedOn = "2026-11-10", recheckOpinion = "当事人未陈述申辩" });
        await c.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-11-11", opinion = "同意" });
        await c.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-11-12", participants = new[] { "赵六", "王五" }, conclusion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-11-13", fine = 200_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-11-16"));
        await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-11-16", dueOn = "2026-11-18", requirement = "立即停止超标排放" });
        var beforeReinspection = await c.TryAsync("zhaoliu", "DecideDailyPenalty", new { decidedOn = "2026-11-20", correctionNumber = 1 });
        await c.StepAsync("zhangsan", "RecordReinspection", new { correctionNumber = 1, inspectedOn = "2026-11-20", officers = Steps.Officers, corrected = false, findings = "暗查发现仍超标排放" });
        var byOfficer = await c.TryAsync("zhangsan", "DecideDailyPenalty", new { decidedOn = "2026-11-23", correctionNumber = 1 });

        var decided = await c.StepAsync("zhaoliu", "DecideDailyPenalty", new { decidedOn = "2026-11-23", correctionNumber = 1 });

        Assert.Contains("复查", (await ProblemAssert.IsProblemAsync(beforeReinspection, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("负责人", (await ProblemAssert.IsProblemAsync(byOfficer, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        var record = decided.GetProperty("dailyPenalties")[0];
        Assert.Equal(4, record.GetProperty("days").GetInt32());
        Assert.Equal(800_000m, record.GetProperty("total").GetDecimal());
        Assert.Contains("第一千零六十条", record.GetProperty("basis").GetString());
        Assert.Equal(1_000_000m, decided.GetProperty("outstandingFine").GetDecimal());
        Assert.Equal("Executing", decided.GetProperty("state").GetString());
        var document = decided.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "daily-penalty-decision");
        var number = record.GetProperty("number").GetString()!;
        Assert.Matches(@"^博环按日罚字〔2026〕\d+号$", number);
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
        Assert.Contains(number, text);
        Assert.Contains("800,000.00", text);
        Assert.Contains(RmbUppercase.Format(800_000m), text);
        Assert.Contains("共计4日", text);
        Assert.Contains("《中华人民共和国生态环境法典》第一千零六十条第一款", text);
    }

    [Fact]
    public async Task DecideDailyPenalty_AfterTheReinspectionWasObstructed_SaysSoInTheDecision()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（阻挠复查）");
        await Steps.SubmitAsync(c, 200_000m, violation: "AirEmissionExceedance");
        await Steps.NotifyAsync(c, servedOn: "2026-11-02");
        await c.StepAsync("wangwu", "CloseStatementPeriod", new { closedOn = "2026-11-10", recheckOpinion = "当事人未陈述申辩" });
        await c.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-11-11", opinion = "同意" });
        await c.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-11-12", participants = new[] { "赵六", "王五" }, conclusion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-11-13", fine = 200_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-11-16"));
        await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-11-16", dueOn = "2026-11-18", requirement = "立即停止超标排放" });
        await c.StepAsync("zhangsan", "RecordReinspection", new { correctionNumber = 1, inspectedOn = "2026-11-20", officers = Steps.Officers, corrected = false, obstructed = true, findings = "当事人锁闭厂门，拒绝执法人员进入" });

        var decided = await c.StepAsync("zhaoliu", "DecideDailyPenalty", new { decidedOn = "2026-11-23", correctionNumber = 1 });

        Assert.True(decided.GetProperty("reinspections")[0].GetProperty("obstructed").GetBoolean());
        var document = decided.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "daily-penalty-decision");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
        Assert.Contains("拒绝、阻挠复查", text);
        Assert.Contains("视为拒不改正", text);
    }
}
