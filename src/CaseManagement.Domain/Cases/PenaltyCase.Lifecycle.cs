using Stateless;
using Stateless.Graph;
using Stateless.Reflection;
using S = CaseManagement.Domain.Cases.CaseState;
using T = CaseManagement.Domain.Cases.CaseTrigger;
using G = System.Tuple<System.Func<bool>, string>;

namespace CaseManagement.Domain.Cases;

public sealed partial class PenaltyCase
{
    /// <summary>行政处罚法第六十四条第一项：当事人要求听证的，应当在告知后五日内提出（工作日，第八十五条）。</summary>
    public const int HearingRequestWorkingDays = 5;

    /// <summary>行政处罚法第六十四条第二项：在举行听证的七日前通知当事人（工作日，第八十五条）。</summary>
    public const int HearingNoticeWorkingDays = CaseManagement.Domain.Deadlines.HearingNoticePeriod.WorkingDays;

    // Stateless is not thread-safe: one machine per case instance, built on first use, never shared.
    private StateMachine<CaseState, CaseTrigger>? machine;

    // The step being checked: who acts, when, and with what data. Only set while a trigger is checked or
    // fired; the guards read it. Data is null when AllowedActions asks what could be done now.
    private StepContext? step;

    private sealed record StepContext(Actor Actor, CaseClock Clock, CaseTrigger Trigger, IDatedStep? Data);

    // The state the machine was built for: a step's check and firing need only the transitions out of the current
    // state, so only those are configured (building all fourteen states' transitions was an eighth of what a step
    // allocated). A step that moves the case to another state has the machine built again for it on next use.
    private CaseState? machineState;

    private StateMachine<CaseState, CaseTrigger> Machine
    {
        get
        {
            if (machine is null || machineState != State)
            {
                machineState = State;
                machine = Build(State);
            }

            return machine;
        }
    }

    /// <summary>The lifecycle as a Mermaid state diagram (README.md keeps a copy; a test compares them).</summary>
    public static string LifecycleDiagram() => MermaidGraph.Format(new PenaltyCase().Build(only: null).GetInfo());

    /// <summary>The lifecycle: every state's transitions, or <paramref name="only"/> that state's.</summary>
    private StateMachine<CaseState, CaseTrigger> Build(CaseState? only)
    {
        bool Wanted(CaseState state) => only is null || only == state;

        var m = new StateMachine<CaseState, CaseTrigger>(() => State, s => State = s);
        m.OnUnhandledTrigger((_, trigger, unmet) => throw Refusal(trigger, unmet));

        G dated = new(InOrder, CaseGuards.DatedInOrder);
        G twoOfficers = new(TwoCertifiedOfficersAct, CaseGuards.TwoCertifiedOfficers);
        G notInvestigator = new(() => !IsOfficerOfCase(step!.Actor.UserId), CaseGuards.NotAnInvestigator);
        G notInvestigatorAtHearing = new(() => !IsOfficerOfCase(step!.Actor.UserId), CaseGuards.NotAnInvestigatorAtHearing);
        G withinLimitation = new(WithinLimitation, CaseGuards.WithinLimitation);

        // 行政处罚法第五十八条第二款: a first-time legal reviewer holds the 法律职业资格 (Actor.MayConcludeLegalReview).
        G reviewerQualified = new(() => step!.Actor.MayConcludeLegalReview, CaseGuards.ReviewerLegallyQualified);
        G flagByHead = new(DiscussionFlagByHead, CaseGuards.DiscussionFlagByHead);
        G extension = new(ExtensionAllowed, CaseGuards.ExtensionAllowed);
        G noticeServed = new(() => CurrentNotice?.ServedOn is not null, CaseGuards.NoticeServed);
        G statementOver = new(StatementPeriodOver, CaseGuards.StatementPeriodOver);
        G investmentFound = new(InvestmentFoundIfNeeded, CaseGuards.InvestmentFound);
        G discussionHeld = new(() => !DiscussionRequired(step!.Clock.Rules) || Discussion is not null, CaseGuards.DiscussionHeldIfRequired);
        G reinspection = new(CorrectionOrderedBefore, CaseGuards.CorrectionOrdered);
        G paymentOverdue = new(PaymentOverdue, CaseGuards.PaymentOverdue);
        G fineInRange = new(FineWithinStatutoryRange, CaseGuards.FineWithinStatutoryRange);
        G sanctionsAllowed = new(() => SanctionProblem() is null, CaseGuards.SanctionsAllowed);
        G investigator = new(() => IsOfficerOfCase(step!.Actor.UserId), CaseGuards.EvidenceEditedByInvestigator);
        G evidenceEditable = new(() => notices.Count == 0, CaseGuards.EvidenceEditableBeforeNotice);

        // 送达: each method's guard passes for the other methods, so only the one used can refuse.
        G[] served =
        [
            twoOfficers,
            new(DirectServiceRecorded, CaseGuards.DirectServiceRecorded),
            new(LeftAtAddressRecorded, CaseGuards.LeftAtAddressRecorded),
            new(ElectronicServiceRecorded, CaseGuards.ElectronicServiceRecorded),
            new(EntrustedServiceRecorded, CaseGuards.EntrustedServiceRecorded),
            new(ForwardedServiceRecorded, CaseGuards.ForwardedServiceRecorded),
            new(MailServiceRecorded, CaseGuards.MailServiceRecorded),
            new(PublicationServiceJustified, CaseGuards.PublicationServiceJustified),
        ];
        G noticeNotYetServed = new(() => CurrentNotice?.ServedOn is null, CaseGuards.NoticeNotYetServed);
        G correctionNotYetServed = new(CorrectionOrderAwaitingService, CaseGuards.CorrectionOrderAwaitingService);

        // 按日连续处罚 (令第28号): opened as a linked case once the original decision is made (第七条第二款).
        G[] dailyPenalty =
        [
            dated,
            new(() => DailyPenaltyBasis is null, CaseGuards.NotALinkedCase),
            new(OriginalFineDecided, CaseGuards.OriginalFineDecided),
            new(DailyPenaltyApplies, CaseGuards.DailyPenaltyApplies),
            new(RefusalFoundOnReinspection, CaseGuards.RefusalFoundOnReinspection),
            new(NotYetDecidedForOrder, CaseGuards.NotYetDecidedForOrder),
        ];
        G remedyRecordable = new(RemedyRecordable, CaseGuards.RemedyRecordable);
        G remedyPending = new(RemedyPendingForOutcome, CaseGuards.RemedyPending);

        // 责令改正 and its 复查 may happen at any point from filing to execution (行政处罚法第二十八条);
        // the decision clock may be extended until the decision (行政处罚法第六十条).
        // 变更执法人员 (行政处罚法第四十三条回避, or an officer who leaves) from filing until the case ends;
        // the two-certified-officers rule (第四十二条) holds for the new team.
        G officersChanged = new(OfficersChangeValid, CaseGuards.OfficersChanged);

        void Common(StateMachine<CaseState, CaseTrigger>.StateConfiguration c, bool extendable = true)
        {
            c.PermitReentryIf(T.ChangeOfficers, dated, twoOfficers, officersChanged);
            c.PermitReentryIf(T.OrderCorrection, dated);
            c.PermitReentryIf(T.ServeCorrectionOrder, [dated, correctionNotYetServed, .. served]);
            c.PermitReentryIf(T.RecordReinspection, dated, twoOfficers, reinspection);
            if (extendable)
            {
                c.PermitReentryIf(T.ExtendDeadline, dated, extension);
            }
        }

        if (Wanted(S.Lead))
        {
            m.Configure(S.Lead)
                .PermitReentryIf(T.RequestFiling, dated, new(() => FilingRequest is null, CaseGuards.FilingNotYetRequested))
                .PermitReentryIf(T.ExtendDeadline, dated, extension)
                .PermitIf(T.File, S.Investigation, dated, new(() => FilingRequest is not null, CaseGuards.FilingRequested),
                    new(() => FilingRequest?.RequestedBy != step!.Actor.UserId, CaseGuards.NotOwnSubmission), twoOfficers, withinLimitation)
                .PermitIf(T.DeclineToFile, S.NotFiled, dated)
                .PermitIf(T.Transfer, S.Transferred, dated);
        }

        if (Wanted(S.Investigation))
        {
            Common(m.Configure(S.Investigation)
                .PermitReentryIf(T.AddEvidence, dated, twoOfficers)
                .PermitReentryIf(T.EditEvidence, dated, investigator, evidenceEditable)
                .PermitReentryIf(T.RecordInvestigation, dated, twoOfficers)
                .PermitReentryIf(T.RecordInvestmentFinding, dated, new(InvestmentEvidenced, CaseGuards.InvestmentEvidenced))
                .PermitIf(T.SubmitForReview, S.Review, dated, new(() => IsOfficerOfCase(step!.Actor.UserId), CaseGuards.IsInvestigator), fineInRange, sanctionsAllowed, flagByHead)
                .PermitIf(T.Suspend, S.Suspended, dated)
                .PermitIf(T.Terminate, S.Terminated, dated)
                .PermitIf(T.CancelFiling, S.Cancelled, dated)
                .PermitIf(T.Transfer, S.Transferred, dated));
        }

        // 中止: the case returns to the state it left (SuspendedFrom); the interval does not count.
        if (Wanted(S.Suspended))
        {
            m.Configure(S.Suspended)
                .PermitDynamicIf(T.Resume, () => SuspendedFrom ?? S.Investigation, "恢复到中止前的阶段",
                    new DynamicStateInfos
                    {
                        { nameof(S.Investigation), "中止前为立案调查" },
                        { nameof(S.Review), "中止前为案件审查" },
                        { nameof(S.LegalReview), "中止前为法制审核" },
                        { nameof(S.CollectiveDiscussion), "中止前为集体讨论" },
                        { nameof(S.PendingDecision), "中止前为待决定" },
                    },
                    dated)
                .PermitIf(T.Terminate, S.Terminated, dated)
                .PermitIf(T.CancelFiling, S.Cancelled, dated)
                .PermitReentryIf(T.ChangeOfficers, dated, twoOfficers, officersChanged);
        }

        if (Wanted(S.Review))
        {
            Common(m.Configure(S.Review)
                .PermitReentryIf(T.CompleteCaseReview, dated, notInvestigator)
                .PermitReentryIf(T.EditEvidence, dated, investigator, evidenceEditable)
                .PermitIf(T.ReturnForInvestigation, S.Investigation, dated, notInvestigator)
                .PermitIf(T.IssueNotice, S.Notified, dated, notInvestigator, new(() => CaseReview is { Passed: true }, CaseGuards.CaseReviewPassed), fineInRange, sanctionsAllowed, flagByHead)
                .PermitIf(T.Suspend, S.Suspended, dated)
                .PermitIf(T.Terminate, S.Terminated, dated));
        }

        if (Wanted(S.Notified))
        {
            Common(m.Configure(S.Notified)
                .PermitReentryIf(T.RecordNoticeService, [dated, noticeNotYetServed, .. served])
                .PermitReentryIf(T.RecordServiceAttempt, dated, noticeNotYetServed)
                .PermitReentryIf(T.RecordStatement, dated, noticeServed)
                .PermitIf(T.RequestHearing, S.Hearing, dated, noticeServed,
                    new(() => CurrentNotice is { HearingOffered: true }, CaseGuards.HearingOffered),
                    new(() => !HearingWaived, CaseGuards.HearingNotWaived),
                    new(WithinHearingRequestPeriod, CaseGuards.WithinHearingRequestPeriod))
                .PermitIf(T.CloseStatementPeriod, S.LegalReview, dated, noticeServed, statementOver,
                    new(HearingPeriodOver, CaseGuards.HearingPeriodOver)));
        }

        if (Wanted(S.Hearing))
        {
            Common(m.Configure(S.Hearing)
                .PermitReentryIf(T.ScheduleHearing, dated, notInvestigatorAtHearing,
                    new(() => CurrentHearing?.HearingOn is null, CaseGuards.HearingNotYetScheduled),
                    new(PresidingNotInvestigator, CaseGuards.PresidingNotInvestigator),
                    new(HearingDayLeavesNoticePeriod, CaseGuards.HearingNoticeSevenDays))
                .PermitReentryIf(T.ServeHearingNotice, [dated,
                    new(() => CurrentHearing is { HearingOn: not null, NoticeServedOn: null }, CaseGuards.HearingNoticeAwaitingService),
                    new(HearingNoticeInTime, CaseGuards.HearingNoticeSevenDays), .. served])
                .PermitIf(T.ConcludeHearing, S.LegalReview, dated, notInvestigatorAtHearing, new(HearingHeldOrWaived, CaseGuards.HearingHeldOrWaived)));
        }

        if (Wanted(S.LegalReview))
        {
            Common(m.Configure(S.LegalReview)
                .PermitIf(T.PassLegalReview, S.PendingDecision, dated, notInvestigator, reviewerQualified, investmentFound,
                    new(() => !DiscussionRequired(step!.Clock.Rules), CaseGuards.DiscussionNotRequired))
                .PermitIf(T.RequireDiscussion, S.CollectiveDiscussion, dated, notInvestigator, reviewerQualified, investmentFound)
                .PermitIf(T.ReturnForInvestigation, S.Investigation, dated, notInvestigator)
                .PermitIf(T.IssueNotice, S.Notified, dated, notInvestigator, fineInRange, sanctionsAllowed, flagByHead)
                .PermitIf(T.Suspend, S.Suspended, dated));
        }

        if (Wanted(S.CollectiveDiscussion))
        {
            Common(m.Configure(S.CollectiveDiscussion)
                .PermitIf(T.ConcludeDiscussion, S.PendingDecision, dated)
                .PermitIf(T.Suspend, S.Suspended, dated));
        }

        // 行政处罚法第五十八条、第六十五条 hold by construction: PendingDecision is entered only from LegalReview
        // (legal review passed) or CollectiveDiscussion (entered from LegalReview), and Hearing leaves only by
        // ConcludeHearing; a new notice cycle (IssueNotice) clears the review and starts again.
        if (Wanted(S.PendingDecision))
        {
            Common(m.Configure(S.PendingDecision)
                .PermitIf(T.Decide, S.Decided, dated, discussionHeld, statementOver,
                    new(NotAboveNotified, CaseGuards.NotAboveNotified), fineInRange, sanctionsAllowed, withinLimitation)
                .PermitIf(T.DecideNoPenalty, S.Decided, dated, discussionHeld, statementOver)
                .PermitIf(T.IssueNotice, S.Notified, dated, notInvestigator, fineInRange, sanctionsAllowed, flagByHead)
                .PermitIf(T.Transfer, S.Transferred, dated)
                .PermitIf(T.Suspend, S.Suspended, dated));
        }

        // 公示 (行政处罚法第四十八条) is recorded once decided, also after service or closure.
        if (Wanted(S.Decided))
        {
            Common(m.Configure(S.Decided)
                .PermitReentryIf(T.RecordPublication, dated)
                .PermitReentryIf(T.RecordServiceAttempt, dated)
                .PermitReentryIf(T.OpenDailyPenaltyCase, dailyPenalty)
                .PermitReentryIf(T.RecordRemedy, dated, remedyRecordable)
                .PermitReentryIf(T.RecordRemedyOutcome, dated, remedyPending)
                .PermitIf(T.ReturnForInvestigation, S.Investigation, dated, new(() => NewDecisionOrdered, CaseGuards.NewDecisionOrdered))
                .PermitIf(T.Serve, S.Executing, [dated, .. served]), extendable: false);
        }

        if (Wanted(S.Executing))
        {
            Common(m.Configure(S.Executing)
                .PermitReentryIf(T.RecordPayment, dated, new(PaymentWithinOutstanding, CaseGuards.PaymentWithinOutstanding))
                .PermitReentryIf(T.ApproveInstalments, dated, new(InstalmentsValid, CaseGuards.InstalmentsValid))
                .PermitReentryIf(T.IssueDemand, [dated, paymentOverdue, new(DemandServedDirectly, CaseGuards.DemandServedDirectly), .. served])
                .PermitReentryIf(T.RecordServiceAttempt, dated, paymentOverdue)
                .PermitReentryIf(T.RecordPublication, dated)
                .PermitReentryIf(T.OpenDailyPenaltyCase, dailyPenalty)
                .PermitReentryIf(T.RecordRemedy, dated, remedyRecordable)
                .PermitReentryIf(T.RecordRemedyOutcome, dated, remedyPending)
                .PermitIf(T.ReturnForInvestigation, S.Investigation, dated, new(() => NewDecisionOrdered, CaseGuards.NewDecisionOrdered))
                .PermitReentryIf(T.ApplyToCourt, dated, new(DemandPeriodOver, CaseGuards.DemandPeriodOver),
                    new(() => remedies.All(r => !r.Pending), CaseGuards.NoRemedyPending),
                    new(WithinCourtWindow, CaseGuards.WithinCourtWindow))
                .PermitIf(T.Close, S.Closed, dated, new(ClosureGroundMet, CaseGuards.ClosureGroundMet)), extendable: false);
        }

        foreach (var ended in new[] { S.Closed, S.NotFiled, S.Cancelled, S.Terminated, S.Transferred })
        {
            if (Wanted(ended))
            {
                m.Configure(ended).PermitIf(T.Archive, S.Archived, dated);
            }
        }

        if (Wanted(S.Closed))
        {
            m.Configure(S.Closed).PermitReentryIf(T.RecordPublication, dated);
        }

        // 归档后不得修改、增加或者抽取案卷材料: nothing is configured, so every trigger is refused.
        if (Wanted(S.Archived))
        {
            m.Configure(S.Archived);
        }

        return m;
    }

    private static readonly CaseTrigger[] Triggers = Enum.GetValues<CaseTrigger>();

    /// <summary>
    /// The triggers this user may fire now: the role table allows it, the state allows it, and the guards
    /// that depend only on the case, the user and today pass (step data is checked when the step is fired).
    /// </summary>
    public IReadOnlyList<string> AllowedActions(Actor actor, CaseClock clock) =>
        [.. Triggers.Where(t => Allows(actor, clock, t)).Select(t => t.ToString())];

    /// <summary>
    /// Whether this user may fire now any trigger that <paramref name="wanted"/> accepts, as <see cref="AllowedActions"/>
    /// would list it; stops at the first (我的待办 asks this for each assignee on each day a deadline changes).
    /// </summary>
    public bool AllowsAny(Actor actor, CaseClock clock, Func<CaseTrigger, bool> wanted) =>
        Triggers.Any(t => wanted(t) && Allows(actor, clock, t));

    private bool Allows(Actor actor, CaseClock clock, CaseTrigger trigger)
    {
        if (trigger == T.RegisterLead || !CaseRoleTable.MayFire(actor, trigger))
        {
            return false;
        }

        step = new StepContext(actor, clock, trigger, null);
        try
        {
            return Machine.CanFire(trigger);
        }
        finally
        {
            step = null;
        }
    }

    /// <summary>
    /// Checks role, state and every guard first; only then moves the machine, applies the step's data and
    /// appends the history line. A refusal leaves the case exactly as it was.
    /// </summary>
    private void Fire(CaseTrigger trigger, Actor actor, CaseClock clock, IDatedStep data, string summary, Action apply)
    {
        if (!CaseRoleTable.MayFire(actor, trigger))
        {
            throw new DomainRuleException(CaseRoleTable.Refusal(trigger), DomainRuleException.RoleForbidden);
        }

        step = new StepContext(actor, clock, trigger, data);
        try
        {
            if (!Machine.CanFire(trigger, out var unmet))
            {
                throw Refusal(trigger, unmet);
            }

            var from = State;
            Machine.Fire(trigger);
            apply();
            if (State != from)
            {
                LastStepOn = data.Date;
            }

            history.Add(new CaseEvent(from, State, trigger, clock.Now, actor.UserId, summary));
        }
        finally
        {
            step = null;
        }
    }

    // Stateless passes no list (null) when the state does not handle the trigger at all.
    private DomainRuleException Refusal(CaseTrigger trigger, ICollection<string>? unmet)
    {
        if (State == S.Archived)
        {
            return new DomainRuleException($"案件已归档，不能执行“{trigger.ToChinese()}”：归档后案卷不得修改、增加或者抽取材料（行政处罚法第四十七条）。",
                DomainRuleException.Archived);
        }

        // After the notice the evidence list stands: say why rather than only naming the stage.
        if (trigger == T.EditEvidence && notices.Count > 0 && (unmet is null || unmet.Count == 0))
        {
            return new DomainRuleException($"不能执行“{trigger.ToChinese()}”：{CaseGuards.EvidenceEditableBeforeNotice}。",
                CaseGuards.CodeOf(CaseGuards.EvidenceEditableBeforeNotice));
        }

        return unmet is null || unmet.Count == 0
            ? new DomainRuleException($"案件处于“{State.ToChinese()}”阶段，不能执行“{trigger.ToChinese()}”。", DomainRuleException.StateNotAllowed)
            : new DomainRuleException($"不能执行“{trigger.ToChinese()}”：{string.Join("；", unmet.Select(Specific))}。", CaseGuards.CodeOf(unmet.First()));
    }

    // The range guard says which end was crossed and under which article, not only the general rule.
    // So does the date guard: which date, and the earlier step it collides with.
    private string Specific(string unmetGuard) => unmetGuard switch
    {
        CaseGuards.FineWithinStatutoryRange when FineRangeProblem() is { } specific => specific,
        CaseGuards.SanctionsAllowed when SanctionProblem() is { } specific => specific,
        CaseGuards.DatedInOrder when DateOutOfOrder() is { } specific => $"{unmetGuard}：{specific}",
        _ => unmetGuard,
    };

}
