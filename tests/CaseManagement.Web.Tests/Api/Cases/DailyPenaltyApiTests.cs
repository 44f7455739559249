using System.Net;
using CaseManagement.Domain.Money;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// 按日连续处罚 through the API (环境保护主管部门实施按日连续处罚办法第十五条): the correction order is served like any
/// document, the re-inspection finds the refusal, and the officer opens a linked case that runs the ordinary procedure
/// with its own number series, its own notice with hearing rights and its own money.
/// </summary>
public sealed class DailyPenaltyApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    private static object Served(string servedOn, int correctionNumber = 1) => new
    {
        correctionNumber,
        method = "Direct",
        servedOn,
        recipient = "张某",
        relation = "LegalRepresentative",
        place = "博兴县店子镇",
        time = "10:30:00",
        servers = Steps.Officers,
    };

    // An Air case decided at 200,000 yuan and served on 2026-11-16; its correction order made and served during the
    // investigation (令第28号第八条), which today's daily-penalty step refused.
    private async Task<CaseHandle> DecidedWithOrderServedDuringInvestigationAsync(string party)
    {
        var c = await Steps.InvestigationAsync(api, party);
        await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-10-14", dueOn = "2026-10-16", requirement = "立即停止超标排放" });
        await c.StepAsync("zhangsan", "ServeCorrectionOrder", Served("2026-10-14"));
        await Steps.SubmitAsync(c, 200_000m, violation: "AirEmissionExceedance");
        await Steps.NotifyAsync(c, servedOn: "2026-11-02");
        await c.StepAsync("wangwu", "CloseStatementPeriod", new { closedOn = "2026-11-10", recheckOpinion = "当事人未陈述申辩" });
        await c.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-11-11", opinion = "同意" });
        await c.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-11-12", participants = new[] { "赵六", "王五" }, conclusion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-11-13", fine = 200_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-11-16"));
        return c;
    }

    [Fact]
    public async Task OpenDailyPenaltyCase_AfterAFailedReinspection_CreatesALinkedCaseThatRunsTheOrdinaryProcedure()
    {
        var c = await DecidedWithOrderServedDuringInvestigationAsync("博兴县某化工有限公司（按日连续处罚关联案件）");
        await c.StepAsync("zhangsan", "RecordReinspection", new { correctionNumber = 1, inspectedOn = "2026-11-20", officers = Steps.Officers, corrected = false, findings = "暗查发现仍超标排放" });

        var opened = await c.StepAsync("zhangsan", "OpenDailyPenaltyCase", new { openedOn = "2026-11-23", correctionNumber = 1 });

        // The original keeps its own fine: nothing is merged into it.
        Assert.Equal("Executing", opened.GetProperty("state").GetString());
        Assert.Equal(200_000m, opened.GetProperty("outstandingFine").GetDecimal());
        var link = opened.GetProperty("linkedCases")[0];
        Assert.Equal(7_400_000m, link.GetProperty("total").GetDecimal());

        // 令第28号第十七条: from the day after the order was served (2026-10-15) to the re-inspection day: 37 days.
        var linked = new CaseHandle(api, await api.GetAsync("zhangsan", link.GetProperty("id").GetInt64()));
        var basis = linked.View.GetProperty("dailyPenaltyBasis");
        Assert.Equal(("2026-10-15", 37, 7_400_000m), (basis.GetProperty("firstDay").GetString(), basis.GetProperty("days").GetInt32(), basis.GetProperty("total").GetDecimal()));
        Assert.Equal("Lead", linked.State);
        Assert.Equal(c.Id, linked.View.GetProperty("linkedCases")[0].GetProperty("id").GetInt64());

        await Steps.FileAsync(linked, on: "2026-11-23");
        var wrongAmount = await linked.TryAsync("zhangsan", "SubmitForReview", SubmitBody(1_000_000m));
        var refused = await ProblemAssert.IsProblemAsync(wrongAmount, HttpStatusCode.Conflict);
        Assert.Contains("第十七条、第十九条", refused.GetProperty("detail").GetString());
        Assert.Equal("Investigation", (await linked.RefreshAsync()).GetProperty("state").GetString());

        await linked.StepAsync("zhangsan", "SubmitForReview", SubmitBody(7_400_000m));
        await Steps.NotifyAsync(linked, reviewedOn: "2026-11-24", issuedOn: "2026-11-24", servedOn: "2026-11-24");
        Assert.True(linked.View.GetProperty("notices")[0].GetProperty("hearingOffered").GetBoolean());
        await Steps.WaiveAsync(linked, "2026-11-25");
        var skipDiscussion = await linked.TryAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-11-26", opinion = "同意" });
        Assert.Contains("集体讨论", (await ProblemAssert.IsProblemAsync(skipDiscussion, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await linked.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-11-26", opinion = "同意" });
        await linked.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-11-26", participants = new[] { "赵六", "王五" }, conclusion = "同意" });

        var decided = await linked.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-11-27", fine = 7_400_000m, sanctions = "None" });

        var number = decided.GetProperty("decision").GetProperty("number").GetString()!;
        Assert.Matches(@"^博环按日罚字〔2026〕\d+号$", number);
        var document = decided.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "daily-penalty-decision");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
        Assert.Contains(number, text);
        Assert.Contains("7,400,000.00", text);
        Assert.Contains(RmbUppercase.Format(7_400_000m), text);
        Assert.Contains("共计37日", text);
        Assert.Contains("2026年10月14日向你（单位）送达责令改正违法行为决定书", text);
        Assert.Contains("《中华人民共和国生态环境法典》第一千零六十条第一款", text);

        // Its own 15-day payment clock (行政处罚法第六十七条): 2026-12-12 is a Saturday, so Monday 2026-12-14.
        var served = await linked.StepAsync("zhangsan", "Serve", Steps.Handed("2026-11-27"));
        Assert.Equal(7_400_000m, served.GetProperty("outstandingFine").GetDecimal());
        Assert.Contains(served.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("kind").GetString() == "Payment" && d.GetProperty("dueDate").GetString() == "2026-12-14");
    }

    [Fact]
    public async Task RecordReinspection_BeforeTheOrderWasServed_Is409AndChangesNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（未送达即复查）");
        await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-10-14", dueOn = "2026-10-16", requirement = "立即停止超标排放" });
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", "RecordReinspection", new { correctionNumber = 1, inspectedOn = "2026-10-20", officers = Steps.Officers, corrected = false, findings = "仍超标" });

        var detail = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString();
        Assert.Contains("已送达的责令改正决定书", detail);
        Assert.Contains("第十条", detail);
        Assert.Equal(before, await api.CountsAsync());
        Assert.Empty((await c.RefreshAsync()).GetProperty("reinspections").EnumerateArray());
    }

    [Fact]
    public async Task ServeCorrectionOrder_IssuesItsServiceReceipt()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（责令改正送达回证）");
        await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-10-14", dueOn = "2026-10-16", requirement = "立即停止超标排放" });

        var served = await c.StepAsync("zhangsan", "ServeCorrectionOrder", Served("2026-10-15"));

        Assert.Equal("2026-10-15", served.GetProperty("corrections")[0].GetProperty("servedOn").GetString());
        var receipt = served.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == "service-receipt");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(receipt.GetProperty("url").GetString()));
        Assert.Contains("责令改正", text);
        Assert.Contains(served.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("kind").GetString() == "Reinspection" && d.GetProperty("dueDate").GetString() == "2026-11-16");
    }

    [Fact]
    public async Task OpenDailyPenaltyCase_ForARegistrationCase_Is409CitingTheCode()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（登记表按日）", violation: "EiaRegistrationNotFiled", actDate: "2026-09-01"));
        await Steps.FileAsync(c);
        await Steps.InvestigateAsync(c);
        await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-10-14", dueOn = "2026-10-16", requirement = "限期备案" });
        await c.StepAsync("zhangsan", "ServeCorrectionOrder", Served("2026-10-14"));
        await Steps.SubmitAsync(c, 20_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 20_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        await c.StepAsync("zhangsan", "RecordReinspection", new { correctionNumber = 1, inspectedOn = "2026-11-20", officers = Steps.Officers, corrected = false, findings = "仍未备案" });
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", "OpenDailyPenaltyCase", new { openedOn = "2026-11-23", correctionNumber = 1 });

        Assert.Contains("第一千零六十条", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(before, await api.CountsAsync());
        Assert.DoesNotContain("OpenDailyPenaltyCase", (await c.RefreshAsync()).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    private static object SubmitBody(decimal fine) => new
    {
        submittedOn = "2026-11-23",
        reportSummary = "复查发现拒不改正，按日连续处罚",
        cause = "拒不改正超标排放大气污染物",
        violationCode = "AirEmissionExceedance",
        actDate = "2026-11-20",
        proposed = new { fine, sanctions = "None", flaggedForDiscussion = false },
    };
}
