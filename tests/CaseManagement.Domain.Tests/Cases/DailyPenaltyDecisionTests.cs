using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>按日连续处罚决定 (环境保护法第五十九条; 法典第一千零六十条; 环境保护主管部门实施按日连续处罚办法).</summary>
public sealed class DailyPenaltyDecisionTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 6, 30));

    private static PenaltyCase Executing(string violation = ViolationCatalogue.AirEmissionExceedance) =>
        new CaseBuilder().WithViolation(violation, new DateOnly(2025, 1, 10)).WithPenalty(200_000m).Build(CaseState.Executing);

    private static void OrderAndReinspect(PenaltyCase c, DateOnly servedOn, DateOnly inspectedOn, bool corrected)
    {
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(servedOn, servedOn.AddDays(10), "立即停止超标排放"));
        c.RecordReinspection(Cast.Officer1, Late, new ReinspectionData(c.Corrections.Count, inspectedOn, ["o1", "o2"], corrected,
            corrected ? "已达标排放" : "暗查发现仍超标排放"));
    }

    private static DailyPenaltyData Data(int correction = 1, DateOnly? on = null) =>
        new("博环按日罚〔2025〕1号", on ?? D(4, 25), correction);

    [Fact]
    public void DecideDailyPenalty_AfterAFailedReinspection_RecordsSeventeenDaysOfTheOriginalFine()
    {
        var c = Executing();
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: false);

        c.DecideDailyPenalty(Cast.Head, Late, Data());

        var decided = Assert.Single(c.DailyPenalties);
        Assert.Equal((D(4, 4), D(4, 20), 17), (decided.FirstDay, decided.LastDay, decided.Days));
        Assert.Equal(200_000m, decided.DailyAmount);
        Assert.Equal(3_400_000m, decided.Total);
        Assert.Equal(("博环按日罚〔2025〕1号", 1, "h1"), (decided.Number, decided.CorrectionNumber, decided.DecidedBy));
        Assert.Equal(DailyPenalty.EnvironmentalProtectionLawBasis, decided.Basis);
        Assert.Equal(CaseState.Executing, c.State);
        Assert.Contains("3,400,000.00", c.History[^1].Summary);
    }

    [Fact]
    public void DecideDailyPenalty_OnTheWorkedExampleOfLegalReference_IsThreeMillionFourHundredThousand()
    {
        var result = DailyPenalty.Calculate(200_000m, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 20));

        Assert.Equal((17, 3_400_000m), (result.Days, result.Amount));
    }

    [Fact]
    public void DecideDailyPenalty_WhenDecided_AddsTheTotalToTheOutstandingFine()
    {
        var c = Executing();
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: false);
        c.RecordPayment(Cast.Clerk, Late, new PaymentData(D(4, 21), 200_000m, "缴款书001"));

        c.DecideDailyPenalty(Cast.Head, Late, Data());

        Assert.Equal(3_400_000m, c.OutstandingFine);
    }

    [Fact]
    public void DecideDailyPenalty_WhenTheReinspectionIsOnOrAfterTheCodeTakesEffect_CitesArticle1060()
    {
        var clock = Clocks.At(new DateOnly(2026, 9, 1));
        var c = Executing();
        c.OrderCorrection(Cast.Officer1, clock, new CorrectionData(new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 12), "立即停止超标排放"));
        c.RecordReinspection(Cast.Officer1, clock, new ReinspectionData(1, new DateOnly(2026, 8, 15), ["o1", "o2"], false, "仍超标"));

        c.DecideDailyPenalty(Cast.Head, clock, Data(on: new DateOnly(2026, 8, 20)));

        Assert.Equal((5, 1_000_000m, DailyPenalty.CodeBasis), (c.DailyPenalties[0].Days, c.DailyPenalties[0].Total, c.DailyPenalties[0].Basis));
    }

    [Fact]
    public void DecideDailyPenalty_WithoutACorrectionOrder_IsRefused()
    {
        var c = Executing();
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(() => c.DecideDailyPenalty(Cast.Head, Late, Data()));

        Assert.Contains(CaseGuards.CorrectionOrderedAfterDecision, error.Message);
        Assert.Equal(before, Snapshot.Of(c));
        Assert.DoesNotContain("DecideDailyPenalty", c.AllowedActions(Cast.Head, Late));
    }

    [Fact]
    public void DecideDailyPenalty_WhenTheReinspectionFoundItCorrected_IsRefused()
    {
        var c = Executing();
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: true);

        var error = Assert.Throws<DomainRuleException>(() => c.DecideDailyPenalty(Cast.Head, Late, Data()));

        Assert.Contains(CaseGuards.RefusalFoundOnReinspection, error.Message);
        Assert.Empty(c.DailyPenalties);
    }

    [Fact]
    public void DecideDailyPenalty_WhenTheOrderPrecedesTheDecision_IsRefused()
    {
        var c = new CaseBuilder().WithViolation(ViolationCatalogue.AirEmissionExceedance, new DateOnly(2025, 1, 10)).WithPenalty(200_000m)
            .Build(CaseState.Investigation);
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(3, 7), D(3, 17), "立即停止超标排放"));
        c = Continue(c);
        c.RecordReinspection(Cast.Officer1, Late, new ReinspectionData(1, D(4, 20), ["o1", "o2"], false, "仍超标"));

        var error = Assert.Throws<DomainRuleException>(() => c.DecideDailyPenalty(Cast.Head, Late, Data()));

        Assert.Contains(CaseGuards.CorrectionOrderedAfterDecision, error.Message);
    }

    [Fact]
    public void DecideDailyPenalty_TwiceForTheSameOrder_IsRefused()
    {
        var c = Executing();
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: false);
        c.DecideDailyPenalty(Cast.Head, Late, Data());

        var error = Assert.Throws<DomainRuleException>(() => c.DecideDailyPenalty(Cast.Head, Late, Data(on: D(4, 26)) with { Number = "博环按日罚〔2025〕2号" }));

        Assert.Contains(CaseGuards.NotYetDecidedForOrder, error.Message);
        Assert.Single(c.DailyPenalties);
        Assert.DoesNotContain("DecideDailyPenalty", c.AllowedActions(Cast.Head, Late));
    }

    [Fact]
    public void DecideDailyPenalty_ForANewOrderAfterTheFirstDecision_AddsUp()
    {
        var c = Executing();
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: false);
        c.DecideDailyPenalty(Cast.Head, Late, Data());
        OrderAndReinspect(c, D(4, 26), D(5, 6), corrected: false);

        c.DecideDailyPenalty(Cast.Head, Late, new DailyPenaltyData("博环按日罚〔2025〕2号", D(5, 8), 2));

        Assert.Equal([3_400_000m, 2_000_000m], c.DailyPenalties.Select(p => p.Total));
    }

    [Fact]
    public void DecideDailyPenalty_ByAnOfficer_IsRefused()
    {
        var c = Executing();
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: false);

        var error = Assert.Throws<DomainRuleException>(() => c.DecideDailyPenalty(Cast.Officer1, Late, Data()));

        Assert.Contains("负责人", error.Message);
        Assert.Empty(c.DailyPenalties);
        Assert.DoesNotContain("DecideDailyPenalty", c.AllowedActions(Cast.Officer1, Late));
        Assert.Contains("DecideDailyPenalty", c.AllowedActions(Cast.Head, Late));
    }

    [Fact]
    public void DecideDailyPenalty_ForAViolationWithoutDailyPenalty_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: false);

        var error = Assert.Throws<DomainRuleException>(() => c.DecideDailyPenalty(Cast.Head, Late, Data()));

        Assert.Contains(CaseGuards.DailyPenaltyApplies, error.Message);
    }

    [Fact]
    public void DecideDailyPenalty_DatedBeforeTheReinspection_IsRefused()
    {
        var c = Executing();
        OrderAndReinspect(c, D(4, 3), D(4, 20), corrected: false);

        var error = Assert.Throws<DomainRuleException>(() => c.DecideDailyPenalty(Cast.Head, Late, Data(on: D(4, 19))));

        Assert.Contains(CaseGuards.DatedInOrder, error.Message);
    }

    // Drives an investigation case on to execution with the builder's dates.
    private static PenaltyCase Continue(PenaltyCase c)
    {
        var clock = Clocks.At(BuiltBy);
        c.SubmitForReview(Cast.Officer1, clock, new ReviewSubmissionData(D(3, 10), "调查终结报告", "超标排放大气污染物",
            ViolationCatalogue.AirEmissionExceedance, new DateOnly(2025, 1, 10), new ProposedPenalty(200_000m, Sanctions.None, false)));
        c.CompleteCaseReview(Cast.Reviewer, clock, new CaseReviewData(D(3, 11), PassingChecklist(), "同意"));
        c.IssueNotice(Cast.Reviewer, clock, new NoticeData("博环罚告〔2025〕1号", D(3, 12)));
        c.RecordNoticeService(Cast.Officer1, clock, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Served.Direct()));
        c.CloseStatementPeriod(Cast.Reviewer, clock, new StatementPeriodClosureData(D(3, 24), "当事人未陈述申辩"));
        if (c.DiscussionRequired(clock.Rules))
        {
            c.RequireDiscussion(Cast.Reviewer, clock, new LegalReviewData(D(3, 25), "同意，提请集体讨论"));
            c.ConcludeDiscussion(Cast.Head, clock, new DiscussionData(D(3, 26), ["张局长", "刘副局长"], "同意拟处罚意见"));
        }
        else
        {
            c.PassLegalReview(Cast.Reviewer, clock, new LegalReviewData(D(3, 25), "同意"));
        }

        c.Decide(Cast.Head, clock, new DecisionData("博环罚决〔2025〕1号", D(3, 27), 200_000m, Sanctions.None));
        c.Serve(Cast.Officer1, clock, new ServiceData(ServiceMethod.Direct, D(3, 28), Served.Direct()));
        return c;
    }

    [Fact]
    public void DecideDailyPenalty_WhenThePartyObstructedTheReinspection_CountsToTheDayOfTheObstruction()
    {
        var c = Executing();
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(4, 3), D(4, 13), "立即停止超标排放"));
        c.RecordReinspection(Cast.Officer1, Late, new ReinspectionData(1, D(4, 20), ["o1", "o2"], false, "当事人拒绝执法人员进入厂区", Obstructed: true));

        c.DecideDailyPenalty(Cast.Head, Late, Data());

        Assert.True(c.Reinspections[0].Obstructed);
        Assert.Contains("拒绝、阻挠复查", c.History[^2].Summary);
        Assert.Equal((17, 3_400_000m), (c.DailyPenalties[0].Days, c.DailyPenalties[0].Total));
    }

    [Fact]
    public void RecordReinspection_ObstructedAndCorrectedAtOnce_IsRefusedAndChangesNothing()
    {
        var c = Executing();
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(4, 3), D(4, 13), "立即停止超标排放"));
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.RecordReinspection(Cast.Officer1, Late, new ReinspectionData(1, D(4, 20), ["o1", "o2"], true, "拒绝复查", Obstructed: true)));

        Assert.Contains("第十三条", refusal.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }
}
