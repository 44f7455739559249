using System.Net;
using System.Text.Json;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// Facts the documents print only once a step recorded them: an evidence item corrected before the notice, the discretion
/// factors chosen for the amount, the hearing's staff and the party's agents, and the opinions on the 结案审批表.
/// </summary>
public sealed class RecordedFactsApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task EditEvidence_BeforeTheNotice_ChangesTheItemIsAuditedAndTheNoticePrintsTheEditedProof()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（修改证据）");

        var edited = await c.StepAsync("lisi", "EditEvidence", new { number = 1, title = "法定代表人询问笔录", source = "本局询问室制作", proves = "证明该公司自2026年9月起超标排放废气" });

        var item = edited.GetProperty("evidence")[0];
        Assert.Equal("法定代表人询问笔录", item.GetProperty("title").GetString());
        Assert.Equal("本局询问室制作", item.GetProperty("source").GetString());
        Assert.Equal("证明该公司自2026年9月起超标排放废气", item.GetProperty("proves").GetString());
        var audit = await AuditSummariesAsync(c.Id, "修改证据");
        Assert.Contains(audit, s => s.Contains("名称“调查询问笔录”改为“法定代表人询问笔录”", StringComparison.Ordinal));

        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        var notice = Text(await DownloadAsync(c.View, "advance-notice"));
        Assert.Contains("法定代表人询问笔录", notice);
        Assert.Contains("证明该公司自2026年9月起超标排放废气", notice);
        Assert.DoesNotContain("调查询问笔录：", notice);
        Assert.DoesNotContain("证明证明", notice);
    }

    [Fact]
    public async Task EditEvidence_AfterTheNotice_Is409WithTheReasonAndChangesNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（告知后修改证据）");
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        var before = await api.CountsAsync();

        var refused = await c.TryAsync("zhangsan", "EditEvidence", new { number = 1, title = "改过的名称", proves = "改过的证明内容" });

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("事先告知书制发前", problem.GetProperty("detail").GetString());
        Assert.Equal("evidence-editable-before-notice", problem.GetProperty("code").GetString());
        Assert.Equal(before, await api.CountsAsync());
        Assert.Equal("调查询问笔录", (await c.RefreshAsync()).GetProperty("evidence")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task EditEvidence_WithoutAName_Is400NamingTheField()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（证据无名称）");

        var refused = await c.TryAsync("zhangsan", "EditEvidence", new { number = 1, title = " " });

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("证据名称", problem.ToString());
    }

    [Fact]
    public async Task SubmitForReview_WithTheCalculatorsFactors_SavesThemAndTheNoticeAndDecisionPrintThemAsTheReasons()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（裁量因素）");

        var submitted = await c.StepAsync("zhangsan", "SubmitForReview", new
        {
            submittedOn = "2026-10-16",
            reportSummary = "调查终结报告",
            cause = "环境违法行为",
            violationCode = "EiaRegistrationNotFiled",
            actDate = "2026-09-01",
            proposed = new { fine = 50_000m, sanctions = "None", flaggedForDiscussion = false },
            discretionFactors = new { harm = 2, fault = 1, history = 1, correction = 1 },
            discretionReasons = "积极配合调查",
        });
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 50_000m, sanctions = "None" });

        var factors = submitted.GetProperty("proposedPenalty").GetProperty("discretionFactors").EnumerateArray()
            .Select(f => (f.GetProperty("factor").GetString(), f.GetProperty("level").GetInt32())).ToList();
        Assert.Equal([("Harm", 2), ("Fault", 1), ("History", 1), ("Correction", 1)], factors);
        const string reasons = "本案裁量理由：危害后果为造成一般危害后果，主观过错为过失，初犯再犯为初次违法，整改态度为主动及时改正；积极配合调查";
        Assert.Contains(reasons, Text(await DownloadAsync(decided, "advance-notice")));
        Assert.Contains(reasons, Text(await DownloadAsync(decided, "penalty-decision")));
        Assert.DoesNotContain("违法手段为", Text(await DownloadAsync(decided, "penalty-decision")));
    }

    [Fact]
    public async Task SubmitForReview_WithALevelTheTableDoesNotHave_Is400AndNothingIsStored()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（裁量等级无效）");
        var before = await api.CountsAsync();

        var refused = await c.TryAsync("zhangsan", "SubmitForReview", new
        {
            submittedOn = "2026-10-16",
            reportSummary = "调查终结报告",
            cause = "环境违法行为",
            violationCode = "AirEmissionExceedance",
            actDate = "2026-09-01",
            proposed = new { fine = 200_000m, sanctions = "None", flaggedForDiscussion = false },
            discretionFactors = new { harm = 9 },
        });

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("裁量因素的等级不在裁量基准表中", problem.ToString());
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task Hearing_RecordsItsOfficersClerkAndTheAgents_AndTheNoticeRecordAndReportPrintThem()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某铸造有限公司（听证人员）");
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c, reviewedOn: "2026-10-16", issuedOn: "2026-10-16", servedOn: "2026-10-19");
        await c.StepAsync("zhangsan", "RequestHearing", new { requestedOn = "2026-10-21" });
        var scheduled = await c.StepAsync("wangwu", "ScheduleHearing",
            new { issuedOn = "2026-10-22", hearingOn = "2026-11-03", place = "听证室", presiding = "wangwu", hearingOfficers = "孙听证、周听证", clerk = "吴记录" });
        await c.StepAsync("zhangsan", "ServeHearingNotice", Steps.Handed("2026-10-22"));

        var concluded = await c.StepAsync("wangwu", "ConcludeHearing",
            new { concludedOn = "2026-11-03", outcome = "Held", summary = "当事人到场陈述", partyAgents = "郑律师（山东某律师事务所律师）" });

        var hearing = concluded.GetProperty("hearings")[0];
        Assert.Equal(("孙听证、周听证", "吴记录", "郑律师（山东某律师事务所律师）"),
            (hearing.GetProperty("hearingOfficers").GetString(), hearing.GetProperty("clerk").GetString(), hearing.GetProperty("partyAgents").GetString()));
        var notice = Text(await DownloadAsync(scheduled, "hearing-notice"));
        var record = Text(await DownloadAsync(concluded, "hearing-record"));
        var report = Text(await DownloadAsync(concluded, "hearing-report"));
        Assert.All(new[] { notice, record, report }, text =>
        {
            Assert.Contains("孙听证、周听证", text);
            Assert.Contains("吴记录", text);
        });
        Assert.Contains("郑律师（山东某律师事务所律师）", record);
    }

    [Fact]
    public async Task Close_PrintsOnlyTheOpinionsRecordedWithWhoAndWhen()
    {
        var recorded = await PaidAsync("博兴县某化工有限公司（结案意见）");
        var bare = await PaidAsync("博兴县某化工有限公司（结案无意见）");

        var closed = await recorded.StepAsync("zhaoliu", "Close", new
        {
            closedOn = "2026-11-06", ground = "PerformedInFull", remark = "已全额缴纳",
            handlerOpinion = "罚款已全额缴纳，建议结案", handler = "lisi", handlerSignedOn = "2026-11-05",
            departmentOpinion = "同意承办人意见", departmentHead = "刘科长", headOpinion = "同意结案，归档",
        });
        var closedBare = await bare.StepAsync("zhaoliu", "Close", new { closedOn = "2026-11-06", ground = "PerformedInFull", remark = "已全额缴纳" });

        var view = closed.GetProperty("closure");
        Assert.Equal("罚款已全额缴纳，建议结案", view.GetProperty("handlerOpinion").GetString());
        Assert.Equal("2026-11-05", view.GetProperty("handlerSignedOn").GetString());
        var text = Text(await DownloadAsync(closed, "closure-approval"));
        Assert.Contains("罚款已全额缴纳，建议结案", text);
        Assert.Contains("李四", text);
        Assert.Contains("2026年11月5日", text);
        Assert.Contains("同意承办人意见", text);
        Assert.Contains("刘科长", text);
        Assert.Contains("同意结案，归档", text);
        Assert.Contains("赵六", text);
        var bareText = Text(await DownloadAsync(closedBare, "closure-approval"));
        Assert.DoesNotContain("建议结案", bareText);
        Assert.DoesNotContain("同意结案", bareText);
        Assert.DoesNotContain("赵六", bareText);
    }

    [Fact]
    public async Task Close_WithAnOpinionButNoHandler_Is400()
    {
        var c = await PaidAsync("博兴县某化工有限公司（结案意见无承办人）");

        var refused = await c.TryAsync("zhaoliu", "Close", new { closedOn = "2026-11-06", ground = "PerformedInFull", remark = "已全额缴纳", handlerOpinion = "建议结案" });

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("须选择承办人", problem.ToString());
    }

    private async Task<CaseHandle> PaidAsync(string party)
    {
        var c = await Steps.InvestigationAsync(api, party);
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 50_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        await c.StepAsync("zhangsan", "RecordPayment", new { paidOn = "2026-11-05", amount = 50_000m, reference = "非税收入缴款书002" });
        return c;
    }

    private async Task<byte[]> DownloadAsync(JsonElement view, string template)
    {
        var document = view.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == template);
        return await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString());
    }

    private static string Text(byte[] docx) => DocumentTestKit.Text(docx);

    private async Task<List<string>> AuditSummariesAsync(long caseId, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.CaseId == caseId && e.Action == action).Select(e => e.Summary).ToListAsync();
    }
}
