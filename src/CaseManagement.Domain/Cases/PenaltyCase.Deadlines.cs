using CaseManagement.Domain.Deadlines;

namespace CaseManagement.Domain.Cases;

public sealed partial class PenaltyCase
{
    /// <summary>Every legal deadline this case has reached so far, with its basis and status (DECISIONS.md §3).</summary>
    public IReadOnlyList<Deadline> Deadlines(CaseClock clock) =>
        CaseDeadlines.Compute(Timeline(), clock.Calendar, clock.Rules, clock.Today);

    /// <summary>The facts of this case that its deadlines run from.</summary>
    public CaseTimeline Timeline()
    {
        var notice = CurrentNotice;
        var hearing = CurrentHearing;
        var service = CurrentService;
        var waiver = statements.FirstOrDefault(s => notice is not null && s.NoticeCycle == notice.Cycle && s.WaivesStatement && s.WaivesHearing);
        return new CaseTimeline
        {
            LeadRegistered = RegisteredOn,
            FilingExtensionApproved = extensions.Any(e => e.Kind == ExtensionKind.Filing),
            Filed = FiledOn,
            FilingDeclined = State == CaseState.NotFiled ? EndedOn : null,
            NoticeServed = notice?.ServedOn,
            HearingOffered = notice?.HearingOffered ?? false,
            RightsWaived = waiver?.ReceivedOn,
            HearingRequested = hearing?.RequestedOn,
            HearingNoticeServed = hearing?.NoticeServedOn,
            HearingDate = hearing?.HearingOn,
            HearingConcluded = hearing?.ConcludedOn,
            Decided = Decision?.DecidedOn,
            Served = service is null
                ? null
                : new ServiceFact(service.Method == ServiceMethod.Publication ? service.ServedOn : service.DeemedServedOn, service.Method),
            FineAmount = Decision is { Kind: DecisionKind.Penalty } d ? d.Fine : null,
            Payments = [.. payments.Select(p => new PaymentMade(p.PaidOn, p.Amount))],
            InstalmentPlanEnd = instalments.Count == 0 ? null : instalments.Max(i => i.DueOn),
            DemandServed = demands.Count == 0 ? null : demands[^1].ServedOn,
            CourtApplicationFiled = CourtApplication?.AppliedOn,

            // 行政处罚法第七十三条第三款: reconsideration and litigation pause the surcharge and move the court window.
            Proceedings = [.. remedies.Select(r => new ProceedingInterval(
                r.Kind == RemedyKind.Reconsideration ? ProceedingKind.Reconsideration : ProceedingKind.Litigation, r.AppliedOn, r.EndedOn))],
            // 中止 stops the 90-day clock (DECISIONS.md §3); the hearing interval is added by CaseDeadlines itself.
            Pauses = [.. suspensions.Select(s => new PausedInterval(PauseKind.Suspension, s.From, s.To))],
            DecisionExtensions = [.. extensions
                .Where(e => e.Kind == ExtensionKind.Decision)
                .Select(e => new DecisionExtension(e.Days, e.CollectiveDecision is not null))],
            CorrectionOrderServed = corrections.Count == 0 ? null : corrections[^1].ServedOn,
            Reinspected = corrections.Count == 0 ? null : reinspections.LastOrDefault(r => r.CorrectionNumber == corrections[^1].Number)?.InspectedOn,
            Published = Publication?.PublishedOn,
        };
    }
}
