using CaseManagement.Domain.Calendar;

namespace CaseManagement.Domain.Cases;

// The guard predicates of the lifecycle. Each reads the case and the step being checked (actor, clock,
// data). A guard about step data passes when there is no data yet (AllowedActions asks before the form is
// filled in); the step itself is always checked with its data.
public sealed partial class PenaltyCase
{
    private DateOnly Today => step!.Clock.Today;

    // The business day the step happens: its document date, or today when only asking.
    private DateOnly StepDay => step!.Data?.Date ?? Today;

    private bool IsOfficerOfCase(string userId) => officers.Any(o => o.UserId == userId);

    private bool HearingWaived => CurrentNotice is { } n && statements.Any(s => s.NoticeCycle == n.Cycle && s.WaivesHearing);

    // 行政处罚法第四十七条: the record follows the procedure, so no document predates the step it rests on,
    // and none is dated in the future (dates are business dates; the instants are stamped by the server).
    private bool InOrder() => DateOutOfOrder() is null;

    // Which date of the step is out of order and the earlier step it collides with, or null when in order.
    // Pure: the guard asks whether there is a problem, the refusal asks what it is.
    private string? DateOutOfOrder()
    {
        if (step!.Data is not { } data)
        {
            return null;
        }

        var what = $"“{step.Trigger.ToChinese()}”的日期{Day(data.Date)}";
        if (data.Date > Today)
        {
            return $"{what}晚于今天（{Day(Today)}），业务日期须为实际发生之日";
        }

        var (earliest, earlier) = DependsOn(step.Trigger);
        return data.Date < earliest
            ? $"{what}早于所依据的前一步骤“{earlier}”的日期{Day(earliest)}"
            : null;
    }

    // The day a step rests on, and the step that set it (the refusal names both).
    private (DateOnly Date, string Step) DependsOn(CaseTrigger trigger) => trigger switch
    {
        // Evidence and records made before the lead's registration keep their real date once their source is stated.
        CaseTrigger.AddEvidence when step!.Data is EvidenceData { Source: { Length: > 0 } } => (DateOnly.MinValue, ""),
        CaseTrigger.RecordInvestigation when step!.Data is InvestigationRecordData { Source: { Length: > 0 } } => (DateOnly.MinValue, ""),
        CaseTrigger.RequestFiling or CaseTrigger.AddEvidence or CaseTrigger.RecordInvestigation
            or CaseTrigger.RecordInvestmentFinding or CaseTrigger.ExtendDeadline => (RegisteredOn, CaseTrigger.RegisterLead.ToChinese()),
        CaseTrigger.OrderCorrection or CaseTrigger.RecordReinspection => FiledOn is { } filed
            ? (filed, CaseTrigger.File.ToChinese())
            : (RegisteredOn, CaseTrigger.RegisterLead.ToChinese()),
        CaseTrigger.IssueNotice => Max(LastStep, CaseReview?.ReviewedOn, CaseTrigger.CompleteCaseReview),
        CaseTrigger.RecordNoticeService => CurrentNotice is { } notice ? (notice.IssuedOn, CaseTrigger.IssueNotice.ToChinese()) : LastStep,
        CaseTrigger.RecordStatement or CaseTrigger.RequestHearing or CaseTrigger.CloseStatementPeriod =>
            Max(LastStep, CurrentNotice?.ServedOn, CaseTrigger.RecordNoticeService),
        CaseTrigger.RecordServiceAttempt => State switch
        {
            CaseState.Notified => CurrentNotice is { } notice ? (notice.IssuedOn, CaseTrigger.IssueNotice.ToChinese()) : LastStep,
            CaseState.Executing => Max(LastStep, DeemedServedOn, CaseTrigger.Serve),
            _ => Decided,
        },
        CaseTrigger.Serve or CaseTrigger.RecordPayment or CaseTrigger.ApproveInstalments => Decided,
        // 公示 follows the decision, also after service or closure (国办发〔2018〕118号: 七个工作日内).
        CaseTrigger.RecordPublication => Decided,
        CaseTrigger.ScheduleHearing or CaseTrigger.ConcludeHearing => Max(LastStep, CurrentHearing?.RequestedOn, CaseTrigger.RequestHearing),
        CaseTrigger.ServeHearingNotice => Max(LastStep, CurrentHearing?.NoticeIssuedOn, CaseTrigger.ScheduleHearing),
        CaseTrigger.IssueDemand => Max(LastStep, DeemedServedOn, CaseTrigger.Serve),
        CaseTrigger.OpenDailyPenaltyCase => Max(LastStep, DailyPenaltyFor(step!.Data is DailyPenaltyCaseData d ? d.CorrectionNumber : 0)?.LastDay, CaseTrigger.RecordReinspection),
        CaseTrigger.ServeCorrectionOrder => step!.Data is CorrectionServiceData s
            && corrections.FirstOrDefault(c => c.Number == s.CorrectionNumber) is { } order
            ? (order.OrderedOn, CaseTrigger.OrderCorrection.ToChinese())
            : (RegisteredOn, CaseTrigger.RegisterLead.ToChinese()),
        CaseTrigger.RecordRemedy => Decided,
        CaseTrigger.RecordRemedyOutcome => step!.Data is RemedyOutcomeData o
            && remedies.FirstOrDefault(r => r.Number == o.RemedyNumber) is { } remedy
            ? (remedy.AppliedOn, CaseTrigger.RecordRemedy.ToChinese())
            : LastStep,
        CaseTrigger.ApplyToCourt => Max(LastStep, demands.Count == 0 ? null : demands[^1].ServedOn, CaseTrigger.IssueDemand),
        CaseTrigger.Close => Max(Max(LastStep, payments.Count == 0 ? null : payments.Max(p => p.PaidOn), CaseTrigger.RecordPayment),
            CourtApplication?.AppliedOn, CaseTrigger.ApplyToCourt),
        _ => LastStep,
    };

    // The last step that moved the case (it set LastStepOn).
    private (DateOnly Date, string Step) LastStep =>
        (LastStepOn, (history.LastOrDefault(e => e.From != e.To)?.Trigger ?? CaseTrigger.RegisterLead).ToChinese());

    private (DateOnly Date, string Step) Decided => Decision is { } decision
        ? (decision.DecidedOn, (decision.Kind == DecisionKind.NoPenalty ? CaseTrigger.DecideNoPenalty : CaseTrigger.Decide).ToChinese())
        : LastStep;

    private static DateOnly Max(DateOnly a, DateOnly? b) => b is { } d && d > a ? d : a;

    private static (DateOnly Date, string Step) Max((DateOnly Date, string Step) a, DateOnly? b, CaseTrigger bStep) =>
        b is { } d && d > a.Date ? (d, bStep.ToChinese()) : a;

    // 行政处罚法第四十二条：执法人员不得少于两人，且须具有行政执法资格.
    private bool TwoCertifiedOfficersAct() => step!.Data switch
    {
        FilingData f => f.Officers.Select(o => o.UserId).Distinct().Count() >= 2
            && f.Officers.All(o => o.HoldsValidCertificateOn(f.FiledOn)),
        OfficerChangeData o => o.Officers.Select(x => x.UserId).Distinct().Count() >= 2
            && o.Officers.All(x => x.HoldsValidCertificateOn(o.ChangedOn)),
        EvidenceData e => CertifiedOfficers(e.OfficerUserIds, e.CollectedOn),
        InvestigationRecordData r => CertifiedOfficers(r.OfficerUserIds, r.On),
        ReinspectionData r => CertifiedOfficers(r.OfficerUserIds, r.InspectedOn),

        // On-the-spot service is an enforcement act on the party: the two servers sign the 回证.
        IServiceStep s when s.Method is ServiceMethod.Direct or ServiceMethod.LeftAtAddress =>
            CertifiedOfficers(s.Details.ServerUserIds, s.ServedOn),
        _ => true,
    };

    // A change must change something and say why (行政处罚法第四十三条: the withdrawal is recorded).
    private bool OfficersChangeValid() => step!.Data is not OfficerChangeData d
        || (!string.IsNullOrWhiteSpace(d.Reason)
            && !d.Officers.Select(o => o.UserId).ToHashSet().SetEquals(officers.Select(o => o.UserId)));

    private bool CertifiedOfficers(IReadOnlyList<string> userIds, DateOnly day) =>
        userIds.Distinct().Count() >= 2
        && userIds.All(id => officers.Any(o => o.UserId == id && o.HoldsValidCertificateOn(day)));

    private bool InvestmentEvidenced() => step!.Data is not InvestmentFindingData d
        || (d.Amount > 0 && d.EvidenceNumbers.Count > 0 && d.EvidenceNumbers.All(n => evidence.Any(e => e.Number == n)));

    // DECISIONS.md §6: under 环境影响评价法第三十一条 the fine is 1%–5% of the total investment, so the
    // investment is a finding that needs evidence before legal review can pass.
    private bool InvestmentFoundIfNeeded() =>
        ViolationCode != EiaUnapprovedConstruction || !ActPredatesCode || InvestmentFinding is { EvidenceNumbers.Count: > 0 };

    // 行政处罚法第六十条 (and DECISIONS.md §3): +30 days with the head's approval; beyond that only with a
    // recorded collective decision. Filing: +15 days once.
    private bool ExtensionAllowed()
    {
        if (step!.Data is not ExtensionData d)
        {
            return true;
        }

        var rules = step.Clock.Rules;
        var forFiling = d.Kind == ExtensionKind.Filing;
        if (forFiling != (State == CaseState.Lead))
        {
            return false;
        }

        var first = extensions.All(e => e.Kind != d.Kind);
        var limit = forFiling ? rules.FilingExtensionDays : rules.DecisionExtensionDays;
        return (first && d.Days <= limit) || (!forFiling && !string.IsNullOrWhiteSpace(d.CollectiveDecision));
    }

    // DECISIONS.md §3: beyond the mandatory thresholds, collective discussion is the head's call — the flag on a
    // proposal is accepted only from the head (a head's revised notice), never from the investigating officer.
    private bool DiscussionFlagByHead() => step!.Data switch
    {
        ReviewSubmissionData d => !d.Proposed.FlaggedForDiscussion,
        NoticeData { Revised: { FlaggedForDiscussion: true } revised } =>
            step.Actor.Has(CaseRole.Head) || ProposedPenalty?.FlaggedForDiscussion == true,
        _ => true,
    };

    // 行政处罚法第三十六条; 法典第一千零五十四条 (from 2026-08-15): from the act (or the end of a continuing act) to its
    // discovery — the recorded earlier discovery, else the lead's registration. An act still continuing when found has
    // not started its period. Code acts are given the 5-year period (pollution or ecological-damage consequences) and
    // older acts the 2-year period of 行政处罚法第三十六条: a case is never refused on a guess.
    private bool WithinLimitation()
    {
        if (ActDate is not { } act || ActContinuing)
        {
            return true;
        }

        var period = Penalties.LimitationPeriod.For(act, hasPollutionOrEcologicalConsequences: true);
        return !period.IsExpired(Discovery);
    }

    // 行政处罚法第四十四条、第四十五条、第六十二条: the party is heard before any decision.
    private bool StatementPeriodOver()
    {
        if (CurrentNotice is not { ServedOn: not null } notice || StatementPeriodEnd(step!.Clock) is not { } end)
        {
            return false;
        }

        var waived = statements.Any(s => s.NoticeCycle == notice.Cycle && s.WaivesStatement);
        return waived || StepDay > end.Date;
    }

    // 行政处罚法第六十四条第一项: the hearing request period must run out (or be waived) before moving on.
    private bool HearingPeriodOver() =>
        CurrentNotice is not { HearingOffered: true } || HearingWaived
        || (HearingRequestPeriodEnd(step!.Clock) is { } end && StepDay > end.Date);

    private bool WithinHearingRequestPeriod() =>
        HearingRequestPeriodEnd(step!.Clock) is { } end && StepDay <= end.Date;

    private bool PresidingNotInvestigator() =>
        step!.Data is not HearingScheduleData d || !IsOfficerOfCase(d.PresidingUserId);

    // 行政处罚法第六十四条第二项 (HearingNoticePeriod): a hearing day that even a notice served on its issue day could not meet.
    private bool HearingDayLeavesNoticePeriod() =>
        step!.Data is not HearingScheduleData d
        || CaseManagement.Domain.Deadlines.HearingNoticePeriod.InTime(step.Clock.Calendar, d.IssuedOn, d.HearingOn);

    // The day service takes effect (邮寄: the return slip; 公告: 30 days after publication) against the hearing day.
    private bool HearingNoticeInTime() =>
        step!.Data is not HearingNoticeServiceData d || CurrentHearing?.HearingOn is not { } hearing
        || CaseManagement.Domain.Deadlines.HearingNoticePeriod.InTime(step.Clock.Calendar,
            ServiceDetails.DeemedServiceDay(d.Method, d.ServedOn, d.Details, step.Clock.Rules), hearing);

    // 行政处罚法第六十四条第八项: absence without good reason counts as a waiver; a withdrawn request as well. A hearing
    // held or missed presupposes its notice was served.
    private bool HearingHeldOrWaived() => step!.Data is not HearingConclusionData d
        || d.Outcome == HearingOutcome.Withdrawn
        || (CurrentHearing is { HearingOn: { } on, NoticeServedOn: not null } && d.ConcludedOn >= on);

    // 行政处罚法第四十五条: 不得因当事人陈述、申辩而给予更重的处罚.
    private bool NotAboveNotified() => step!.Data is not DecisionData d
        || (CurrentNotice is { } n && d.Fine <= n.NotifiedFine && (d.Sanctions & ~n.NotifiedSanctions) == Sanctions.None);

    private bool PaymentWithinOutstanding() => step!.Data is PaymentData d
        ? d.Amount > 0 && d.Amount <= OutstandingFine
        : OutstandingFine > 0;

    // 行政处罚法第六十六条: one approved plan covering what is still unpaid.
    private bool InstalmentsValid()
    {
        if (instalments.Count > 0 || OutstandingFine <= 0)
        {
            return false;
        }

        return step!.Data is not InstalmentData d
            || (d.Schedule.Count > 0 && d.Schedule.All(i => i.Amount > 0 && i.DueOn >= d.ApprovedOn)
                && d.Schedule.Sum(i => i.Amount) == OutstandingFine);
    }

    // 行政强制法第五十四条: 催告 only after the payment period has run out without full payment.
    private bool PaymentOverdue()
    {
        var day = step!.Data switch
        {
            DemandData d => d.IssuedOn,
            ServiceAttemptData a => a.AttemptedOn,
            _ => Today,
        };
        return OutstandingFine > 0 && PaymentDueOn(step.Clock) is { } due && day > due;
    }

    private bool DemandPeriodOver()
    {
        if (demands.Count == 0 || CourtApplication is not null)
        {
            return false;
        }

        var clock = step!.Clock;
        return StepDay > clock.Calendar.AddWorkingDays(demands[^1].DeemedServedOn, clock.Rules.DemandWaitWorkingDays).Date;
    }

    // 行政强制法第五十三条; 行政诉讼法第九十七条; 行政处罚法第七十二条第二款: after the reconsideration and litigation
    // periods (or the proceedings) ended, within 3 months — the same window CaseDeadlines shows.
    private bool WithinCourtWindow()
    {
        var clock = step!.Clock;
        return CaseManagement.Domain.Deadlines.CaseDeadlines.CourtApplicationWindow(Timeline(), clock.Calendar, clock.Rules) is { } window
            && StepDay >= window.Opens && StepDay <= window.Closes.Date;
    }

    // A remedy is recorded once the decision exists; one of each kind at a time.
    private bool RemedyRecordable() => Decision is not null
        && (step!.Data is not RemedyData d || remedies.All(r => !(r.Pending && r.Kind == d.Kind)));

    private bool RemedyPendingForOutcome() => step!.Data is RemedyOutcomeData d
        ? remedies.Any(r => r.Number == d.RemedyNumber && r.Pending && d.EndedOn >= r.AppliedOn)
        : remedies.Any(r => r.Pending);

    private bool ClosureGroundMet() => step!.Data is not ClosureData d || d.Ground switch
    {
        ClosureGround.PerformedInFull => Decision is { Kind: DecisionKind.Penalty } && OutstandingFine <= 0,
        ClosureGround.EnforcementAccepted => CourtApplication is not null,
        ClosureGround.NothingToExecute => Decision is { Kind: DecisionKind.NoPenalty } or { Fine: 0m, Sanctions: Sanctions.None },
        // 行政复议法第六十四条、行政诉讼法第七十条: only a recorded revocation (or confirmation of unlawfulness) closes it so.
        ClosureGround.DecisionRevoked => DecisionRevoked,
        _ => false,
    };

    // ---- 按日连续处罚 (令第28号第七条至第十九条): checked for the order named by the step, or for any order when asking ----

    private IEnumerable<CorrectionOrder> DailyPenaltyOrders() => step!.Data is DailyPenaltyCaseData d
        ? corrections.Where(c => c.Number == d.CorrectionNumber)
        : corrections;

    // 令第28号第七条: the daily penalty follows a decision that imposed a fine; its amount is the daily base.
    private bool OriginalFineDecided() => Decision is { Kind: DecisionKind.Penalty, Fine: > 0m };

    // 令第28号第八条: the order may precede the original decision; the refusal must be found after it was served.
    private bool RefusalFoundOnReinspection() => DailyPenaltyOrders().Any(c => RefusalFoundFor(c) is not null);

    private bool NotYetDecidedForOrder() =>
        DailyPenaltyOrders().Any(c => dailyPenalties.All(p => p.CorrectionNumber != c.Number)
            && (step!.Data is DailyPenaltyCaseData || RefusalFoundFor(c) is not null));

    private bool CorrectionOrderAwaitingService() => step!.Data is CorrectionServiceData d
        ? corrections.Any(c => c.Number == d.CorrectionNumber && c.ServedOn is null)
        : corrections.Any(c => c.ServedOn is null);

    // 环境保护法第五十九条、令第28号第五条; 法典第一千零六十条: only violations whose provisions carry a daily-penalty link.
    private bool DailyPenaltyApplies() =>
        Penalties.ViolationCatalogue.Default.TryGet(ViolationCode, out var violation)
        && violation.Provisions.Any(p => p.DailyPenaltyLinks.Count > 0);

    // 令第28号第十条: the re-inspection checks a served order, after its service.
    private bool CorrectionOrderedBefore() => step!.Data is ReinspectionData d
        ? corrections.Any(c => c.Number == d.CorrectionNumber && c.ServedOn is { } served && d.InspectedOn > served)
        : corrections.Any(c => c.ServedOn is not null);

    // ---- 送达: what the 回证 must record for the method used (the step is checked with its data) -------

    // A guard for one method: passes for any other method, and when only asking (no data yet).
    private bool ServiceRecorded(ServiceMethod method, Func<ServiceDetails, DateOnly, bool> complete) =>
        step!.Data is not IServiceStep s || s.Method != method || complete(s.Details, s.ServedOn);

    private static bool Text(string? value) => !string.IsNullOrWhiteSpace(value);

    // 民事诉讼法第八十八条; 民诉法解释第一百三十条.
    private bool DirectServiceRecorded() => ServiceRecorded(ServiceMethod.Direct,
        (d, _) => Text(d.Recipient) && d.Relation is not null && Text(d.Place) && d.Time is not null);

    // 民事诉讼法第八十九条：见证人签名，或者拍照、录像 (either suffices since 2021).
    private bool LeftAtAddressRecorded() => ServiceRecorded(ServiceMethod.LeftAtAddress,
        (d, _) => Text(d.Recipient) && Text(d.Place) && d.Time is not null && Text(d.RefusalReason)
            && (d.Witnesses.Any(w => Text(w.Name) && Text(w.Unit)) || d.Recordings.Any(Text)));

    // 民事诉讼法第九十条; 行政处罚法第六十一条第二款：当事人同意并签订确认书.
    private bool ElectronicServiceRecorded() => ServiceRecorded(ServiceMethod.Electronic,
        (d, _) => Text(d.ConsentReference) && Text(d.ElectronicAddress));

    private bool EntrustedServiceRecorded() => ServiceRecorded(ServiceMethod.Entrusted,
        (d, _) => Text(d.Intermediary) && Text(d.Recipient));

    private bool ForwardedServiceRecorded() => ServiceRecorded(ServiceMethod.Forwarded,
        (d, _) => Text(d.Intermediary) && Text(d.Recipient));

    // The return slip's date is the service date: not before posting, not in the future (行政处罚法第四十七条).
    private bool MailServiceRecorded() => ServiceRecorded(ServiceMethod.Mail,
        (d, posted) => Text(d.TrackingNumber) && d.ReturnSlipDate is { } received && received >= posted && received <= Today);

    // 民事诉讼法第九十五条: the last resort — whereabouts unknown, or another method was tried and failed.
    private bool PublicationServiceJustified() => ServiceRecorded(ServiceMethod.Publication,
        (d, _) => d.PublicationChannels.Any(Text)
            && (d.PublicationGround == PublicationGround.WhereaboutsUnknown || AttemptsOnDocumentBeingServed().Any()));

    // 行政强制法第三十八条: direct service first; a refusal allows 留置送达, a failed attempt the other methods.
    private bool DemandServedDirectly() => step!.Data is not DemandData d
        || d.Method is ServiceMethod.Direct or ServiceMethod.LeftAtAddress
        || AttemptsOnDocumentBeingServed().Any();

    private IEnumerable<ServiceAttempt> AttemptsOnDocumentBeingServed()
    {
        var (document, sequence) = DocumentBeingServed;
        return serviceAttempts.Where(a => a.Document == document && a.DocumentSequence == sequence);
    }
}
