using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Domain.Deadlines;

/// <summary>
/// How and when the decision was served. For every method but 公告送达, <see cref="On"/> is the date on
/// the 送达回证 (or the postal return slip); for 公告送达 it is the last publication date.
/// </summary>
public sealed record ServiceFact(DateOnly On, ServiceMethod Method);

/// <summary>A payment of the fine, recorded from the bank receipt.</summary>
public sealed record PaymentMade(DateOnly On, decimal Amount);

/// <summary>Why the decision clock stopped (DECISIONS.md §3).</summary>
public enum PauseKind
{
    /// <summary>中止调查</summary>
    Suspension,

    /// <summary>听证</summary>
    Hearing,

    /// <summary>公告</summary>
    PublicNotice,

    /// <summary>检测、检验、监测</summary>
    MonitoringOrTesting,

    /// <summary>鉴定、评估</summary>
    Appraisal,

    /// <summary>送达</summary>
    Service,
}

/// <summary>
/// Days on which the 90-day decision clock does not run: from the first day stopped to the last day
/// stopped, both included; <see cref="To"/> is null while the pause lasts.
/// </summary>
public sealed record PausedInterval(PauseKind Kind, DateOnly From, DateOnly? To)
{
    public DateInterval Interval => new(From, To);
}

/// <summary>复议 or 诉讼 brought by the party against the decision.</summary>
public enum ProceedingKind
{
    /// <summary>行政复议</summary>
    Reconsideration,

    /// <summary>行政诉讼</summary>
    Litigation,
}

/// <summary>
/// A reconsideration or lawsuit: <see cref="From"/> is the day it was brought, <see cref="To"/> the day
/// the party received the reconsideration decision or the final judgment (null while pending).
/// </summary>
public sealed record ProceedingInterval(ProceedingKind Kind, DateOnly From, DateOnly? To)
{
    public DateInterval Interval => new(From, To);
}

/// <summary>
/// An extension of the decision limit: up to <see cref="CaseManagement.Domain.Cases.CaseRules.DecisionExtensionDays"/>
/// in total with the head's approval; beyond that only with a recorded collective decision (DECISIONS.md §3).
/// </summary>
public sealed record DecisionExtension(int Days, bool CollectiveDecision);
