using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>One test per lifecycle guard: the step passes when the rule holds and is refused, with the reason, when not.</summary>
public sealed class GuardTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));

    private static void AssertRefused(PenaltyCase c, string reason, Action step)
    {
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(step);

        Assert.Contains(reason, error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    private static InvestigationRecordData Inspection(DateOnly on, params string[] officers) =>
        new(InvestigationRecordKind.Inspection, on, "厂区", officers, "现场检查");

    // ---- 行政处罚法第四十二条 ----

    [Fact]
    public void RecordInvestigation_WhenOnlyOneOfficer_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        AssertRefused(c, CaseGuards.TwoCertifiedOfficers, () => c.RecordInvestigation(Cast.Officer1, Late, Inspection(D(4, 1), "o1")));
    }

    [Fact]
    public void RecordInvestigation_WhenOfficerIsNotOnTheCase_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        AssertRefused(c, CaseGuards.TwoCertifiedOfficers, () => c.RecordInvestigation(Cast.Officer1, Late, Inspection(D(4, 1), "o1", "o3")));
    }

    [Fact]
    public void RecordInvestigation_WithTwoCertifiedOfficers_IsRecorded()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        c.RecordInvestigation(Cast.Officer1, Late, Inspection(D(4, 1), "o1", "o2"));

        Assert.Equal(2, c.Records.Count);
        Assert.Equal(["o1", "o2"], c.Records[^1].OfficerUserIds);
    }

    [Fact]
    public void File_WhenACertificateHasExpiredOnTheFilingDate_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Lead);
        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));

        AssertRefused(c, CaseGuards.TwoCertifiedOfficers, () => c.File(Cast.Head, Late,
            new FilingData(D(3, 5), "博环罚立〔2025〕1号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2", validTo: D(3, 4))])));
    }

    [Fact]
    public void AddEvidence_WhenCertificateValidUntilTheDayBefore_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        AssertRefused(c, CaseGuards.TwoCertifiedOfficers, () => c.AddEvidence(Cast.Officer1, Late,
            new EvidenceData(EvidenceKind.Physical, "样品", new DateOnly(2028, 1, 1), "厂区", ["o1", "o2"], null)));
    }

    // ---- 查审分离 (行政处罚法第五十八条、第六十四条) and self-approval ----

    [Fact]
    public void CompleteCaseReview_ByAnInvestigatorWithReviewerRole_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Review);

        AssertRefused(c, CaseGuards.NotAnInvestigator, () => c.CompleteCaseReview(Cast.InvestigatingReviewer, Late,
            new CaseReviewData(D(4, 1), PassingChecklist(), "同意")));
    }

    [Fact]
    public void PassLegalReview_ByAnInvestigatorWithReviewerRole_IsRefusedButAllowedForAnotherReviewer()
    {
        var c = new CaseBuilder().Build(CaseState.LegalReview);

        AssertRefused(c, CaseGuards.NotAnInvestigator, () => c.PassLegalReview(Cast.InvestigatingReviewer, Late, new LegalReviewData(D(4, 1), "同意")));
        c.PassLegalReview(Cast.Reviewer, Late, new LegalReviewData(D(4, 1), "同意"));

        Assert.Equal(CaseState.PendingDecision, c.State);
        Assert.Equal("r1", c.LegalReview!.ReviewerUserId);
    }

    [Fact]
    public void File_ByTheHeadWhoRequestedIt_IsRefusedButAnotherHeadMayApprove()
    {
        var c = new CaseBuilder().Build(CaseState.Lead);
        c.RequestFiling(Cast.DeputyHead, Late, new FilingRequestData(D(3, 4), "提请立案"));
        var filing = new FilingData(D(3, 5), "博环罚立〔2025〕1号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")]);

        AssertRefused(c, CaseGuards.NotOwnSubmission, () => c.File(Cast.DeputyHead, Late, filing));
        c.File(Cast.Head, Late, filing);

        Assert.Equal(CaseState.Investigation, c.State);
        Assert.Equal(new Approval(D(3, 5), "h1", "张局长"), c.FilingApproval);
    }

    [Fact]
    public void File_WithoutAFilingRequest_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Lead);

        AssertRefused(c, CaseGuards.FilingRequested, () => c.File(Cast.Head, Late,
            new FilingData(D(3, 5), "博环罚立〔2025〕1号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")])));
    }

    [Fact]
    public void SubmitForReview_ByAnOfficerNotOnTheCase_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        AssertRefused(c, CaseGuards.IsInvestigator, () => c.SubmitForReview(Cast.Officer3, Late,
            new ReviewSubmissionData(D(4, 1), "报告", "超标排放", "AirEmissionExceedance", D(1, 10), new ProposedPenalty(50_000m, Sanctions.None, false))));
    }

    [Fact]
    public void ScheduleHearing_WithAnInvestigatorPresiding_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Hearing);

        AssertRefused(c, CaseGuards.PresidingNotInvestigator, () => c.ScheduleHearing(Cast.Reviewer, Late,
            new HearingScheduleData(D(3, 17), D(4, 1), "听证室", "o1", "王执法")));
    }

    // ---- Dates follow the procedure (行政处罚法第四十七条) ----

    [Fact]
    public void RecordNoticeService_DatedBeforeTheNoticeWasIssued_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);

        AssertRefused(c, CaseGuards.DatedInOrder, () => c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 11), Served.Direct())));
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 12), Served.Direct()));

        Assert.Equal(D(3, 12), c.CurrentNotice!.ServedOn);
    }

    [Fact]
    public void RecordNoticeService_DatedAfterToday_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);

        AssertRefused(c, CaseGuards.DatedInOrder, () => c.RecordNoticeService(Cast.Officer1, Clocks.At(D(3, 13)),
            new NoticeServiceData(ServiceMethod.Direct, D(3, 14), Served.Direct())));
    }

    [Fact]
    public void Serve_DatedBeforeTheDecision_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Decided);

        AssertRefused(c, CaseGuards.DatedInOrder, () => c.Serve(Cast.Officer1, Late, new ServiceData(ServiceMethod.Direct, D(3, 26), Served.Direct())));
    }

    [Fact]
    public void Serve_DatedBeforeTheDecision_NamesTheDateAndTheDecisionItCollidesWith()
    {
        var c = new CaseBuilder().Build(CaseState.Decided);

        var error = Assert.Throws<DomainRuleException>(() => c.Serve(Cast.Officer1, Late, new ServiceData(ServiceMethod.Direct, D(3, 26), Served.Direct())));

        Assert.Contains("“送达决定书”的日期2025年3月26日早于所依据的前一步骤“作出处罚决定”的日期" + $"{c.Decision!.DecidedOn.Year}年{c.Decision.DecidedOn.Month}月{c.Decision.DecidedOn.Day}日", error.Message);
        Assert.Equal("dated-in-order", error.Code);
    }

    [Fact]
    public void RegisterLead_DatedAfterToday_IsRefused()
    {
        var lead = new LeadData(1, "举报", D(5, 2), "超标排放", "AirEmissionExceedance", null,
            new Party(PartyKind.Individual, "张三", "x", "y", null));

        var error = Assert.Throws<DomainRuleException>(() => PenaltyCase.RegisterLead(Cast.Officer1, Clocks.At(D(5, 1)), lead));

        Assert.Contains("第四十七条", error.Message);
    }

    // ---- 未批先建 investment (DECISIONS.md §6) ----

    [Fact]
    public void RecordInvestmentFinding_CitingUnknownEvidence_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        AssertRefused(c, CaseGuards.InvestmentEvidenced, () => c.RecordInvestmentFinding(Cast.Officer1, Late,
            new InvestmentFindingData(D(4, 1), 8_500_000m, InvestmentBasis.ThirdPartyAppraisal, [7])));
    }

    [Fact]
    public void PassLegalReview_PreCodeUnapprovedConstructionWithEvidencedInvestment_Passes()
    {
        // 总投资额8,500,000元的1%至5%：85,000元以上425,000元以下（环境影响评价法第三十一条第一款）。
        var c = new CaseBuilder().WithViolation(PenaltyCase.EiaUnapprovedConstruction, D(1, 10)).WithPenalty(85_000m)
            .Build(CaseState.LegalReview);

        c.PassLegalReview(Cast.Reviewer, Late, new LegalReviewData(D(3, 25), "同意"));

        Assert.Equal(CaseState.PendingDecision, c.State);
        Assert.Equal(8_500_000m, c.InvestmentFinding!.Amount);
    }

    [Fact]
    public void RequireDiscussion_UnapprovedConstructionUnderTheCode_NeedsNoInvestment()
    {
        var underCode = Clocks.At(new DateOnly(2026, 12, 31));
        var c = new CaseBuilder().Build(CaseState.Investigation);

        // 法典第一千零九十五条第一款：报告表，处十万元以上五十万元以下的罚款 — the tier is set by the document type, not the investment.
        c.SubmitForReview(Cast.Officer1, underCode, new ReviewSubmissionData(new DateOnly(2026, 9, 1), "报告", "未批先建",
            PenaltyCase.EiaUnapprovedConstruction, new DateOnly(2026, 8, 20), new ProposedPenalty(100_000m, Sanctions.None, false),
            new FineFindings(EiaDocumentType.Form)));
        c.CompleteCaseReview(Cast.Reviewer, underCode, new CaseReviewData(new DateOnly(2026, 9, 2), PassingChecklist(), "同意"));
        c.IssueNotice(Cast.Reviewer, underCode, new NoticeData("告1", new DateOnly(2026, 9, 3)));
        c.RecordNoticeService(Cast.Officer1, underCode, new NoticeServiceData(ServiceMethod.Direct, new DateOnly(2026, 9, 3), Served.Direct()));
        c.CloseStatementPeriod(Cast.Reviewer, underCode, new StatementPeriodClosureData(new DateOnly(2026, 9, 30), "复核"));

        c.RequireDiscussion(Cast.Reviewer, underCode, new LegalReviewData(new DateOnly(2026, 9, 30), "同意，提请集体讨论"));

        Assert.Equal(CaseState.CollectiveDiscussion, c.State);
        Assert.False(c.ActPredatesCode);
        Assert.Null(c.InvestmentFinding);
    }

    // ---- 案件审查 → 告知 ----

    [Fact]
    public void IssueNotice_WhenACheckFailed_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Review);
        var ok = new ReviewItem(true, "符合");
        c.CompleteCaseReview(Cast.Reviewer, Late, new CaseReviewData(D(3, 11),
            new ReviewChecklist(ok, ok, new ReviewItem(false, "缺少监测报告"), ok, ok, ok, ok), "证据不足"));

        AssertRefused(c, CaseGuards.CaseReviewPassed, () => c.IssueNotice(Cast.Reviewer, Late, new NoticeData("告1", D(3, 12))));
    }

    [Fact]
    public void RecordStatement_BeforeTheNoticeIsServed_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);

        AssertRefused(c, CaseGuards.NoticeServed, () => c.RecordStatement(Cast.Officer1, Late, new StatementData(D(3, 14), "申辩", false, false)));
    }

    [Fact]
    public void RecordNoticeService_Twice_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.LegalReview);
        c.IssueNotice(Cast.Reviewer, Late, new NoticeData("告2", D(3, 25)));
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Mail, D(3, 27), Served.Mail(D(3, 27))));

        AssertRefused(c, CaseGuards.NoticeNotYetServed, () => c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 28), Served.Direct())));
    }

    // ---- 陈述申辩期 (行政处罚法第四十四条、第四十五条、第六十二条) ----

    [Fact]
    public void CloseStatementPeriod_OnTheLastDayOfThePeriod_IsRefusedAndTheDayAfterPasses()
    {
        var c = ServedNotice();

        // Served Thursday 2025-03-13: the fifth working day after it is Thursday 2025-03-20.
        Assert.Equal(D(3, 20), c.StatementPeriodEnd(Late)!.Value.Date);
        AssertRefused(c, CaseGuards.StatementPeriodOver, () => c.CloseStatementPeriod(Cast.Reviewer, Late, new StatementPeriodClosureData(D(3, 20), "复核")));
        c.CloseStatementPeriod(Cast.Reviewer, Late, new StatementPeriodClosureData(D(3, 21), "复核"));

        Assert.Equal(CaseState.LegalReview, c.State);
    }

    [Fact]
    public void CloseStatementPeriod_AfterAnExpressWaiverOfBothRights_PassesEarly()
    {
        var c = ServedNotice();
        c.RecordStatement(Cast.Officer1, Late, new StatementData(D(3, 14), "放弃陈述申辩和听证", WaivesStatement: true, WaivesHearing: true));

        c.CloseStatementPeriod(Cast.Reviewer, Late, new StatementPeriodClosureData(D(3, 14), "当事人放弃"));

        Assert.Equal(CaseState.LegalReview, c.State);
    }

    [Fact]
    public void CloseStatementPeriod_WhenTheHearingRequestPeriodStillRuns_IsRefused()
    {
        var rules = CaseRules.Default with { StatementPeriodWorkingDays = 3 };
        var c = ServedNotice();
        c.RecordStatement(Cast.Officer1, Late, new StatementData(D(3, 14), "放弃陈述申辩", WaivesStatement: true, WaivesHearing: false));

        AssertRefused(c, CaseGuards.HearingPeriodOver, () => c.CloseStatementPeriod(Cast.Reviewer, Clocks.At(D(12, 31), rules),
            new StatementPeriodClosureData(D(3, 19), "复核")));
    }

    [Fact]
    public void Decide_BeforeTheStatementPeriodEnds_IsRefused()
    {
        var c = ServedNotice();
        c.RequestHearing(Cast.Officer1, Late, new HearingRequestData(D(3, 14)));
        c.ConcludeHearing(Cast.Reviewer, Late, new HearingConclusionData(D(3, 17), HearingOutcome.Withdrawn, "撤回"));
        c.PassLegalReview(Cast.Reviewer, Late, new LegalReviewData(D(3, 18), "同意"));

        AssertRefused(c, CaseGuards.StatementPeriodOver, () => c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 20), 50_000m, Sanctions.None)));
        c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 21), 50_000m, Sanctions.None));

        Assert.Equal(CaseState.Decided, c.State);
    }

    // ---- 听证 (行政处罚法第六十三条、第六十四条) ----

    [Theory]
    [InlineData(PartyKind.Organisation, 9_999.99, Sanctions.None, false)]
    [InlineData(PartyKind.Organisation, 10_000, Sanctions.None, true)]
    [InlineData(PartyKind.Individual, 2_999.99, Sanctions.None, false)]
    [InlineData(PartyKind.Individual, 3_000, Sanctions.None, true)]
    [InlineData(PartyKind.Organisation, 0, Sanctions.Warning, false)]
    public void RequestHearing_IsAllowedExactlyWhenTheNoticeOfferedIt(PartyKind party, decimal fine, Sanctions sanctions, bool offered)
    {
        // 环境影响评价法第三十一条第三款 is “处” a fine: leaving it out for another sanction is a 减轻 with its ground.
        var c = ServedNotice(new CaseBuilder().WithParty(party).WithPenalty(fine, sanctions, mitigationGround: fine == 0 ? "主动消除违法行为危害后果" : null));
        Assert.Equal(offered, c.CurrentNotice!.HearingOffered);

        if (offered)
        {
            c.RequestHearing(Cast.Officer1, Late, new HearingRequestData(D(3, 14)));
            Assert.Equal(CaseState.Hearing, c.State);
        }
        else
        {
            AssertRefused(c, CaseGuards.HearingOffered, () => c.RequestHearing(Cast.Officer1, Late, new HearingRequestData(D(3, 14))));
        }
    }

    [Fact]
    public void RequestHearing_AfterFiveWorkingDays_IsRefused()
    {
        var c = ServedNotice();

        AssertRefused(c, CaseGuards.WithinHearingRequestPeriod, () => c.RequestHearing(Cast.Officer1, Late, new HearingRequestData(D(3, 21))));
        c.RequestHearing(Cast.Officer1, Late, new HearingRequestData(D(3, 20)));

        Assert.Equal(D(3, 20), c.CurrentHearing!.RequestedOn);
    }

    [Fact]
    public void ScheduleHearing_LessThanSevenWorkingDaysAfterTheNotice_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Hearing);

        // Notice issued Monday 2025-03-17: the seventh working day after it is Wednesday 2025-03-26, so seven full
        // working days lie between only from Thursday 2025-03-27 (行政处罚法第六十四条第二项、第八十五条).
        AssertRefused(c, CaseGuards.HearingNoticeSevenDays, () => c.ScheduleHearing(Cast.Reviewer, Late,
            new HearingScheduleData(D(3, 17), D(3, 26), "听证室", "r1", "陈法制")));
        c.ScheduleHearing(Cast.Reviewer, Late, new HearingScheduleData(D(3, 17), D(3, 27), "听证室", "r1", "陈法制"));

        Assert.Equal(D(3, 27), c.CurrentHearing!.HearingOn);
    }

    [Fact]
    public void ScheduleHearing_Twice_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Hearing);
        c.ScheduleHearing(Cast.Reviewer, Late, new HearingScheduleData(D(3, 17), D(3, 27), "听证室", "r1", "陈法制"));

        AssertRefused(c, CaseGuards.HearingNotYetScheduled, () => c.ScheduleHearing(Cast.Reviewer, Late,
            new HearingScheduleData(D(3, 18), D(3, 28), "听证室", "r1", "陈法制")));
    }

    [Fact]
    public void ConcludeHearing_AsHeldBeforeTheHearingDay_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Hearing);
        c.ScheduleHearing(Cast.Reviewer, Late, new HearingScheduleData(D(3, 17), D(3, 27), "听证室", "r1", "陈法制"));
        c.ServeHearingNotice(Cast.Officer1, Late, new HearingNoticeServiceData(ServiceMethod.Direct, D(3, 17), Served.Direct()));

        AssertRefused(c, CaseGuards.HearingHeldOrWaived, () => c.ConcludeHearing(Cast.Reviewer, Late,
            new HearingConclusionData(D(3, 26), HearingOutcome.Held, "听证")));
        c.ConcludeHearing(Cast.Reviewer, Late, new HearingConclusionData(D(3, 27), HearingOutcome.Held, "听证"));

        Assert.Equal(CaseState.LegalReview, c.State);
        Assert.Equal(HearingOutcome.Held, c.CurrentHearing!.Outcome);
    }

    // ---- 集体讨论 (行政处罚法第五十七条第二款) ----

    [Theory]
    [InlineData(100_000, Sanctions.None, false)]
    [InlineData(1_000, Sanctions.LimitProduction, false)]
    [InlineData(1_000, Sanctions.None, true)]
    public void PassLegalReview_WhenDiscussionIsRequired_IsRefusedAndRequireDiscussionPasses(decimal fine, Sanctions sanctions, bool flagged)
    {
        // 大气污染防治法第九十九条 provides 限制生产 besides the fine; a fine below its minimum is a 减轻 with its ground.
        var builder = new CaseBuilder().WithPenalty(fine, sanctions, flagged, fine < 100_000m ? "主动消除违法行为危害后果" : null)
            .WithViolation("AirEmissionExceedance", D(1, 10));

        var c = builder.Build(CaseState.LegalReview);

        AssertRefused(c, CaseGuards.DiscussionNotRequired, () => c.PassLegalReview(Cast.Reviewer, Late, new LegalReviewData(D(3, 25), "同意")));
        c.RequireDiscussion(Cast.Reviewer, Late, new LegalReviewData(D(3, 25), "同意"));

        Assert.Equal(CaseState.CollectiveDiscussion, c.State);
    }

    // 行政处罚法第六十三条: the heavy sanctions always offer a hearing, whatever the fine (the catalogue decides which a case may propose).
    [Theory]
    [InlineData(PartyKind.Organisation, Sanctions.SuspendProduction)]
    [InlineData(PartyKind.Organisation, Sanctions.Closure)]
    [InlineData(PartyKind.Organisation, Sanctions.RevokeLicence)]
    [InlineData(PartyKind.Individual, Sanctions.RestrictPractice)]
    public void HearingOffered_ForAHeavySanction_IsTrueWithoutAFine(PartyKind party, Sanctions sanctions)
    {
        var c = new CaseBuilder().WithParty(party).Build(CaseState.Review);

        Assert.True(c.HearingOffered(new ProposedPenalty(0m, sanctions, false), CaseRules.Default));
        Assert.False(c.HearingOffered(new ProposedPenalty(0m, Sanctions.Warning, false), CaseRules.Default));
    }

    [Fact]
    public void PassLegalReview_BelowTheThresholdWithOnlyAWarningInPlaceOfTheFine_Passes()
    {
        var c = new CaseBuilder().WithPenalty(0m, Sanctions.Warning, mitigationGround: "初次违法且危害后果轻微").Build(CaseState.LegalReview);

        c.PassLegalReview(Cast.Reviewer, Late, new LegalReviewData(D(3, 25), "同意"));

        Assert.Equal(CaseState.PendingDecision, c.State);
    }

    [Fact]
    public void Decide_WhenTheThresholdWasLoweredAfterLegalReview_NeedsTheDiscussion()
    {
        var c = new CaseBuilder().Build(CaseState.PendingDecision);
        var stricter = Clocks.At(D(12, 31), CaseRules.Default with { HearingThresholdOrganisation = 5_000m });

        AssertRefused(c, CaseGuards.DiscussionHeldIfRequired, () => c.Decide(Cast.Head, stricter, new DecisionData("决1", D(3, 27), 50_000m, Sanctions.None)));
        c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 27), 50_000m, Sanctions.None));

        Assert.Equal(CaseState.Decided, c.State);
    }

    [Fact]
    public void Decide_FromLegalReviewWithoutPassingIt_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.LegalReview);

        var error = Assert.Throws<DomainRuleException>(() => c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 27), 50_000m, Sanctions.None)));

        Assert.Contains("法制审核", error.Message);
        Assert.Null(c.Decision);
    }

    // ---- 不得加重 (行政处罚法第四十五条) ----

    [Fact]
    public void Decide_AboveTheNotifiedFine_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.PendingDecision);

        AssertRefused(c, CaseGuards.NotAboveNotified, () => c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 27), 50_000.01m, Sanctions.None)));
        AssertRefused(c, CaseGuards.NotAboveNotified, () => c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 27), 40_000m, Sanctions.Warning)));
    }

    [Fact]
    public void Decide_AHigherFineAfterANewNoticeCycle_Passes()
    {
        var c = new CaseBuilder().WithPenalty(40_000m).Build(CaseState.PendingDecision);
        c.IssueNotice(Cast.Reviewer, Late, new NoticeData("告2", D(3, 27), new ProposedPenalty(50_000m, Sanctions.None, false)));
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 27), Served.Direct()));
        c.CloseStatementPeriod(Cast.Reviewer, Late, new StatementPeriodClosureData(D(4, 7), "复核"));
        c.PassLegalReview(Cast.Reviewer, Late, new LegalReviewData(D(4, 8), "同意"));

        c.Decide(Cast.Head, Late, new DecisionData("决1", D(4, 9), 50_000m, Sanctions.None));

        Assert.Equal(2, c.Notices.Count);
        Assert.Equal(50_000m, c.Decision!.Fine);
    }

    // ---- 期限延长 (行政处罚法第六十条) ----

    [Fact]
    public void ExtendDeadline_BeyondTheFirstThirtyDaysWithoutACollectiveDecision_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        AssertRefused(c, CaseGuards.ExtensionAllowed, () => c.ExtendDeadline(Cast.Head, Late, new ExtensionData(ExtensionKind.Decision, D(4, 1), 31, "复杂")));
        c.ExtendDeadline(Cast.Head, Late, new ExtensionData(ExtensionKind.Decision, D(4, 1), 30, "复杂"));
        AssertRefused(c, CaseGuards.ExtensionAllowed, () => c.ExtendDeadline(Cast.Head, Late, new ExtensionData(ExtensionKind.Decision, D(5, 1), 30, "仍复杂")));
        c.ExtendDeadline(Cast.Head, Late, new ExtensionData(ExtensionKind.Decision, D(5, 1), 60, "仍复杂", "2025年第3次集体讨论决定延长60日"));

        Assert.Equal([30, 60], c.Extensions.Select(e => e.Days));
    }

    [Fact]
    public void ExtendDeadline_FilingExtensionAfterFiling_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        AssertRefused(c, CaseGuards.ExtensionAllowed, () => c.ExtendDeadline(Cast.Head, Late, new ExtensionData(ExtensionKind.Filing, D(4, 1), 15, "复杂")));
    }

    // ---- 执行 (行政处罚法第六十六条、第六十七条；行政强制法第三十五条、第五十三条、第五十四条) ----

    [Fact]
    public void RecordPayment_AboveWhatIsOutstanding_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        AssertRefused(c, CaseGuards.PaymentWithinOutstanding, () => c.RecordPayment(Cast.Clerk, Late, new PaymentData(D(4, 1), 50_000.01m, "x")));
        AssertRefused(c, CaseGuards.PaymentWithinOutstanding, () => c.RecordPayment(Cast.Clerk, Late, new PaymentData(D(4, 1), 0m, "x")));
        c.RecordPayment(Cast.Clerk, Late, new PaymentData(D(4, 1), 20_000m, "x"));

        Assert.Equal(30_000m, c.OutstandingFine);
    }

    [Fact]
    public void ApproveInstalments_NotAddingUpToTheOutstandingFine_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        AssertRefused(c, CaseGuards.InstalmentsValid, () => c.ApproveInstalments(Cast.Head, Late,
            new InstalmentData(D(4, 1), [new(D(5, 1), 20_000m), new(D(6, 1), 20_000m)], "困难")));
        c.ApproveInstalments(Cast.Head, Late, new InstalmentData(D(4, 1), [new(D(5, 1), 20_000m), new(D(6, 1), 30_000m)], "困难"));

        Assert.Equal(D(5, 1), c.PaymentDueOn(Late));
    }

    [Fact]
    public void IssueDemand_OnTheLastPaymentDay_IsRefusedAndTheDayAfterPasses()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        // Served 2025-03-28 + 15 days = Saturday 2025-04-12, rolled over to Monday 2025-04-14.
        Assert.Equal(D(4, 14), c.PaymentDueOn(Late));
        AssertRefused(c, CaseGuards.PaymentOverdue, () => c.IssueDemand(Cast.Officer1, Late, new DemandData(D(4, 14), D(4, 14), ServiceMethod.Direct, Served.Direct())));
        c.IssueDemand(Cast.Officer1, Late, new DemandData(D(4, 15), D(4, 15), ServiceMethod.Direct, Served.Direct()));

        Assert.Single(c.Demands);
    }

    [Fact]
    public void ApplyToCourt_WithinTenWorkingDaysOfTheDemand_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);
        var december = Clocks.At(D(12, 1));
        c.IssueDemand(Cast.Officer1, december, new DemandData(D(11, 3), D(11, 3), ServiceMethod.Direct, Served.Direct()));

        // Ten working days after Monday 2025-11-03: 2025-11-17.
        AssertRefused(c, CaseGuards.DemandPeriodOver, () => c.ApplyToCourt(Cast.Head, december, new CourtApplicationData(D(11, 17), "博兴县人民法院")));
        c.ApplyToCourt(Cast.Head, december, new CourtApplicationData(D(11, 18), "博兴县人民法院"));

        Assert.Equal(D(11, 18), c.CourtApplication!.AppliedOn);
    }

    [Fact]
    public void ApplyToCourt_AfterTheThreeMonthWindow_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);
        c.IssueDemand(Cast.Officer1, Late, new DemandData(D(4, 15), D(4, 15), ServiceMethod.Direct, Served.Direct()));
        var today = Clocks.At(new DateOnly(2026, 1, 31));

        // Served 2025-03-28: six months end 2025-09-28 (a make-up workday); three months more end
        // Sunday 2025-12-28, rolled over to Monday 2025-12-29.
        AssertRefused(c, CaseGuards.WithinCourtWindow, () => c.ApplyToCourt(Cast.Head, today, new CourtApplicationData(D(12, 30), "博兴县人民法院")));
        c.ApplyToCourt(Cast.Head, today, new CourtApplicationData(D(12, 29), "博兴县人民法院"));

        Assert.NotNull(c.CourtApplication);
    }

    [Fact]
    public void Close_AsPerformedWhileFineIsOutstanding_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        AssertRefused(c, CaseGuards.ClosureGroundMet, () => c.Close(Cast.Head, Late, new ClosureData(D(4, 1), ClosureGround.PerformedInFull, "")));
        c.RecordPayment(Cast.Clerk, Late, new PaymentData(D(4, 1), 50_000m, "x"));
        c.Close(Cast.Head, Late, new ClosureData(D(4, 2), ClosureGround.PerformedInFull, ""));

        Assert.Equal(CaseState.Closed, c.State);
    }

    [Fact]
    public void RecordReinspection_WithoutACorrectionOrder_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);
        var reinspection = new ReinspectionData(1, D(4, 10), ["o1", "o2"], true, "已改正");

        AssertRefused(c, CaseGuards.CorrectionOrdered, () => c.RecordReinspection(Cast.Officer1, Late, reinspection));
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(4, 1), D(4, 30), "停止排放"));
        AssertRefused(c, CaseGuards.CorrectionOrdered, () => c.RecordReinspection(Cast.Officer1, Late, reinspection));
        c.ServeCorrectionOrder(Cast.Officer1, Late, new CorrectionServiceData(1, ServiceMethod.Direct, D(4, 1), Served.Direct()));
        c.RecordReinspection(Cast.Officer1, Late, reinspection);

        Assert.True(c.Reinspections[0].Corrected);
    }

    // ---- 归档 (行政处罚法第四十七条) and roles ----

    [Fact]
    public void AnyStep_OnAnArchivedCase_IsRefusedAsArchived()
    {
        var c = new CaseBuilder().Build(CaseState.Archived);

        AssertRefused(c, "已归档", () => c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(4, 5), D(4, 30), "x")));
        AssertRefused(c, "已归档", () => c.RecordPayment(Cast.Clerk, Late, new PaymentData(D(4, 5), 1m, "x")));
    }

    [Fact]
    public void File_ByAnOfficer_IsRefusedForTheRole()
    {
        var c = new CaseBuilder().Build(CaseState.Lead);
        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));

        AssertRefused(c, "负责人", () => c.File(Cast.Officer2, Late,
            new FilingData(D(3, 5), "博环罚立〔2025〕1号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")])));
    }

    [Fact]
    public void RegisterLead_ByAClerk_IsRefused()
    {
        var lead = new LeadData(1, "举报", D(3, 3), "超标排放", "AirEmissionExceedance", null,
            new Party(PartyKind.Individual, "张三", "x", "y", null));

        Assert.Throws<DomainRuleException>(() => PenaltyCase.RegisterLead(Cast.Clerk, Late, lead));
    }

    private static PenaltyCase ServedNotice(CaseBuilder? builder = null)
    {
        var c = (builder ?? new CaseBuilder()).Build(CaseState.Notified);
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Served.Direct()));
        return c;
    }

    private static void DriveFromReviewToLegalReview(PenaltyCase c)
    {
        c.CompleteCaseReview(Cast.Reviewer, Late, new CaseReviewData(D(3, 11), PassingChecklist(), "同意"));
        c.IssueNotice(Cast.Reviewer, Late, new NoticeData("告1", D(3, 12)));
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Served.Direct()));
        c.CloseStatementPeriod(Cast.Reviewer, Late, new StatementPeriodClosureData(D(3, 24), "复核"));
    }
}
