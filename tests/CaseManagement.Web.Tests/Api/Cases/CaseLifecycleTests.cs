using System.Net;
using System.Text.Json;

namespace CaseManagement.Web.Tests.Api.Cases;

public sealed class CaseLifecycleTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task UnapprovedConstruction_BeforeTheCode_IsDecidedWithinTheOldLawRangeServedPaidClosedAndArchived()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某新材料有限公司（生命周期）"));
        await Steps.FileAsync(c);
        await c.StepAsync("zhangsan", "AddEvidence", new { kind = "PartyStatement", title = "调查询问笔录（项目负责人）", collectedOn = "2026-10-14", place = "询问室", officers = Steps.Officers });
        await c.StepAsync("zhangsan", "AddEvidence", new { kind = "Documentary", title = "项目投资合同", collectedOn = "2026-10-14", place = "建设单位", officers = Steps.Officers });
        await c.StepAsync("zhangsan", "RecordInvestigation", new { kind = "Interview", on = "2026-10-14", place = "询问室", officers = Steps.Officers, summary = "项目总投资850万元" });
        await c.StepAsync("zhangsan", "RecordInvestmentFinding", new { foundOn = "2026-10-15", amount = 8_500_000m, basis = "InterviewRecord", evidenceNumbers = new[] { 1, 2 } });
        var range = await RangeAsync("2026-10-27");
        var fine = 170_000m;
        await Steps.SubmitAsync(c, fine, violation: "EiaUnapprovedConstruction", actDate: "2025-05-10", eiaDocument: "Report");
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        var passRefused = await c.TryAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-10-23", opinion = "同意，提请集体讨论" });
        await c.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-10-26", participants = new[] { "赵六", "王五" }, conclusion = "同意罚款17万元" });
        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-27", fine, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-28"));
        var executing = await c.StepAsync("zhangsan", "RecordPayment", new { paidOn = "2026-11-05", amount = fine, reference = "非税收入缴款书001" });
        await c.StepAsync("zhaoliu", "Close", new { closedOn = "2026-11-06", ground = "PerformedInFull", remark = "已全额缴纳" });
        var archived = await c.StepAsync("sunqi", "Archive", new { archivedOn = "2026-11-09", fileNumber = "2026-永久-001" });
        var afterArchive = await c.TryAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-11-10", dueOn = "2026-12-10", requirement = "改正" });

        Assert.Equal(85_000m, range.GetProperty("minimum").GetDecimal());
        Assert.Equal(425_000m, range.GetProperty("maximum").GetDecimal());
        Assert.Contains("环境影响评价法", range.GetProperty("basis").GetString());
        Assert.Contains("集体讨论", (await ProblemAssert.IsProblemAsync(passRefused, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.True(decided.GetProperty("actPredatesCode").GetBoolean());
        Assert.Equal(8_500_000m, decided.GetProperty("investmentFinding").GetProperty("amount").GetDecimal());
        Assert.Matches(@"^博环罚决字〔2026〕\d+号$", decided.GetProperty("decision").GetProperty("number").GetString());
        Assert.Matches(@"^博环立字〔2026〕\d+号$", decided.GetProperty("caseNumber").GetString());
        Assert.Matches(@"^博环罚告字〔2026〕\d+号$", decided.GetProperty("notices")[0].GetProperty("number").GetString());
        Assert.Equal(fine, executing.GetProperty("paidAmount").GetDecimal());
        Assert.Equal(0m, executing.GetProperty("outstandingFine").GetDecimal());
        Assert.Equal("Archived", archived.GetProperty("state").GetString());
        Assert.Equal("已归档", archived.GetProperty("stateLabel").GetString());
        Assert.Empty(archived.GetProperty("allowedActions").EnumerateArray());
        Assert.Equal(3, archived.GetProperty("issuedNumbers").GetArrayLength());
        Assert.Equal(["RegisterLead", "RequestFiling", "File"], archived.GetProperty("history").EnumerateArray().Take(3).Select(e => e.GetProperty("trigger").GetString()));
        Assert.Equal("Archive", archived.GetProperty("history").EnumerateArray().Last().GetProperty("trigger").GetString());
        Assert.Contains("归档", (await ProblemAssert.IsProblemAsync(afterArchive, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnapprovedConstruction_UnderTheCode_NeedsNoInvestmentFindingAndWaitsForTheStatementPeriod()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某科技有限公司（法典）", actDate: "2026-09-01"));
        await Steps.FileAsync(c);
        await Steps.InvestigateAsync(c);
        await Steps.SubmitAsync(c, 200_000m, violation: "EiaUnapprovedConstruction", actDate: "2026-09-01", eiaDocument: "Report");
        await Steps.NotifyAsync(c, servedOn: "2026-11-02");
        var early = await c.TryAsync("wangwu", "CloseStatementPeriod", new { closedOn = "2026-11-06", recheckOpinion = "未陈述申辩" });
        await c.StepAsync("wangwu", "CloseStatementPeriod", new { closedOn = "2026-11-10", recheckOpinion = "当事人未陈述申辩" });
        await c.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-11-11", opinion = "同意" });
        await c.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-11-12", participants = new[] { "赵六", "王五" }, conclusion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-11-13", fine = 200_000m, sanctions = "None" });
        var served = await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-11-16"));

        Assert.Contains("陈述申辩期", (await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.False(served.GetProperty("actPredatesCode").GetBoolean());
        Assert.Equal(JsonValueKind.Null, served.GetProperty("investmentFinding").ValueKind);
        Assert.Equal("Executing", served.GetProperty("state").GetString());
        var payment = Deadline(served, "Payment");
        Assert.Equal("2026-12-01", payment.GetProperty("dueDate").GetString());
        Assert.Equal("Pending", payment.GetProperty("status").GetString());
        Assert.Equal("罚款缴纳期限", payment.GetProperty("label").GetString());
        Assert.Contains("RecordPayment", served.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        var decision = served.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "penalty-decision");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(decision.GetProperty("url").GetString()));
        Assert.Contains("《中华人民共和国生态环境法典》第一千零九十五条第一款", text);
        Assert.DoesNotContain("缺少", text);
    }

    [Fact]
    public async Task Hearing_RequestedInTimeAndNoticedSevenWorkingDaysAhead_IsConcludedAndDecided()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某铸造有限公司（听证）");
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c, reviewedOn: "2026-10-16", issuedOn: "2026-10-16", servedOn: "2026-10-19");
        var late = await c.TryAsync("zhangsan", "RequestHearing", new { requestedOn = "2026-10-27" });
        await c.StepAsync("zhangsan", "RequestHearing", new { requestedOn = "2026-10-21" });
        var tooSoon = await c.TryAsync("wangwu", "ScheduleHearing", new { issuedOn = "2026-10-22", hearingOn = "2026-10-30", place = "听证室", presiding = "wangwu" });
        var investigatorPresides = await c.TryAsync("wangwu", "ScheduleHearing", new { issuedOn = "2026-10-22", hearingOn = "2026-11-03", place = "听证室", presiding = "lisi" });
        await c.StepAsync("wangwu", "ScheduleHearing", new { issuedOn = "2026-10-22", hearingOn = "2026-11-03", place = "听证室", presiding = "wangwu" });
        await c.StepAsync("zhangsan", "ServeHearingNotice", Steps.Handed("2026-10-22"));
        await c.StepAsync("wangwu", "ConcludeHearing", new { concludedOn = "2026-11-03", outcome = "Held", summary = "当事人到场陈述" });
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-11-04", opinion = "同意" });
        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-11-05", fine = 50_000m, sanctions = "None" });

        Assert.Contains("五个工作日", (await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("七个工作日", (await ProblemAssert.IsProblemAsync(tooSoon, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("主持人", (await ProblemAssert.IsProblemAsync(investigatorPresides, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var hearing = decided.GetProperty("hearings")[0];
        Assert.Equal("2026-11-03", hearing.GetProperty("hearingOn").GetString());
        Assert.Equal("王五", hearing.GetProperty("presidingName").GetString());
        Assert.Equal("Held", hearing.GetProperty("outcome").GetString());
        Assert.Equal("Met", Deadline(decided, "HearingRequest").GetProperty("status").GetString());
        Assert.Equal("Decided", decided.GetProperty("state").GetString());
    }

    [Fact]
    public async Task NoPenalty_IsDecidedWithItsOwnNumberServedAndClosedAsNothingToExecute()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某养殖场（不予处罚）");
        await Steps.SubmitAsync(c, 0m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "首违不罚" });
        var decided = await c.StepAsync("zhaoliu", "DecideNoPenalty", new { decidedOn = "2026-10-26", reason = "初次违法且危害后果轻微并及时改正（行政处罚法第三十三条）", ground = "MinorAndCorrected" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        var closed = await c.StepAsync("zhaoliu", "Close", new { closedOn = "2026-10-28", ground = "NothingToExecute", remark = "不予处罚" });

        Assert.Equal("NoPenalty", decided.GetProperty("decision").GetProperty("kind").GetString());
        Assert.Matches(@"^博环不罚决字〔2026〕\d+号$", decided.GetProperty("decision").GetProperty("number").GetString());
        Assert.False(decided.GetProperty("notices")[0].GetProperty("hearingOffered").GetBoolean());
        Assert.Equal("Closed", closed.GetProperty("state").GetString());
        Assert.DoesNotContain(closed.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("kind").GetString() == "Payment");
    }

    [Fact]
    public async Task Transfer_FromLead_EndsTheCaseAndOnlyArchivingRemains()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某商贸公司（移送）", violation: "WaterDischargeExceedance", actDate: "2026-10-01"));

        var transferred = await c.StepAsync("zhaoliu", "Transfer", new { on = "2026-10-14", reason = "涉嫌犯罪，移送公安机关" });
        var clerkView = await c.RefreshAsync("sunqi");

        Assert.Equal("Transferred", transferred.GetProperty("state").GetString());
        Assert.Equal("涉嫌犯罪，移送公安机关", transferred.GetProperty("endReason").GetString());
        Assert.Empty(transferred.GetProperty("allowedActions").EnumerateArray());
        Assert.Equal(["Archive"], clerkView.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task SuspensionAndResumption_MoveTheDecisionDeadlineLater()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某建材有限公司（中止）");
        var before = Deadline(c.View, "DecisionLimit").GetProperty("dueDate").GetString();

        var suspended = await c.StepAsync("zhaoliu", "Suspend", new { from = "2026-11-02", reason = "等待检测鉴定结果" });
        var resumed = await c.StepAsync("zhaoliu", "Resume", new { on = "2026-11-12" });

        var after = Deadline(resumed, "DecisionLimit").GetProperty("dueDate").GetString();
        Assert.Equal("Suspended", suspended.GetProperty("state").GetString());
        Assert.Equal("Investigation", suspended.GetProperty("suspendedFrom").GetString());
        Assert.Equal("Investigation", resumed.GetProperty("state").GetString());
        Assert.Equal("2027-01-11", before);
        Assert.True(string.CompareOrdinal(after, before) > 0, $"decision limit {after} should be later than {before}");
        Assert.Equal("2026-11-12", resumed.GetProperty("suspensions")[0].GetProperty("to").GetString());
    }

    private static JsonElement Deadline(JsonElement view, string kind) =>
        view.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);

    private async Task<JsonElement> RangeAsync(string decisionDate)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(
            $"/api/tools/penalty-range?violation=EiaUnapprovedConstruction&actDate=2025-05-10&decisionDate={decisionDate}&totalInvestment=8500000&eiaDocument=report&serious=false");
        return await CaseApi.ReadAsync(response, HttpStatusCode.OK);
    }
}
