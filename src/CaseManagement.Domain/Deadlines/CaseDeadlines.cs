using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Deadlines;

/// <summary>The court-application window: the first day it opens and the last day (rolled over) it closes.</summary>
public sealed record CourtWindow(DateOnly Opens, DueDate Closes, string Basis);

/// <summary>
/// The deadlines of one case, computed from its <see cref="CaseTimeline"/> (LEGAL-REFERENCE.md §B,
/// DECISIONS.md §2–§3). Only deadlines whose triggering event has happened are returned, in the order
/// of the procedure. For the party's own periods (陈述申辩、听证申请、复议、诉讼) <see cref="DeadlineStatus.Overdue"/>
/// means the period ran out unused.
/// </summary>
public static class CaseDeadlines
{
    // Periods fixed by law (the configurable ones are in CaseRules).
    private const int HearingRequestWorkingDays = 5;        // 行政处罚法第六十四条第一项
    private const int ReconsiderationDays = 60;             // 行政复议法第二十条第一款
    private const int LitigationMonths = 6;                 // 行政诉讼法第四十六条第一款
    private const int LitigationAfterReconsiderationDays = 15; // 行政诉讼法第四十五条
    private const int CourtApplicationMonths = 3;           // 行政强制法第五十三条
    private const int ReinspectionDays = 30;                // 环境保护主管部门实施按日连续处罚办法第十条

    // A surcharge of a few fen a day on a tiny remainder may take decades to reach the fine; stop looking.
    private const int SurchargeHorizonDays = 36_525;

    public static IReadOnlyList<Deadline> Compute(CaseTimeline timeline, LegalCalendar calendar, CaseRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);

        var t = timeline;
        var deadlines = new List<Deadline>();
        void Add(DeadlineKind kind, DueDate due, string basis, DateOnly? doneOn, string? label = null) =>
            deadlines.Add(Make(kind, due, basis, doneOn, today, label));

        if (t.LeadRegistered is { } lead)
        {
            var days = rules.FilingDecisionDays + (t.FilingExtensionApproved ? rules.FilingExtensionDays : 0);
            Add(DeadlineKind.FilingDecision, calendar.Due(lead, LegalPeriod.Days(days)),
                "《生态环境行政处罚办法》（生态环境部令第30号）", Earliest(t.Filed, t.FilingDeclined));
        }

        if (t.NoticeServed is { } notice)
        {
            Add(DeadlineKind.StatementPeriod, calendar.AddWorkingDays(notice, rules.StatementPeriodWorkingDays),
                "《中华人民共和国行政处罚法》第四十四条、第四十五条", t.RightsWaived);

            if (t.HearingOffered || t.HearingRequested is not null)
            {
                Add(DeadlineKind.HearingRequest, calendar.AddWorkingDays(notice, HearingRequestWorkingDays),
                    "《中华人民共和国行政处罚法》第六十四条第一项", Earliest(t.HearingRequested, t.RightsWaived));
            }
        }

        if (t.HearingDate is { } hearing)
        {
            Add(DeadlineKind.HearingNotice, HearingNoticePeriod.LatestServiceDay(calendar, hearing),
                "《中华人民共和国行政处罚法》第六十四条第二项", t.HearingNoticeServed);
        }

        if (t.Filed is { } filed)
        {
            Add(DeadlineKind.DecisionLimit, DecisionLimit(t, calendar, rules, filed, today),
                "《中华人民共和国行政处罚法》第六十条", t.Decided);
        }

        if (t.Decided is { } decided)
        {
            if (!t.HandedOverOnSpot)
            {
                // The act of serving; for 公告送达 the (last) publication is the agency's act.
                Add(DeadlineKind.Service, calendar.AddWorkingDays(decided, rules.ServiceWorkingDays),
                    "《中华人民共和国行政处罚法》第六十一条第一款", t.Served?.On);
            }

            Add(DeadlineKind.Publication, calendar.AddWorkingDays(decided, rules.PublicationWorkingDays),
                "《中华人民共和国行政处罚法》第四十八条", t.Published);
        }

        if (ServedOn(t, rules) is { } served)
        {
            AddExecutionDeadlines(t, calendar, rules, today, served, deadlines);
        }

        if (t.CorrectionOrderServed is { } order)
        {
            Add(DeadlineKind.Reinspection, calendar.Due(order, LegalPeriod.Days(ReinspectionDays)),
                "《环境保护主管部门实施按日连续处罚办法》第十条", t.Reinspected);
        }

        return deadlines;
    }

    /// <summary>
    /// The day the decision counts as served: the date on the 回证; the decision day when handed over on
    /// the spot; for 公告送达 the last publication date + 30 days (民事诉讼法第九十五条) — fixed by law once
    /// published, so the periods that run from it are shown at once.
    /// </summary>
    public static DateOnly? ServedOn(CaseTimeline timeline, CaseRules rules) => timeline.Served switch
    {
        { Method: ServiceMethod.Publication } notice => notice.On.AddDays(rules.PublicNoticeDays),
        { } service => service.On,
        null => timeline.HandedOverOnSpot ? timeline.Decided : null,
    };

    /// <summary>
    /// The 加处罚款 owed at the end of <paramref name="asOf"/>, counted from the day after the payment
    /// deadline (or the end of an approved deferral) and not while a reconsideration or lawsuit is pending;
    /// null when there is no fine or the decision has not been served.
    /// </summary>
    public static SurchargeResult? Surcharge(CaseTimeline timeline, LegalCalendar calendar, CaseRules rules, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        if (timeline.FineAmount is not { } fine || fine <= 0 || ServedOn(timeline, rules) is not { } served)
        {
            return null;
        }

        var payment = PaymentDue(timeline, calendar, rules, served);
        return LateSurcharge.Compute(
            fine,
            payment.Date,
            [.. timeline.Payments.Select(p => (p.On, p.Amount))],
            [.. timeline.Proceedings.Select(p => p.Interval)],
            asOf,
            rules.SurchargeRatePerDay);
    }

    /// <summary>The day the payments first add up to the whole fine; null while some is unpaid.</summary>
    public static DateOnly? PaidInFullOn(CaseTimeline timeline)
    {
        if (timeline.FineAmount is not { } fine)
        {
            return null;
        }

        var paid = 0m;
        foreach (var payment in timeline.Payments.OrderBy(p => p.On))
        {
            paid += payment.Amount;
            if (paid >= fine)
            {
                return payment.On;
            }
        }

        return null;
    }

    private static void AddExecutionDeadlines(
        CaseTimeline t, LegalCalendar calendar, CaseRules rules, DateOnly today, DateOnly served, List<Deadline> deadlines)
    {
        var fine = t.FineAmount ?? 0m;
        var paidInFull = PaidInFullOn(t);
        DueDate? payment = null;
        if (fine > 0)
        {
            payment = PaymentDue(t, calendar, rules, served);
            var basis = t.InstalmentPlanEnd is null
                ? "《中华人民共和国行政处罚法》第六十七条第三款"
                : "《中华人民共和国行政处罚法》第六十六条第二款、第六十七条第三款";
            deadlines.Add(Make(DeadlineKind.Payment, payment.Value, basis, paidInFull, today));

            if (SurchargeCap(t, rules, today, fine, payment.Value, paidInFull) is { } cap)
            {
                deadlines.Add(Make(DeadlineKind.SurchargeCap, cap,
                    "《中华人民共和国行政处罚法》第七十二条第一款第一项；《中华人民共和国行政强制法》第四十五条", paidInFull, today));
            }
        }

        var reconsiderations = t.Proceedings.Where(p => p.Kind == ProceedingKind.Reconsideration).ToList();
        var lawsuits = t.Proceedings.Where(p => p.Kind == ProceedingKind.Litigation).ToList();

        deadlines.Add(Make(DeadlineKind.Reconsideration, calendar.Due(served, LegalPeriod.Days(ReconsiderationDays)),
            "《中华人民共和国行政复议法》第二十条第一款", reconsiderations.Min(p => (DateOnly?)p.From), today));

        // After a reconsideration the party may sue within 15 days of receiving its decision; while the
        // reconsideration is pending that period has not started.
        DueDate? litigation = null;
        var lastReconsideration = reconsiderations.MaxBy(p => p.From);
        var firstLawsuit = lawsuits.Min(p => (DateOnly?)p.From);
        if (lastReconsideration is null)
        {
            litigation = calendar.Due(served, LegalPeriod.Months(LitigationMonths));
            deadlines.Add(Make(DeadlineKind.Litigation, litigation.Value,
                "《中华人民共和国行政诉讼法》第四十六条第一款", firstLawsuit, today));
        }
        else if (lastReconsideration.To is { } reconsidered)
        {
            litigation = calendar.Due(reconsidered, LegalPeriod.Days(LitigationAfterReconsiderationDays));
            deadlines.Add(Make(DeadlineKind.Litigation, litigation.Value,
                "《中华人民共和国行政诉讼法》第四十五条", firstLawsuit, today, "提起行政诉讼期限（收到复议决定后）"));
        }

        var inArrears = payment is { } due && (paidInFull is null || paidInFull > due.Date);
        if (t.DemandServed is { } demand)
        {
            // 行政强制法第五十四条、第六十九条：催告书送达十个工作日后仍未履行的，方可申请法院强制执行
            deadlines.Add(Make(DeadlineKind.DemandWait, calendar.AddWorkingDays(demand, rules.DemandWaitWorkingDays),
                "《中华人民共和国行政强制法》第五十四条", paidInFull, today));
        }

        // 行政强制法第五十三条: the window of the court application, the same one the ApplyToCourt guard uses.
        if (fine > 0 && inArrears && CourtApplicationWindow(t, calendar, rules) is { } window
            && (t.DemandServed is not null || today >= window.Opens))
        {
            deadlines.Add(Make(DeadlineKind.CourtApplication, window.Closes, window.Basis,
                Earliest(t.CourtApplicationFiled, paidInFull), today));
        }
    }

    /// <summary>
    /// When the agency may apply to the court for enforcement (行政强制法第五十三条; 行政诉讼法第九十七条 and its
    /// interpretation 第一百五十六条): from the day after the litigation period — 6 months from service, or 15 days
    /// after the reconsideration decision was received — and after any reconsideration or lawsuit has ended, for
    /// 3 months; counted from the end of an approved deferral or instalment plan when that is later (行政处罚法
    /// 第七十二条第二款). Null while the decision is unserved or a reconsideration or lawsuit is pending.
    /// </summary>
    public static CourtWindow? CourtApplicationWindow(CaseTimeline timeline, LegalCalendar calendar, CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        var t = timeline;
        if (ServedOn(t, rules) is not { } served || t.Proceedings.Any(p => p.To is null))
        {
            return null;
        }

        var lastReconsideration = t.Proceedings.Where(p => p.Kind == ProceedingKind.Reconsideration).MaxBy(p => p.To);
        var litigationEnd = lastReconsideration?.To is { } reconsidered
            ? calendar.Due(reconsidered, LegalPeriod.Days(LitigationAfterReconsiderationDays))
            : calendar.Due(served, LegalPeriod.Months(LitigationMonths));
        var start = litigationEnd.Date;
        var basis = "《中华人民共和国行政强制法》第五十三条";
        if (t.Proceedings.Count > 0 && t.Proceedings.Max(p => p.To!.Value) is { } ended && ended > start)
        {
            start = ended;
            basis += "；《中华人民共和国行政诉讼法》第九十七条";
        }

        var opens = start.AddDays(1);

        // 行政处罚法第七十二条第二款：批准延期、分期缴纳的，申请期限自暂缓或者分期缴纳期限结束之日起计算。
        if (t.InstalmentPlanEnd is { } planEnd && planEnd > start)
        {
            start = planEnd;
            basis += "；《中华人民共和国行政处罚法》第七十二条第二款";
        }

        var closes = calendar.Due(start, LegalPeriod.Months(CourtApplicationMonths));
        return new CourtWindow(opens, new DueDate(closes.Date, closes.Provisional || litigationEnd.Provisional), basis);
    }

    private static DueDate PaymentDue(CaseTimeline t, LegalCalendar calendar, CaseRules rules, DateOnly served)
    {
        // 行政处罚法第六十七条第三款：自收到行政处罚决定书之日起十五日内缴纳
        var due = calendar.Due(served, LegalPeriod.Days(rules.PaymentDays));

        // 行政处罚法第六十六条第二款：批准暂缓或者分期缴纳的，至暂缓或者分期期限结束
        return t.InstalmentPlanEnd is { } planEnd && planEnd > due.Date ? calendar.RollOver(planEnd) : due;
    }

    /// <summary>
    /// The day the surcharge would reach the fine if nothing more were paid. A pending reconsideration or
    /// lawsuit is assumed to end today, so the day shown is the earliest possible one. When the fine has
    /// been paid in full, the projection leaves out that last payment, so that a payment after the cap
    /// day shows as late.
    /// </summary>
    private static DueDate? SurchargeCap(CaseTimeline t, CaseRules rules, DateOnly today, decimal fine, DueDate payment, DateOnly? paidInFull)
    {
        var started = today > payment.Date || paidInFull > payment.Date;
        if (!started || paidInFull <= payment.Date)
        {
            return null;
        }

        var payments = t.Payments
            .Where(p => paidInFull is null || p.On < paidInFull)
            .Select(p => (p.On, p.Amount))
            .ToList();
        var pauses = t.Proceedings.Select(p => p.Interval.ClosedBy(today)).ToList();
        var result = LateSurcharge.Compute(fine, payment.Date, payments, pauses,
            payment.Date.AddDays(SurchargeHorizonDays), rules.SurchargeRatePerDay);
        return result.CapReachedOn is { } cap ? new DueDate(cap, payment.Provisional) : null;
    }

    /// <summary>
    /// 行政处罚法第六十条 counts 90 days from filing, plus approved extensions; the suspension, hearing,
    /// public-notice, monitoring, appraisal and service periods do not count (DECISIONS.md §3). The clock
    /// walks day by day over the days that count, so a pause after the limit has run out cannot revive it.
    /// A pause still running is assumed to end today, giving the earliest possible limit.
    /// </summary>
    private static DueDate DecisionLimit(CaseTimeline t, LegalCalendar calendar, CaseRules rules, DateOnly filed, DateOnly today)
    {
        var pauses = t.Pauses.Select(p => p.Interval.ClosedBy(today)).ToList();
        if (t.HearingRequested is { } requested)
        {
            // 听证期间不计入办案期限
            pauses.Add(new DateInterval(requested, t.HearingConcluded).ClosedBy(today));
        }

        var allowance = rules.DecisionLimitDays + ExtensionDays(t.DecisionExtensions, rules);
        var day = filed;
        var counted = 0;
        while (counted < allowance)
        {
            day = day.AddDays(1);
            if (!Paused(pauses, day))
            {
                counted++;
            }
        }

        return calendar.RollOver(day);
    }

    // A loop, not Any(): the walk asks this for each of the ninety-odd days, for every case shown or stepped.
    private static bool Paused(List<DateInterval> pauses, DateOnly day)
    {
        foreach (var pause in pauses)
        {
            if (pause.Contains(day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The head may extend by up to the configured days in total; more needs a collective decision.</summary>
    public static int ExtensionDays(IReadOnlyList<DecisionExtension> extensions, CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        ArgumentNullException.ThrowIfNull(rules);
        var byHead = extensions.Where(e => !e.CollectiveDecision).Sum(e => Math.Max(0, e.Days));
        var collective = extensions.Where(e => e.CollectiveDecision).Sum(e => Math.Max(0, e.Days));
        return Math.Min(byHead, rules.DecisionExtensionDays) + collective;
    }

    private static Deadline Make(DeadlineKind kind, DueDate due, string basis, DateOnly? doneOn, DateOnly today, string? label = null)
    {
        var status = doneOn is { } done
            ? done <= due.Date ? DeadlineStatus.Met : DeadlineStatus.Overdue
            : today > due.Date ? DeadlineStatus.Overdue : DeadlineStatus.Pending;
        return new Deadline(kind, due.Date, due.Provisional, basis, status, doneOn, label ?? kind.Label());
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
