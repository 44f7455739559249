using System.Net;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Tests.Api.Cases;

public sealed class CaseRulesTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private const string Day = "2026-11-20";

    /// <summary>A well-formed body for every trigger, so that a refusal is the rule's, never the input's.</summary>
    public static readonly IReadOnlyDictionary<CaseTrigger, object> Bodies = new Dictionary<CaseTrigger, object>
    {
        [CaseTrigger.RequestFiling] = new { requestedOn = Day, reason = "理由" },
        [CaseTrigger.File] = new { filedOn = Day, officers = Steps.Officers },
        [CaseTrigger.DeclineToFile] = new { on = Day, reason = "理由" },
        [CaseTrigger.CancelFiling] = new { on = Day, reason = "理由" },
        [CaseTrigger.Terminate] = new { on = Day, reason = "理由" },
        [CaseTrigger.Transfer] = new { on = Day, reason = "理由" },
        [CaseTrigger.Suspend] = new { from = Day, reason = "理由" },
        [CaseTrigger.Resume] = new { on = Day },
        [CaseTrigger.AddEvidence] = new { kind = "Documentary", title = "书证", collectedOn = Day, place = "厂区", officers = Steps.Officers },
        [CaseTrigger.RecordInvestigation] = new { kind = "Inspection", on = Day, place = "厂区", officers = Steps.Officers, summary = "检查" },
        [CaseTrigger.RecordInvestmentFinding] = new { foundOn = Day, amount = 1_000_000m, basis = "InterviewRecord", evidenceNumbers = new[] { 1 } },
        [CaseTrigger.OrderCorrection] = new { orderedOn = Day, dueOn = "2026-12-20", requirement = "改正" },
        [CaseTrigger.RecordReinspection] = new { correctionNumber = 1, inspectedOn = Day, officers = Steps.Officers, corrected = true, findings = "已改正" },
        [CaseTrigger.ExtendDeadline] = new { kind = "Decision", approvedOn = Day, days = 30, reason = "案情复杂" },
        [CaseTrigger.SubmitForReview] = new { submittedOn = Day, reportSummary = "报告", cause = "案由", violationCode = "EiaRegistrationNotFiled", actDate = "2026-09-01", proposed = new { fine = 1000m } },
        [CaseTrigger.CompleteCaseReview] = new { reviewedOn = Day, checklist = Steps.Checklist(), opinion = "同意" },
        [CaseTrigger.ReturnForInvestigation] = new { on = Day, reason = "补充调查" },
        [CaseTrigger.IssueNotice] = new { issuedOn = Day },
        [CaseTrigger.RecordNoticeService] = Steps.Handed(Day),
        [CaseTrigger.RecordStatement] = new { receivedOn = Day, summary = "申辩" },
        [CaseTrigger.RequestHearing] = new { requestedOn = Day },
        [CaseTrigger.ScheduleHearing] = new { issuedOn = Day, hearingOn = "2026-12-10", place = "听证室", presiding = "wangwu" },
        [CaseTrigger.ServeHearingNotice] = Steps.Handed(Day),
        [CaseTrigger.ConcludeHearing] = new { concludedOn = Day, outcome = "Held", summary = "听证" },
        [CaseTrigger.CloseStatementPeriod] = new { closedOn = Day, recheckOpinion = "复核" },
        [CaseTrigger.RequireDiscussion] = new { reviewedOn = Day, opinion = "同意" },
        [CaseTrigger.PassLegalReview] = new { reviewedOn = Day, opinion = "同意" },
        [CaseTrigger.ConcludeDiscussion] = new { heldOn = Day, participants = new[] { "赵六" }, conclusion = "同意" },
        [CaseTrigger.Decide] = new { decidedOn = Day, fine = 1000m, sanctions = "None" },
        [CaseTrigger.DecideNoPenalty] = new { decidedOn = Day, reason = "不予处罚", ground = "MinorAndCorrected" },
        [CaseTrigger.Serve] = Steps.Handed(Day),
        [CaseTrigger.RecordPayment] = new { paidOn = Day, amount = 1000m, reference = "001" },
        [CaseTrigger.ApproveInstalments] = new { approvedOn = Day, schedule = new[] { new { dueOn = "2026-12-20", amount = 1000m } }, reason = "困难" },
        [CaseTrigger.IssueDemand] = new { issuedOn = Day, method = "Direct", servedOn = Day, recipient = "张某", relation = "LegalRepresentative", place = "博兴县店子镇", time = "10:30:00", servers = Steps.Officers },
        [CaseTrigger.RecordServiceAttempt] = new { attemptedOn = Day, method = "Mail", outcome = "MailReturned", note = "邮件被退回" },
        [CaseTrigger.OpenDailyPenaltyCase] = new { openedOn = Day, correctionNumber = 1 },
        [CaseTrigger.ServeCorrectionOrder] = new { correctionNumber = 1, method = "Direct", servedOn = Day, recipient = "张某", relation = "LegalRepresentative", place = "博兴县店子镇", time = "10:30:00", servers = Steps.Officers },
        [CaseTrigger.RecordRemedy] = new { kind = "Reconsideration", appliedOn = Day, body = "博兴县人民政府" },
        [CaseTrigger.RecordRemedyOutcome] = new { remedyNumber = 1, outcome = "Upheld", endedOn = Day },
        [CaseTrigger.ApplyToCourt] = new { appliedOn = Day },
        [CaseTrigger.Close] = new { closedOn = Day, ground = "PerformedInFull", remark = "" },
        [CaseTrigger.Archive] = new { archivedOn = Day, fileNumber = "2026-001" },
        [CaseTrigger.RecordPublication] = new { publishedOn = Day, channel = "门户网站", url = "https://example.gov.cn/gs/1" },
        [CaseTrigger.ChangeOfficers] = new { changedOn = Day, officers = Steps.Officers, reason = "执法人员调离" },
        [CaseTrigger.EditEvidence] = new { number = 1, title = "书证", proves = "证明违法事实" },
    };

    private static readonly (string User, CaseRole Role)[] Staff =
        [("zhangsan", CaseRole.Officer), ("wangwu", CaseRole.LegalReviewer), ("zhaoliu", CaseRole.Head), ("sunqi", CaseRole.Clerk)];

    private readonly CaseApi api = new(factory);

    [Fact]
    public void EveryTriggerExceptRegisterLead_HasAnActionEndpointAndATestBody()
    {
        var triggers = Enum.GetValues<CaseTrigger>().Where(t => t != CaseTrigger.RegisterLead).ToList();

        Assert.All(triggers, t => Assert.True(Web.Features.Cases.CaseSteps.TryGet(t.ToString().ToLowerInvariant(), out var found, out _) && found == t, $"{t} has no use case"));
        Assert.Equal(triggers.Order(), Bodies.Keys.Order());
    }

    [Fact]
    public async Task EveryTrigger_FiredByARoleNotAllowedIt_Is403WithAChineseReasonAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（角色矩阵）");
        var before = await api.CountsAsync();

        foreach (var (trigger, body) in Bodies)
        {
            var user = Staff.First(s => !CaseRoleTable.RolesFor(trigger).Contains(s.Role)).User;

            var response = await c.TryAsync(user, trigger.ToString(), body);

            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.Contains("您无权执行", problem.GetProperty("detail").GetString());
        }

        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task EveryTrigger_NotPossibleInInvestigation_Is409WithTheReasonAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（阶段矩阵）");
        var possible = new[]
        {
            CaseTrigger.AddEvidence, CaseTrigger.RecordInvestigation, CaseTrigger.SubmitForReview, CaseTrigger.Suspend, CaseTrigger.Terminate,
            CaseTrigger.CancelFiling, CaseTrigger.Transfer, CaseTrigger.OrderCorrection, CaseTrigger.ExtendDeadline,
            CaseTrigger.RecordInvestmentFinding, CaseTrigger.RecordReinspection, CaseTrigger.ChangeOfficers, CaseTrigger.EditEvidence,
        };
        var before = await api.CountsAsync();

        foreach (var (trigger, body) in Bodies.Where(b => !possible.Contains(b.Key)))
        {
            var user = Staff.First(s => CaseRoleTable.RolesFor(trigger).Contains(s.Role)).User;

            var response = await c.TryAsync(user, trigger.ToString(), body);

            var detail = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString();
            Assert.Contains($"不能执行“{trigger.ToChinese()}”", detail);
        }

        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task CaseReview_ByAReviewerWhoInvestigatedTheCase_IsNotOfferedAndRefused()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（查审分离）", violation: "AirEmissionExceedance", actDate: "2026-09-01"));
        await Steps.FileAsync(c, officers: ["qianba", "zhangsan"]);
        await Steps.InvestigateAsync(c, officers: ["qianba", "zhangsan"]);
        await Steps.SubmitAsync(c, 5000m);

        var asInvestigator = await c.RefreshAsync("qianba");
        var asReviewer = await c.RefreshAsync("wangwu");
        var refused = await c.TryAsync("qianba", "CompleteCaseReview", Bodies[CaseTrigger.CompleteCaseReview]);

        Assert.DoesNotContain("CompleteCaseReview", asInvestigator.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("CompleteCaseReview", asReviewer.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("查审分离", (await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task File_WithOneOfficer_Is409WithTheRulesCode()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（一人执法）"));
        await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = Day, reason = "理由" });
        var before = await api.CountsAsync();

        var one = await c.TryAsync("zhaoliu", "File", new { filedOn = Day, officers = new[] { "zhangsan" } });
        var same = await c.TryAsync("zhaoliu", "File", new { filedOn = Day, officers = new[] { "zhangsan", "zhangsan" } });

        var oneProblem = await ProblemAssert.IsProblemAsync(one, HttpStatusCode.Conflict);
        var sameProblem = await ProblemAssert.IsProblemAsync(same, HttpStatusCode.Conflict);
        Assert.Contains("第四十二条", oneProblem.GetProperty("detail").GetString());
        Assert.Contains("不得少于两人", sameProblem.GetProperty("detail").GetString());
        Assert.All([oneProblem, sameProblem], p => Assert.Equal("two-certified-officers", p.GetProperty("code").GetString()));
        Assert.All([oneProblem, sameProblem], p => Assert.EndsWith("/problems/rule-refused", p.GetProperty("type").GetString()));
        Assert.Equal(before, await api.CountsAsync());
    }

    [Theory]
    [InlineData("AddEvidence")]
    [InlineData("RecordInvestigation")]
    public async Task InvestigationStep_WithOneOfficer_Is409WithTheSameCodeAsFiling(string trigger)
    {
        var c = await Steps.InvestigationAsync(api, $"博兴县某公司（一人{trigger}）");
        var before = await api.CountsAsync();
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Bodies[Enum.Parse<CaseTrigger>(trigger)])!.AsObject();
        body["officers"] = new System.Text.Json.Nodes.JsonArray("zhangsan");

        var response = await c.TryAsync("zhangsan", trigger, body);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("two-certified-officers", problem.GetProperty("code").GetString());
        Assert.Contains("不得少于两人", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task Evidence_CollectedWithSomeoneNotAnOfficerOfTheCase_Is409()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（非本案人员）");

        var response = await c.TryAsync("zhangsan", "AddEvidence", new { kind = "Documentary", title = "书证", collectedOn = Day, place = "厂区", officers = new[] { "zhangsan", "wangwu" } });

        Assert.Contains("第四十二条", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TwoConcurrentApprovals_OfTheSameVersion_ExactlyOneSucceedsTheOtherIs409()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（并发审批）"));
        await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = Day, reason = "理由" });
        var version = c.Version;
        await api.As("zhaoliu");

        await TwoAtOnce_OneWinsTheOtherIs409Async("zhaoliu", c.Id, CaseTrigger.File, version);

        var view = await c.RefreshAsync();
        Assert.Single(view.GetProperty("history").EnumerateArray(), e => e.GetProperty("trigger").GetString() == "File");
        Assert.Single(view.GetProperty("issuedNumbers").EnumerateArray());
    }

    [Fact]
    public async Task TwoConcurrentInspectionRecords_OfTheSameVersion_ExactlyOneIsStoredTheOtherIs409()
    {
        // A step that only adds a record leaves the case's own columns as they were: the version is still checked and renewed.
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（并发笔录）");
        var version = c.Version;
        var seen = await c.RefreshAsync();
        var before = seen.GetProperty("records").GetArrayLength();
        var historyBefore = seen.GetProperty("history").GetArrayLength();

        await TwoAtOnce_OneWinsTheOtherIs409Async("zhangsan", c.Id, CaseTrigger.RecordInvestigation, version);

        var view = await c.RefreshAsync();
        Assert.Equal(before + 1, view.GetProperty("records").GetArrayLength());
        Assert.Equal(historyBefore + 1, view.GetProperty("history").GetArrayLength());
        Assert.NotEqual(version, view.GetProperty("version").GetGuid());
    }

    [Fact]
    public async Task AnEvidenceOrInspectionStep_OnTheVersionBeforeAnInspectionRecord_Is409AndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（过期版本）");
        var seen = c.Version;
        var answer = await c.StepAsync("zhangsan", "RecordInvestigation", Bodies[CaseTrigger.RecordInvestigation]);
        var renewed = answer.GetProperty("version").GetGuid();
        Assert.NotEqual(seen, renewed);
        var evidenceBefore = answer.GetProperty("evidence").GetArrayLength();

        var staleRecord = await api.PostActionAsync("zhangsan", c.Id, "RecordInvestigation", Bodies[CaseTrigger.RecordInvestigation], seen);
        var staleEvidence = await api.PostActionAsync("zhangsan", c.Id, "AddEvidence", Bodies[CaseTrigger.AddEvidence], seen);

        await ProblemAssert.IsProblemAsync(staleRecord, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(staleEvidence, HttpStatusCode.Conflict);
        var view = await c.RefreshAsync();
        Assert.Equal(renewed, view.GetProperty("version").GetGuid());
        Assert.Equal(answer.GetProperty("records").GetArrayLength(), view.GetProperty("records").GetArrayLength());
        Assert.Equal(evidenceBefore, view.GetProperty("evidence").GetArrayLength());

        // The version the step answered with is the one the next step must give.
        var next = await api.PostActionAsync("zhangsan", c.Id, "AddEvidence", Bodies[CaseTrigger.AddEvidence], renewed);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    /// <summary>The same step sent twice at once on one version: exactly one is done, the other is refused as stale.</summary>
    private async Task TwoAtOnce_OneWinsTheOtherIs409Async(string user, long caseId, CaseTrigger trigger, Guid version)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            api.PostActionAsync(user, caseId, trigger.ToString(), Bodies[trigger], version)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var loser = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal("该案件已被他人修改，请刷新", (await ProblemAssert.IsProblemAsync(loser, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FiftyConcurrentFilings_GetConsecutiveCaseNumbersWithoutGapOrDuplicate()
    {
        var cases = new List<CaseHandle>();
        for (var i = 0; i < 50; i++)
        {
            var c = await api.CreateAsync(CaseApi.Lead($"博兴县并发立案{i}号公司", registeredOn: "2026-11-02"));
            await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-11-02", reason = "理由" });
            cases.Add(c);
        }

        await api.As("zhaoliu");
        var numbers = await Task.WhenAll(cases.Select(c => Task.Run(async () =>
            (await c.StepAsync("zhaoliu", "File", new { filedOn = "2026-11-03", officers = Steps.Officers })).GetProperty("caseNumber").GetString()!)));

        var serials = numbers.Select(n => int.Parse(n.Split('〕')[1].TrimEnd('号'))).Order().ToList();
        Assert.Equal(50, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(serials[0], 50), serials);
    }
}
