using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>
/// 按日连续处罚 as a linked case of its own (环境保护主管部门实施按日连续处罚办法第十五条): opened from the original case
/// after the served correction order was found not complied with, it runs the ordinary procedure with its own money.
/// </summary>
public sealed class DailyPenaltyCaseTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 6, 30));

    private static PenaltyCase Executing(string violation = ViolationCatalogue.AirEmissionExceedance) =>
        new CaseBuilder().WithViolation(violation, new DateOnly(2025, 1, 10)).WithPenalty(200_000m).Build(CaseState.Executing);

    private static void OrderServeAndReinspect(PenaltyCase c, DateOnly orderedOn, DateOnly servedOn, DateOnly inspectedOn, bool corrected = false, bool obstructed = false)
    {
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(orderedOn, orderedOn.AddDays(10), "立即停止超标排放"));
        var number = c.Corrections.Count;
        c.ServeCorrectionOrder(Cast.Officer1, Late, new CorrectionServiceData(number, ServiceMethod.Direct, servedOn, Served.Direct()));
        c.RecordReinspection(Cast.Officer1, Late, new ReinspectionData(number, inspectedOn, ["o1", "o2"], corrected,
            corrected ? "已达标排放" : "暗查发现仍超标排放", obstructed));
    }

    [Fact]
    public void OpenDailyPenaltyCase_AfterAFailedReinspection_CreatesALinkedCaseCountingFromTheDayAfterService()
    {
        var c = Executing();
        OrderServeAndReinspect(c, orderedOn: D(4, 1), servedOn: D(4, 3), inspectedOn: D(4, 20));

        var linked = c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1));

        // 令第28号第十七条: from the day after the order was served (4-3), not after it was made (4-1).
        var basis = Assert.IsType<DailyPenaltyBasis>(linked.DailyPenaltyBasis);
        Assert.Equal((D(4, 4), D(4, 20), 17), (basis.FirstDay, basis.LastDay, basis.Days));
        Assert.Equal((200_000m, 3_400_000m), (basis.DailyAmount, basis.Total));
        Assert.Equal(DailyPenalty.EnvironmentalProtectionLawBasis, basis.Basis);
        Assert.Equal(("博环罚决〔2025〕1号", D(4, 3)), (basis.OriginalDecisionNumber, basis.CorrectionServedOn));
        Assert.Equal(CaseState.Lead, linked.State);
        Assert.Equal(c.Party, linked.Party);
        Assert.Null(linked.Decision);

        // The original keeps its own decision and its own money: nothing is merged into its fine.
        Assert.Equal(CaseState.Executing, c.State);
        Assert.Equal(200_000m, c.OutstandingFine);
        Assert.Equal((1, 3_400_000m), (c.DailyPenalties.Single().CorrectionNumber, c.DailyPenalties.Single().Total));
    }

    [Fact]
    public void LinkedCase_RunsTheOrdinaryProcedure_WithAHearingOfferedDiscussionRequiredAndTheComputedFineOnly()
    {
        var c = Executing();
        OrderServeAndReinspect(c, D(4, 1), D(4, 3), D(4, 20));
        var linked = c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1));
        linked.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(4, 25), "拒不改正，按日连续处罚"));
        linked.File(Cast.Head, Late, new FilingData(D(4, 25), "博环罚立〔2025〕20号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")]));
        var before = Snapshot.Of(linked);

        var refusal = Assert.Throws<DomainRuleException>(() => linked.SubmitForReview(Cast.Officer1, Late, new ReviewSubmissionData(
            D(4, 28), "调查终结报告", linked.Cause, linked.ViolationCode, linked.ActDate, new ProposedPenalty(1_000_000m, Sanctions.None, false))));
        Assert.Contains("第十七条、第十九条", refusal.Message);
        Assert.Equal(before, Snapshot.Of(linked));

        linked.SubmitForReview(Cast.Officer1, Late, new ReviewSubmissionData(
            D(4, 28), "调查终结报告", linked.Cause, linked.ViolationCode, linked.ActDate, new ProposedPenalty(3_400_000m, Sanctions.None, false)));
        linked.CompleteCaseReview(Cast.Reviewer, Late, new CaseReviewData(D(4, 29), PassingChecklist(), "同意"));
        linked.IssueNotice(Cast.Reviewer, Late, new NoticeData("博环罚告〔2025〕9号", D(4, 30)));

        Assert.True(linked.CurrentNotice!.HearingOffered);
        Assert.True(linked.DiscussionRequired(Late.Rules));
    }

    [Fact]
    public void OpenDailyPenaltyCase_WhenTheOrderWasIssuedDuringTheInvestigation_IsAllowedAfterTheDecision()
    {
        // 令第28号第八条: the order may be made and served on the spot during the investigation.
        var c = new CaseBuilder().WithViolation(ViolationCatalogue.AirEmissionExceedance, new DateOnly(2025, 1, 10)).WithPenalty(200_000m)
            .Build(CaseState.Executing);
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(3, 7), D(3, 17), "立即停止超标排放"));
        c.ServeCorrectionOrder(Cast.Officer1, Late, new CorrectionServiceData(1, ServiceMethod.Direct, D(3, 7), Served.Direct()));
        c.RecordReinspection(Cast.Officer1, Late, new ReinspectionData(1, D(4, 20), ["o1", "o2"], false, "仍超标"));

        var linked = c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1));

        Assert.Equal((D(3, 8), 44), (linked.DailyPenaltyBasis!.FirstDay, linked.DailyPenaltyBasis.Days));
    }

    [Fact]
    public void RecordReinspection_BeforeTheOrderWasServed_IsRefusedAndChangesNothing()
    {
        var c = Executing();
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(4, 3), D(4, 13), "立即停止超标排放"));
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.RecordReinspection(Cast.Officer1, Late, new ReinspectionData(1, D(4, 20), ["o1", "o2"], false, "仍超标")));

        Assert.Contains(CaseGuards.CorrectionOrdered, refusal.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void ServeCorrectionOrder_Twice_IsRefused()
    {
        var c = Executing();
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(4, 3), D(4, 13), "立即停止超标排放"));
        c.ServeCorrectionOrder(Cast.Officer1, Late, new CorrectionServiceData(1, ServiceMethod.Direct, D(4, 3), Served.Direct()));

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.ServeCorrectionOrder(Cast.Officer1, Late, new CorrectionServiceData(1, ServiceMethod.Direct, D(4, 4), Served.Direct())));

        Assert.Contains(CaseGuards.CorrectionOrderAwaitingService, refusal.Message);
        Assert.Equal(D(4, 3), c.Corrections[0].ServedOn);
    }

    [Fact]
    public void ReinspectionDeadline_RunsFromTheServiceOfTheOrder()
    {
        var c = Executing();
        c.OrderCorrection(Cast.Officer1, Late, new CorrectionData(D(4, 1), D(4, 11), "立即停止超标排放"));
        Assert.DoesNotContain(c.Deadlines(Late), d => d.Kind == CaseManagement.Domain.Deadlines.DeadlineKind.Reinspection);

        c.ServeCorrectionOrder(Cast.Officer1, Late, new CorrectionServiceData(1, ServiceMethod.Direct, D(4, 3), Served.Direct()));

        // 令第28号第十条: 30 days from service (2025-05-03 is a holiday: rolled over to 5-6).
        var due = Assert.Single(c.Deadlines(Late), d => d.Kind == CaseManagement.Domain.Deadlines.DeadlineKind.Reinspection);
        Assert.True(due.DueDate >= D(5, 3));
    }

    [Fact]
    public void OpenDailyPenaltyCase_ForAViolationOtherThanDischarge_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);
        OrderServeAndReinspect(c, D(4, 1), D(4, 3), D(4, 20));
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() => c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1)));

        Assert.Contains(CaseGuards.DailyPenaltyApplies, refusal.Message);
        Assert.Equal(before, Snapshot.Of(c));
        // 法典第一千零六十条: 未批先建, 登记表 and 未验先投 never carry a daily penalty.
        foreach (var other in new[] { ViolationCatalogue.EiaRegistrationNotFiled, ViolationCatalogue.EiaUnapprovedConstruction, ViolationCatalogue.AcceptanceNotCompleted })
        {
            Assert.DoesNotContain(ViolationCatalogue.Default.Get(other).Provisions, p => p.DailyPenaltyLinks.Count > 0);
        }
    }

    [Fact]
    public void OpenDailyPenaltyCase_TwiceForTheSameOrder_IsRefused()
    {
        var c = Executing();
        OrderServeAndReinspect(c, D(4, 1), D(4, 3), D(4, 20));
        c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1));

        var refusal = Assert.Throws<DomainRuleException>(() => c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 26), 1)));

        Assert.Contains(CaseGuards.NotYetDecidedForOrder, refusal.Message);
        Assert.Single(c.DailyPenalties);
    }

    [Fact]
    public void OpenDailyPenaltyCase_WhenTheReinspectionFoundItCorrected_IsRefused()
    {
        var c = Executing();
        OrderServeAndReinspect(c, D(4, 1), D(4, 3), D(4, 20), corrected: true);

        var refusal = Assert.Throws<DomainRuleException>(() => c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1)));

        Assert.Contains(CaseGuards.RefusalFoundOnReinspection, refusal.Message);
    }

    [Fact]
    public void OpenDailyPenaltyCase_WhenTheReinspectionWasObstructed_SaysSoInTheLinkedCase()
    {
        var c = Executing();
        OrderServeAndReinspect(c, D(4, 1), D(4, 3), D(4, 20), obstructed: true);

        var linked = c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1));

        Assert.True(linked.DailyPenaltyBasis!.Obstructed);
        Assert.Contains("拒绝、阻挠复查", linked.Cause);
        Assert.Contains("视为拒不改正", DailyPenaltyText.RefusalFacts(linked.DailyPenaltyBasis));
        Assert.Contains("2025年4月3日", DailyPenaltyText.RefusalFacts(linked.DailyPenaltyBasis));
    }

    [Fact]
    public void OpenDailyPenaltyCase_FromALinkedCase_IsRefused()
    {
        var c = Executing();
        OrderServeAndReinspect(c, D(4, 1), D(4, 3), D(4, 20));
        var linked = c.OpenDailyPenaltyCase(Cast.Officer1, Late, new DailyPenaltyCaseData(D(4, 25), 1));

        Assert.DoesNotContain("OpenDailyPenaltyCase", linked.AllowedActions(Cast.Officer1, Late));
    }
}
