namespace CaseManagement.Domain.Deadlines;

/// <summary>
/// The facts of a case that its deadlines depend on. Every date is optional: a missing date means the
/// event has not happened (yet). Built by the application from the case and its records.
/// </summary>
public sealed record CaseTimeline
{
    /// <summary>案源登记</summary>
    public DateOnly? LeadRegistered { get; init; }

    /// <summary>The head approved 15 more days to decide on filing.</summary>
    public bool FilingExtensionApproved { get; init; }

    /// <summary>立案</summary>
    public DateOnly? Filed { get; init; }

    /// <summary>不予立案: also ends the filing-decision period.</summary>
    public DateOnly? FilingDeclined { get; init; }

    /// <summary>事先告知书 served.</summary>
    public DateOnly? NoticeServed { get; init; }

    /// <summary>The notice offered a hearing (事先(听证)告知书).</summary>
    public bool HearingOffered { get; init; }

    /// <summary>The party waived the statement, defence and hearing rights in writing.</summary>
    public DateOnly? RightsWaived { get; init; }

    public DateOnly? HearingRequested { get; init; }

    /// <summary>听证通知书 served.</summary>
    public DateOnly? HearingNoticeServed { get; init; }

    public DateOnly? HearingDate { get; init; }

    public DateOnly? HearingConcluded { get; init; }

    /// <summary>处罚决定 (or 不予行政处罚决定) made.</summary>
    public DateOnly? Decided { get; init; }

    /// <summary>The decision was handed over on the spot when announced (行政处罚法 Art. 61): served that day.</summary>
    public bool HandedOverOnSpot { get; init; }

    public ServiceFact? Served { get; init; }

    /// <summary>The fine decided, in yuan; null or zero when there is no fine.</summary>
    public decimal? FineAmount { get; init; }

    public IReadOnlyList<PaymentMade> Payments { get; init; } = [];

    /// <summary>End of the approved deferral or last instalment (行政处罚法 Art. 66 ¶2).</summary>
    public DateOnly? InstalmentPlanEnd { get; init; }

    /// <summary>Reconsideration and litigation brought by the party.</summary>
    public IReadOnlyList<ProceedingInterval> Proceedings { get; init; } = [];

    /// <summary>催告书 served (行政强制法 Art. 54).</summary>
    public DateOnly? DemandServed { get; init; }

    /// <summary>Application to the court for enforcement filed.</summary>
    public DateOnly? CourtApplicationFiled { get; init; }

    /// <summary>The decision published (公示).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Periods that do not count towards the decision limit. The hearing (request to conclusion) is added by itself.</summary>
    public IReadOnlyList<PausedInterval> Pauses { get; init; } = [];

    public IReadOnlyList<DecisionExtension> DecisionExtensions { get; init; } = [];

    /// <summary>责令改正违法行为决定书 served (按日连续处罚, 令第28号 Art. 8).</summary>
    public DateOnly? CorrectionOrderServed { get; init; }

    /// <summary>The covert re-inspection (复查, 令第28号 Art. 10).</summary>
    public DateOnly? Reinspected { get; init; }
}
