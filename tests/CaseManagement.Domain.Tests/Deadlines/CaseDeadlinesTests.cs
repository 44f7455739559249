using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;

namespace CaseManagement.Domain.Tests.Deadlines;

public class CaseDeadlinesTests
{
    private static readonly LegalCalendar Calendar = new(HolidayCalendar.Seed);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static IReadOnlyList<Deadline> Compute(CaseTimeline timeline, DateOnly today, CaseRules? rules = null) =>
        CaseDeadlines.Compute(timeline, Calendar, rules ?? CaseRules.Default, today);

    private static Deadline Find(CaseTimeline timeline, DeadlineKind kind, DateOnly today, CaseRules? rules = null) =>
        Assert.Single(Compute(timeline, today, rules), d => d.Kind == kind);

    private static void AssertAbsent(CaseTimeline timeline, DeadlineKind kind, DateOnly today) =>
        Assert.DoesNotContain(Compute(timeline, today), d => d.Kind == kind);

    // A fine of ¥100,000 served directly on 2025-03-03 (LEGAL-REFERENCE.md §B and §C.6).
    private static readonly CaseTimeline ServedFine = new()
    {
        Filed = D(2025, 1, 10),
        Decided = D(2025, 2, 28),
        Served = new ServiceFact(D(2025, 3, 3), ServiceMethod.Direct),
        FineAmount = 100_000m,
    };

    [Fact]
    public void Compute_WhenNothingHappened_ReturnsNoDeadline()
    {
        Assert.Empty(Compute(new CaseTimeline(), D(2025, 3, 3)));
    }

    [Fact]
    public void Compute_WhenServedFine_ReturnsDeadlinesInProcedureOrderWithChineseLabels()
    {
        var deadlines = Compute(ServedFine, D(2025, 3, 4));

        Assert.Equal(
            [DeadlineKind.DecisionLimit, DeadlineKind.Service, DeadlineKind.Publication, DeadlineKind.Payment,
             DeadlineKind.Reconsideration, DeadlineKind.Litigation],
            deadlines.Select(d => d.Kind));
        Assert.All(deadlines, d => Assert.Equal(d.Kind.Label(), d.Label));
        Assert.All(deadlines, d => Assert.StartsWith("《", d.Basis));
    }

    [Fact]
    public void Label_WhenEveryKind_IsChinese()
    {
        Assert.All(Enum.GetValues<DeadlineKind>(), kind => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}", kind.Label()));
    }

    // 立案审查期限

    [Fact]
    public void FilingDecision_WhenFiledInTime_IsMet()
    {
        var deadline = Find(new CaseTimeline { LeadRegistered = D(2025, 3, 3), Filed = D(2025, 3, 10) }, DeadlineKind.FilingDecision, D(2025, 3, 20));

        Assert.Equal(D(2025, 3, 18), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal(D(2025, 3, 10), deadline.MetOn);
    }

    [Fact]
    public void FilingDecision_WhenNotDecidedAndDayAfterDue_IsOverdue()
    {
        var timeline = new CaseTimeline { LeadRegistered = D(2025, 3, 3) };

        Assert.Equal(DeadlineStatus.Pending, Find(timeline, DeadlineKind.FilingDecision, D(2025, 3, 18)).Status);
        Assert.Equal(DeadlineStatus.Overdue, Find(timeline, DeadlineKind.FilingDecision, D(2025, 3, 19)).Status);
    }

    [Fact]
    public void FilingDecision_WhenExtensionApproved_Adds15Days()
    {
        var deadline = Find(new CaseTimeline { LeadRegistered = D(2025, 3, 3), FilingExtensionApproved = true }, DeadlineKind.FilingDecision, D(2025, 3, 19));

        Assert.Equal(D(2025, 4, 2), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Pending, deadline.Status);
    }

    [Fact]
    public void FilingDecision_WhenDeclinedToFile_IsMet()
    {
        var deadline = Find(new CaseTimeline { LeadRegistered = D(2025, 3, 3), FilingDeclined = D(2025, 3, 12) }, DeadlineKind.FilingDecision, D(2025, 4, 1));

        Assert.Equal(DeadlineStatus.Met, deadline.Status);
    }

    [Fact]
    public void FilingDecision_WhenFiledLate_IsOverdueWithMetOn()
    {
        var deadline = Find(new CaseTimeline { LeadRegistered = D(2025, 3, 3), Filed = D(2025, 3, 20) }, DeadlineKind.FilingDecision, D(2025, 3, 20));

        Assert.Equal(DeadlineStatus.Overdue, deadline.Status);
        Assert.Equal(D(2025, 3, 20), deadline.MetOn);
    }

    [Fact]
    public void FilingDecision_WhenDueIn2027_IsProvisional()
    {
        var deadline = Find(new CaseTimeline { LeadRegistered = D(2026, 12, 20) }, DeadlineKind.FilingDecision, D(2026, 12, 21));

        Assert.Equal(D(2027, 1, 4), deadline.DueDate);
        Assert.True(deadline.Provisional);
    }

    // 陈述申辩期限 and 听证申请期限

    [Fact]
    public void StatementPeriod_WhenNoticeServed26September2025_Ends10October()
    {
        var timeline = new CaseTimeline { NoticeServed = D(2025, 9, 26) };

        var pending = Find(timeline, DeadlineKind.StatementPeriod, D(2025, 10, 10));
        var expired = Find(timeline, DeadlineKind.StatementPeriod, D(2025, 10, 11));

        Assert.Equal(D(2025, 10, 10), pending.DueDate);
        Assert.False(pending.Provisional);
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(DeadlineStatus.Overdue, expired.Status);
        Assert.Contains("第四十四条", pending.Basis);
    }

    [Fact]
    public void StatementPeriod_WhenOrganisationSetsSevenWorkingDays_Ends13October()
    {
        var rules = CaseRules.Default with { StatementPeriodWorkingDays = 7 };

        var deadline = Find(new CaseTimeline { NoticeServed = D(2025, 9, 26) }, DeadlineKind.StatementPeriod, D(2025, 10, 1), rules);

        Assert.Equal(D(2025, 10, 13), deadline.DueDate);
    }

    [Fact]
    public void StatementPeriod_WhenRightsWaived_IsMet()
    {
        var deadline = Find(new CaseTimeline { NoticeServed = D(2025, 9, 26), RightsWaived = D(2025, 9, 28) }, DeadlineKind.StatementPeriod, D(2025, 10, 20));

        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal(D(2025, 9, 28), deadline.MetOn);
    }

    [Fact]
    public void HearingRequest_WhenHearingNotOffered_IsAbsent()
    {
        AssertAbsent(new CaseTimeline { NoticeServed = D(2025, 9, 26) }, DeadlineKind.HearingRequest, D(2025, 10, 1));
    }

    [Fact]
    public void HearingRequest_WhenRequestedWithinFiveWorkingDays_IsMet()
    {
        var timeline = new CaseTimeline { NoticeServed = D(2025, 9, 26), HearingOffered = true, HearingRequested = D(2025, 10, 9) };

        var deadline = Find(timeline, DeadlineKind.HearingRequest, D(2025, 10, 20));

        Assert.Equal(D(2025, 10, 10), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal("《中华人民共和国行政处罚法》第六十四条第一项", deadline.Basis);
    }

    [Fact]
    public void HearingRequest_WhenRequestedAfterThePeriod_IsOverdueWithMetOn()
    {
        var timeline = new CaseTimeline { NoticeServed = D(2025, 9, 26), HearingOffered = true, HearingRequested = D(2025, 10, 13) };

        var deadline = Find(timeline, DeadlineKind.HearingRequest, D(2025, 10, 13));

        Assert.Equal(DeadlineStatus.Overdue, deadline.Status);
        Assert.Equal(D(2025, 10, 13), deadline.MetOn);
    }

    [Fact]
    public void HearingRequest_WhenOfferedAndNotRequestedYet_IsPending()
    {
        var deadline = Find(new CaseTimeline { NoticeServed = D(2025, 9, 26), HearingOffered = true }, DeadlineKind.HearingRequest, D(2025, 9, 30));

        Assert.Equal(DeadlineStatus.Pending, deadline.Status);
        Assert.Null(deadline.MetOn);
    }

    // 听证通知期限

    [Fact]
    public void HearingNotice_WhenHearingOnFriday_IsDueSevenFullWorkingDaysBefore()
    {
        var timeline = new CaseTimeline { HearingDate = D(2025, 3, 14), HearingNoticeServed = D(2025, 3, 4) };

        var deadline = Find(timeline, DeadlineKind.HearingNotice, D(2025, 3, 14));

        Assert.Equal(D(2025, 3, 4), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Met, deadline.Status);
    }

    [Fact]
    public void HearingNotice_WhenServedOneDayTooLate_IsOverdue()
    {
        var timeline = new CaseTimeline { HearingDate = D(2025, 3, 14), HearingNoticeServed = D(2025, 3, 5) };

        var deadline = Find(timeline, DeadlineKind.HearingNotice, D(2025, 3, 5));

        Assert.Equal(DeadlineStatus.Overdue, deadline.Status);
        Assert.Equal(D(2025, 3, 5), deadline.MetOn);
    }

    [Fact]
    public void HearingNotice_WhenHearingAfterNationalDay2025_CountsMakeupDaysBackwards()
    {
        var deadline = Find(new CaseTimeline { HearingDate = D(2025, 10, 13) }, DeadlineKind.HearingNotice, D(2025, 9, 20));

        Assert.Equal(D(2025, 9, 25), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Pending, deadline.Status);
        Assert.Equal(D(2025, 10, 11), Calendar.AddWorkingDays(deadline.DueDate, 7).Date);
    }

    // 作出处罚决定期限

    [Fact]
    public void DecisionLimit_When90DaysEndInDragonBoatHoliday_RollsTo3June()
    {
        var timeline = new CaseTimeline { Filed = D(2025, 3, 3) };

        var deadline = Find(timeline, DeadlineKind.DecisionLimit, D(2025, 6, 3));

        Assert.Equal(D(2025, 6, 3), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Pending, deadline.Status);
        Assert.Equal(DeadlineStatus.Overdue, Find(timeline, DeadlineKind.DecisionLimit, D(2025, 6, 4)).Status);
    }

    [Fact]
    public void DecisionLimit_WhenDecidedInTime_IsMet()
    {
        var deadline = Find(new CaseTimeline { Filed = D(2025, 3, 3), Decided = D(2025, 5, 20) }, DeadlineKind.DecisionLimit, D(2025, 7, 1));

        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal(D(2025, 5, 20), deadline.MetOn);
    }

    [Fact]
    public void DecisionLimit_WhenHeadApprovesMoreThan30Days_CountsOnly30()
    {
        var timeline = new CaseTimeline { Filed = D(2025, 3, 3), DecisionExtensions = [new(30, false), new(20, false)] };

        Assert.Equal(D(2025, 7, 1), Find(timeline, DeadlineKind.DecisionLimit, D(2025, 6, 1)).DueDate);
    }

    [Fact]
    public void DecisionLimit_WhenCollectiveDecisionExtendsFurther_AddsItsDays()
    {
        var timeline = new CaseTimeline { Filed = D(2025, 3, 3), DecisionExtensions = [new(30, false), new(20, true)] };

        Assert.Equal(D(2025, 7, 21), Find(timeline, DeadlineKind.DecisionLimit, D(2025, 6, 1)).DueDate);
    }

    [Fact]
    public void DecisionLimit_WhenSuspendedTenDays_AddsThem()
    {
        var timeline = new CaseTimeline
        {
            Filed = D(2025, 3, 3),
            Pauses = [new PausedInterval(PauseKind.Suspension, D(2025, 4, 1), D(2025, 4, 10))],
        };

        Assert.Equal(D(2025, 6, 11), Find(timeline, DeadlineKind.DecisionLimit, D(2025, 5, 1)).DueDate);
    }

    [Fact]
    public void DecisionLimit_WhenHearingOverlapsAppraisal_CountsEachDayOnce()
    {
        var timeline = new CaseTimeline
        {
            Filed = D(2025, 3, 3),
            HearingRequested = D(2025, 4, 1),
            HearingConcluded = D(2025, 4, 10),
            Pauses = [new PausedInterval(PauseKind.Appraisal, D(2025, 4, 5), D(2025, 4, 15))],
        };

        Assert.Equal(D(2025, 6, 16), Find(timeline, DeadlineKind.DecisionLimit, D(2025, 5, 1)).DueDate);
    }

    [Fact]
    public void DecisionLimit_WhenPauseStartsAfterTheLimitRanOut_DoesNotRevive()
    {
        var timeline = new CaseTimeline
        {
            Filed = D(2025, 3, 3),
            Pauses = [new PausedInterval(PauseKind.MonitoringOrTesting, D(2025, 6, 10), D(2025, 6, 20))],
        };

        var deadline = Find(timeline, DeadlineKind.DecisionLimit, D(2025, 6, 25));

        Assert.Equal(D(2025, 6, 3), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Overdue, deadline.Status);
    }

    [Fact]
    public void DecisionLimit_WhenSuspensionStillRunning_CountsItUpToToday()
    {
        var timeline = new CaseTimeline
        {
            Filed = D(2025, 3, 3),
            Pauses = [new PausedInterval(PauseKind.Suspension, D(2025, 5, 1), null)],
        };

        Assert.Equal(D(2025, 6, 11), Find(timeline, DeadlineKind.DecisionLimit, D(2025, 5, 10)).DueDate);
    }

    // 送达期限 and 公示期限

    [Fact]
    public void Service_WhenDecidedOn12February2026_IsDueOnMakeupSaturday28February()
    {
        var timeline = new CaseTimeline { Decided = D(2026, 2, 12), Served = new ServiceFact(D(2026, 2, 27), ServiceMethod.Mail) };

        var deadline = Find(timeline, DeadlineKind.Service, D(2026, 3, 2));

        Assert.Equal(D(2026, 2, 28), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal("《中华人民共和国行政处罚法》第六十一条第一款", deadline.Basis);
    }

    [Fact]
    public void Service_WhenServedAfterSevenWorkingDays_IsOverdueWithMetOn()
    {
        var timeline = new CaseTimeline { Decided = D(2026, 2, 12), Served = new ServiceFact(D(2026, 3, 2), ServiceMethod.Direct) };

        var deadline = Find(timeline, DeadlineKind.Service, D(2026, 3, 2));

        Assert.Equal(DeadlineStatus.Overdue, deadline.Status);
        Assert.Equal(D(2026, 3, 2), deadline.MetOn);
    }

    [Fact]
    public void Service_WhenHandedOverOnTheSpot_IsAbsent()
    {
        AssertAbsent(new CaseTimeline { Decided = D(2026, 2, 12), HandedOverOnSpot = true }, DeadlineKind.Service, D(2026, 3, 2));
    }

    [Fact]
    public void Publication_WhenNotPublishedWithinSevenWorkingDays_IsOverdue()
    {
        var timeline = new CaseTimeline { Decided = D(2026, 2, 12) };

        var pending = Find(timeline, DeadlineKind.Publication, D(2026, 2, 28));
        var overdue = Find(timeline, DeadlineKind.Publication, D(2026, 3, 1));
        var met = Find(timeline with { Published = D(2026, 2, 24) }, DeadlineKind.Publication, D(2026, 3, 1));

        Assert.Equal(D(2026, 2, 28), pending.DueDate);
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(DeadlineStatus.Overdue, overdue.Status);
        Assert.Equal(DeadlineStatus.Met, met.Status);
    }

    // 罚款缴纳期限

    [Fact]
    public void Payment_WhenServed3March2025_IsDue18March()
    {
        var deadline = Find(ServedFine, DeadlineKind.Payment, D(2025, 3, 18));

        Assert.Equal(D(2025, 3, 18), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Pending, deadline.Status);
        Assert.Equal("《中华人民共和国行政处罚法》第六十七条第三款", deadline.Basis);
    }

    [Fact]
    public void Payment_WhenPaidInFullInTime_IsMet()
    {
        var timeline = ServedFine with { Payments = [new PaymentMade(D(2025, 3, 10), 100_000m)] };

        var deadline = Find(timeline, DeadlineKind.Payment, D(2025, 4, 1));

        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal(D(2025, 3, 10), deadline.MetOn);
    }

    [Fact]
    public void Payment_WhenLastPartPaidLate_IsOverdueWithTheDayItWasComplete()
    {
        var timeline = ServedFine with { Payments = [new PaymentMade(D(2025, 3, 10), 60_000m), new PaymentMade(D(2025, 3, 20), 40_000m)] };

        var deadline = Find(timeline, DeadlineKind.Payment, D(2025, 4, 1));

        Assert.Equal(DeadlineStatus.Overdue, deadline.Status);
        Assert.Equal(D(2025, 3, 20), deadline.MetOn);
    }

    [Fact]
    public void Payment_WhenServedByPublicNotice_RunsFromTheDeemedServiceDate()
    {
        var timeline = ServedFine with { Served = new ServiceFact(D(2025, 3, 3), ServiceMethod.Publication) };

        var deadline = Find(timeline, DeadlineKind.Payment, D(2025, 3, 20));

        Assert.Equal(D(2025, 4, 2), CaseDeadlines.ServedOn(timeline, CaseRules.Default));
        Assert.Equal(D(2025, 4, 17), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Pending, deadline.Status);
    }

    [Fact]
    public void Payment_WhenHandedOverOnTheSpot_RunsFromTheDecision()
    {
        var timeline = new CaseTimeline { Decided = D(2025, 3, 3), HandedOverOnSpot = true, FineAmount = 5_000m };

        Assert.Equal(D(2025, 3, 18), Find(timeline, DeadlineKind.Payment, D(2025, 3, 4)).DueDate);
    }

    [Fact]
    public void Payment_WhenInstalmentsApproved_IsDueAtThePlanEnd()
    {
        var timeline = ServedFine with { InstalmentPlanEnd = D(2025, 6, 30) };

        var deadline = Find(timeline, DeadlineKind.Payment, D(2025, 4, 1));

        Assert.Equal(D(2025, 6, 30), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Pending, deadline.Status);
        Assert.Contains("第六十六条第二款", deadline.Basis);
        AssertAbsent(timeline, DeadlineKind.SurchargeCap, D(2025, 4, 1));
    }

    [Fact]
    public void Payment_WhenNoFine_IsAbsent()
    {
        AssertAbsent(ServedFine with { FineAmount = null }, DeadlineKind.Payment, D(2025, 3, 4));
    }

    // 加处罚款达到上限

    [Fact]
    public void SurchargeCap_WhenNothingPaid_IsReachedOn21April2025()
    {
        var pending = Find(ServedFine, DeadlineKind.SurchargeCap, D(2025, 4, 1));
        var overdue = Find(ServedFine, DeadlineKind.SurchargeCap, D(2025, 4, 22));

        Assert.Equal(D(2025, 4, 21), pending.DueDate);
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(DeadlineStatus.Overdue, overdue.Status);
        Assert.Contains("《中华人民共和国行政强制法》第四十五条", pending.Basis);
    }

    [Fact]
    public void SurchargeCap_WhenPaidBeforeTheLastPaymentDayEnds_IsAbsent()
    {
        AssertAbsent(ServedFine, DeadlineKind.SurchargeCap, D(2025, 3, 18));
        AssertAbsent(ServedFine with { Payments = [new PaymentMade(D(2025, 3, 18), 100_000m)] }, DeadlineKind.SurchargeCap, D(2025, 5, 1));
    }

    [Fact]
    public void SurchargeCap_WhenPaidInFullBeforeTheCap_IsMet()
    {
        var timeline = ServedFine with { Payments = [new PaymentMade(D(2025, 4, 10), 100_000m)] };

        var deadline = Find(timeline, DeadlineKind.SurchargeCap, D(2025, 5, 1));

        Assert.Equal(D(2025, 4, 21), deadline.DueDate);
        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal(D(2025, 4, 10), deadline.MetOn);
    }

    [Fact]
    public void SurchargeCap_WhenPaidInFullAfterTheCap_IsOverdueWithMetOn()
    {
        var timeline = ServedFine with { Payments = [new PaymentMade(D(2025, 5, 1), 100_000m)] };

        var deadline = Find(timeline, DeadlineKind.SurchargeCap, D(2025, 5, 2));

        Assert.Equal(DeadlineStatus.Overdue, deadline.Status);
        Assert.Equal(D(2025, 5, 1), deadline.MetOn);
    }

    [Fact]
    public void SurchargeCap_WhenReconsiderationPending_MovesByTheDaysItLasted()
    {
        var timeline = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Reconsideration, D(2025, 3, 25), null)] };

        Assert.Equal(D(2025, 4, 29), Find(timeline, DeadlineKind.SurchargeCap, D(2025, 4, 1)).DueDate);
    }

    [Fact]
    public void SurchargeCap_WhenPartPaidLate_MovesLater()
    {
        var timeline = ServedFine with { Payments = [new PaymentMade(D(2025, 3, 25), 40_000m)] };

        var deadline = Find(timeline, DeadlineKind.SurchargeCap, D(2025, 4, 1));

        // 7 days at ¥3,000 = ¥21,000, then ¥1,800 a day: ¥79,000 more takes 44 days (3-26 … 5-08).
        Assert.Equal(D(2025, 5, 8), deadline.DueDate);
    }

    // 复议、诉讼期限

    [Fact]
    public void Reconsideration_When60DaysEndInLabourDay_IsDue6May()
    {
        var pending = Find(ServedFine, DeadlineKind.Reconsideration, D(2025, 5, 6));
        var expired = Find(ServedFine, DeadlineKind.Reconsideration, D(2025, 5, 7));

        Assert.Equal(D(2025, 5, 6), pending.DueDate);
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(DeadlineStatus.Overdue, expired.Status);
        Assert.Equal("《中华人民共和国行政复议法》第二十条第一款", pending.Basis);
    }

    [Fact]
    public void Reconsideration_WhenApplied_IsMet()
    {
        var timeline = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Reconsideration, D(2025, 4, 10), null)] };

        var deadline = Find(timeline, DeadlineKind.Reconsideration, D(2025, 6, 1));

        Assert.Equal(DeadlineStatus.Met, deadline.Status);
        Assert.Equal(D(2025, 4, 10), deadline.MetOn);
    }

    [Fact]
    public void Litigation_WhenServed3March2025_IsDue3September()
    {
        var sued = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Litigation, D(2025, 8, 1), null)] };

        var pending = Find(ServedFine, DeadlineKind.Litigation, D(2025, 9, 3));
        var met = Find(sued, DeadlineKind.Litigation, D(2025, 9, 4));

        Assert.Equal(D(2025, 9, 3), pending.DueDate);
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(DeadlineStatus.Met, met.Status);
        Assert.Equal(DeadlineStatus.Overdue, Find(ServedFine, DeadlineKind.Litigation, D(2025, 9, 4)).Status);
    }

    [Fact]
    public void Litigation_WhenReconsiderationDecided_Runs15DaysFromItsReceipt()
    {
        var timeline = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Reconsideration, D(2025, 3, 10), D(2025, 4, 30))] };

        var deadline = Find(timeline, DeadlineKind.Litigation, D(2025, 5, 1));

        Assert.Equal(D(2025, 5, 15), deadline.DueDate);
        Assert.Equal("《中华人民共和国行政诉讼法》第四十五条", deadline.Basis);
        Assert.Contains("复议", deadline.Label);
    }

    [Fact]
    public void Litigation_WhenReconsiderationPending_IsAbsent()
    {
        var timeline = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Reconsideration, D(2025, 3, 10), null)] };

        AssertAbsent(timeline, DeadlineKind.Litigation, D(2025, 5, 1));
    }

    // 催告 and 申请人民法院强制执行

    [Fact]
    public void DemandWait_WhenServed26September2025_EndsTenWorkingDaysLater()
    {
        var timeline = ServedFine with { DemandServed = D(2025, 9, 26) };

        var pending = Find(timeline, DeadlineKind.DemandWait, D(2025, 10, 16));
        var overdue = Find(timeline, DeadlineKind.DemandWait, D(2025, 10, 17));
        var paid = Find(timeline with { Payments = [new PaymentMade(D(2025, 10, 15), 100_000m)] }, DeadlineKind.DemandWait, D(2025, 10, 17));

        Assert.Equal(D(2025, 10, 16), pending.DueDate);
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(DeadlineStatus.Overdue, overdue.Status);
        Assert.Equal(DeadlineStatus.Met, paid.Status);
        Assert.Equal("《中华人民共和国行政强制法》第五十四条", pending.Basis);
    }

    [Fact]
    public void CourtApplication_WhenLitigationPeriodExpiredUnpaid_IsDue3December2025()
    {
        var pending = Find(ServedFine, DeadlineKind.CourtApplication, D(2025, 9, 4));
        var overdue = Find(ServedFine, DeadlineKind.CourtApplication, D(2025, 12, 4));
        var filed = Find(ServedFine with { CourtApplicationFiled = D(2025, 10, 20) }, DeadlineKind.CourtApplication, D(2025, 12, 4));

        Assert.Equal(D(2025, 12, 3), pending.DueDate);
        Assert.Equal(DeadlineStatus.Pending, pending.Status);
        Assert.Equal(DeadlineStatus.Overdue, overdue.Status);
        Assert.Equal(DeadlineStatus.Met, filed.Status);
        Assert.Equal(D(2025, 10, 20), filed.MetOn);
    }

    [Fact]
    public void CourtApplication_WhenLitigationPeriodRunningAndNoDemand_IsAbsent()
    {
        AssertAbsent(ServedFine, DeadlineKind.CourtApplication, D(2025, 8, 1));
    }

    [Fact]
    public void CourtApplication_WhenDemandServedEarly_IsShownWithTheSameWindow()
    {
        var deadline = Find(ServedFine with { DemandServed = D(2025, 8, 1) }, DeadlineKind.CourtApplication, D(2025, 8, 20));

        Assert.Equal(D(2025, 12, 3), deadline.DueDate);
    }

    [Fact]
    public void CourtApplication_WhenInstalmentPlanEndsAfterTheLitigationPeriod_RunsFromThePlanEnd()
    {
        var timeline = ServedFine with { InstalmentPlanEnd = D(2025, 10, 31) };

        var deadline = Find(timeline, DeadlineKind.CourtApplication, D(2025, 11, 3));

        Assert.Equal(D(2026, 2, 2), deadline.DueDate);
        Assert.Contains("第七十二条第二款", deadline.Basis);
    }

    [Fact]
    public void CourtApplication_WhilePartySuitIsPending_IsAbsent()
    {
        var timeline = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Litigation, D(2025, 8, 1), null)] };

        AssertAbsent(timeline, DeadlineKind.CourtApplication, D(2025, 11, 5));
    }

    [Fact]
    public void CourtApplication_AfterTheSuitEndedLaterThanTheLitigationPeriod_RunsThreeMonthsFromItsEnd()
    {
        // 行政强制法第五十三条; 行政诉讼法第九十七条: the suit ended 2025-11-01, after the period (2025-09-03) ran out.
        var timeline = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Litigation, D(2025, 8, 1), D(2025, 11, 1))] };

        var window = CaseDeadlines.CourtApplicationWindow(timeline, Calendar, CaseRules.Default)!;
        var deadline = Find(timeline, DeadlineKind.CourtApplication, D(2025, 11, 5));

        Assert.Equal(D(2025, 11, 2), window.Opens);
        Assert.Equal(D(2026, 2, 2), deadline.DueDate);
        Assert.Equal(window.Closes.Date, deadline.DueDate);
    }

    [Fact]
    public void CourtApplication_WhenPaidInFullInTime_IsAbsent()
    {
        AssertAbsent(ServedFine with { Payments = [new PaymentMade(D(2025, 3, 17), 100_000m)] }, DeadlineKind.CourtApplication, D(2025, 10, 1));
    }

    // 按日连续处罚：复查

    [Fact]
    public void Reinspection_WhenCorrectionOrderServed3March2025_IsDueWithin30Days()
    {
        var timeline = new CaseTimeline { CorrectionOrderServed = D(2025, 3, 3) };

        var overdue = Find(timeline, DeadlineKind.Reinspection, D(2025, 4, 3));
        var met = Find(timeline with { Reinspected = D(2025, 3, 20) }, DeadlineKind.Reinspection, D(2025, 4, 3));

        Assert.Equal(D(2025, 4, 2), overdue.DueDate);
        Assert.Equal(DeadlineStatus.Overdue, overdue.Status);
        Assert.Equal(DeadlineStatus.Met, met.Status);
        Assert.Equal("《环境保护主管部门实施按日连续处罚办法》第十条", met.Basis);
    }

    // Helpers with their own rules

    [Fact]
    public void ExtensionDays_WhenHeadAndCollectiveExtensions_CapsOnlyTheHeadPart()
    {
        var days = CaseDeadlines.ExtensionDays([new(20, false), new(20, false), new(45, true)], CaseRules.Default);

        Assert.Equal(75, days);
    }

    [Fact]
    public void PaidInFullOn_WhenPaymentsOutOfOrder_ReturnsTheDayTheyAddUp()
    {
        var timeline = ServedFine with { Payments = [new PaymentMade(D(2025, 4, 1), 50_000m), new PaymentMade(D(2025, 3, 10), 50_000m)] };

        Assert.Equal(D(2025, 4, 1), CaseDeadlines.PaidInFullOn(timeline));
        Assert.Null(CaseDeadlines.PaidInFullOn(ServedFine));
    }

    [Fact]
    public void Surcharge_WhenDay33AfterThePaymentDeadline_Is99000()
    {
        var result = CaseDeadlines.Surcharge(ServedFine, Calendar, CaseRules.Default, D(2025, 4, 20));

        Assert.Equal(99_000m, result?.Amount);
    }

    [Fact]
    public void Surcharge_WhenReconsiderationPending_StopsOnTheDayItWasBrought()
    {
        var timeline = ServedFine with { Proceedings = [new ProceedingInterval(ProceedingKind.Reconsideration, D(2025, 3, 25), null)] };

        var result = CaseDeadlines.Surcharge(timeline, Calendar, CaseRules.Default, D(2025, 4, 20));

        Assert.Equal(18_000m, result?.Amount);
        Assert.Equal(6, result?.DaysAccrued);
    }

    [Fact]
    public void Surcharge_WhenNotServed_IsNull()
    {
        Assert.Null(CaseDeadlines.Surcharge(ServedFine with { Served = null }, Calendar, CaseRules.Default, D(2025, 4, 20)));
    }
}
