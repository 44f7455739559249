namespace CaseManagement.Domain.Cases;

/// <summary>
/// The configurable defaults of DECISIONS.md §3: an organisation setting, seeded with these values,
/// editable by an administrator. The values fixed by law are constants elsewhere, not here.
/// </summary>
public sealed record CaseRules
{
    public static CaseRules Default { get; } = new();

    /// <summary>Days to decide whether to file after a lead is registered (2023 MEE Measures, believed Art. 29).</summary>
    public int FilingDecisionDays { get; init; } = 15;

    /// <summary>Extra days to decide on filing, with the head's approval.</summary>
    public int FilingExtensionDays { get; init; } = 15;

    /// <summary>陈述申辩 period after the notice is served, in working days.</summary>
    public int StatementPeriodWorkingDays { get; init; } = 5;

    /// <summary>较大数额罚款 for an organisation (行政处罚法 Art. 63(1)): a hearing is offered at or above it.</summary>
    public decimal HearingThresholdOrganisation { get; init; } = 10_000m;

    /// <summary>较大数额罚款 for an individual (行政处罚法 Art. 63(1)).</summary>
    public decimal HearingThresholdIndividual { get; init; } = 3_000m;

    /// <summary>Collective discussion (行政处罚法 Art. 57 ¶2) is required from the organisation hearing threshold × this.</summary>
    public int DiscussionThresholdMultiplier { get; init; } = 10;

    public decimal DiscussionThreshold => HearingThresholdOrganisation * DiscussionThresholdMultiplier;

    /// <summary>行政处罚法 Art. 60: 90 days from filing.</summary>
    public int DecisionLimitDays { get; init; } = 90;

    /// <summary>Extension of the decision limit with the head's approval.</summary>
    public int DecisionExtensionDays { get; init; } = 30;

    /// <summary>行政处罚法 Art. 61: serve within 7 working days when not handed over on the spot.</summary>
    public int ServiceWorkingDays { get; init; } = 7;

    /// <summary>民事诉讼法 Art. 95: 公告送达 deemed served 30 days after the (last) publication.</summary>
    public int PublicNoticeDays { get; init; } = 30;

    /// <summary>行政处罚法 Art. 67: pay within 15 days of service.</summary>
    public int PaymentDays { get; init; } = 15;

    /// <summary>行政处罚法 Art. 72(1); 行政强制法 Art. 45: 3 % of the fine per day.</summary>
    public decimal SurchargeRatePerDay { get; init; } = 0.03m;

    /// <summary>行政强制法 Art. 54 (+ Art. 69): 10 working days after the 催告书 is served.</summary>
    public int DemandWaitWorkingDays { get; init; } = 10;

    /// <summary>国办发〔2018〕118号 (best knowledge): publish within 7 working days of the decision.</summary>
    public int PublicationWorkingDays { get; init; } = 7;
}
