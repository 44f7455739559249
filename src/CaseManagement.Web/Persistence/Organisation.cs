using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Persistence;

/// <summary>What an organisation prints on its documents (DECISIONS.md §1).</summary>
public sealed record OrganisationDetails(
    string Name,
    string ShortCode,
    string SealText,
    string Address,
    string Phone,
    string ReconsiderationBody,
    string Court,
    string PaymentInstructions);

/// <summary>
/// An enforcement organisation (执法机关): the details printed on its documents and the configurable
/// rules of DECISIONS.md §3, stored as columns and handed to the domain as <see cref="CaseRules"/>.
/// </summary>
public sealed class Organisation
{
    private Organisation()
    {
    }

    public Organisation(OrganisationDetails details, CaseRules rules)
    {
        UpdateDetails(details);
        UpdateRules(rules);
    }

    public int Id { get; private set; }

    public Guid Version { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The prefix of document numbers (博环 in 博环罚决字〔2026〕1号).</summary>
    public string ShortCode { get; private set; } = "";

    public string SealText { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string Phone { get; private set; } = "";

    /// <summary>行政复议机关, printed in decisions (行政处罚法第五十九条).</summary>
    public string ReconsiderationBody { get; private set; } = "";

    /// <summary>The court for 行政诉讼, printed in decisions (行政处罚法第五十九条).</summary>
    public string Court { get; private set; } = "";

    /// <summary>Bank, account or 非税收入 channel printed in decisions (行政处罚法第六十七条).</summary>
    public string PaymentInstructions { get; private set; } = "";

    public int FilingDecisionDays { get; private set; }

    public int FilingExtensionDays { get; private set; }

    public int StatementPeriodWorkingDays { get; private set; }

    public decimal HearingThresholdOrganisation { get; private set; }

    public decimal HearingThresholdIndividual { get; private set; }

    public int DiscussionThresholdMultiplier { get; private set; }

    public int DecisionLimitDays { get; private set; }

    public int DecisionExtensionDays { get; private set; }

    public int ServiceWorkingDays { get; private set; }

    public int PublicNoticeDays { get; private set; }

    public int PaymentDays { get; private set; }

    public decimal SurchargeRatePerDay { get; private set; }

    public int DemandWaitWorkingDays { get; private set; }

    public int PublicationWorkingDays { get; private set; }

    public OrganisationDetails Details => new(Name, ShortCode, SealText, Address, Phone, ReconsiderationBody, Court, PaymentInstructions);

    public void UpdateDetails(OrganisationDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.ShortCode);
        Name = details.Name.Trim();
        ShortCode = details.ShortCode.Trim();
        SealText = details.SealText.Trim();
        Address = details.Address.Trim();
        Phone = details.Phone.Trim();
        ReconsiderationBody = details.ReconsiderationBody.Trim();
        Court = details.Court.Trim();
        PaymentInstructions = details.PaymentInstructions.Trim();
    }

    public void UpdateRules(CaseRules rules)
    {
        FilingDecisionDays = rules.FilingDecisionDays;
        FilingExtensionDays = rules.FilingExtensionDays;
        StatementPeriodWorkingDays = rules.StatementPeriodWorkingDays;
        HearingThresholdOrganisation = rules.HearingThresholdOrganisation;
        HearingThresholdIndividual = rules.HearingThresholdIndividual;
        DiscussionThresholdMultiplier = rules.DiscussionThresholdMultiplier;
        DecisionLimitDays = rules.DecisionLimitDays;
        DecisionExtensionDays = rules.DecisionExtensionDays;
        ServiceWorkingDays = rules.ServiceWorkingDays;
        PublicNoticeDays = rules.PublicNoticeDays;
        PaymentDays = rules.PaymentDays;
        SurchargeRatePerDay = rules.SurchargeRatePerDay;
        DemandWaitWorkingDays = rules.DemandWaitWorkingDays;
        PublicationWorkingDays = rules.PublicationWorkingDays;
    }

    public CaseRules ToRules() => new()
    {
        FilingDecisionDays = FilingDecisionDays,
        FilingExtensionDays = FilingExtensionDays,
        StatementPeriodWorkingDays = StatementPeriodWorkingDays,
        HearingThresholdOrganisation = HearingThresholdOrganisation,
        HearingThresholdIndividual = HearingThresholdIndividual,
        DiscussionThresholdMultiplier = DiscussionThresholdMultiplier,
        DecisionLimitDays = DecisionLimitDays,
        DecisionExtensionDays = DecisionExtensionDays,
        ServiceWorkingDays = ServiceWorkingDays,
        PublicNoticeDays = PublicNoticeDays,
        PaymentDays = PaymentDays,
        SurchargeRatePerDay = SurchargeRatePerDay,
        DemandWaitWorkingDays = DemandWaitWorkingDays,
        PublicationWorkingDays = PublicationWorkingDays,
    };
}
