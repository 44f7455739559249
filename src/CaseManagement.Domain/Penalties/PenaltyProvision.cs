namespace CaseManagement.Domain.Penalties;

/// <summary>
/// One penalty provision as data with its validity period (DECISIONS.md §5): the law in force on the
/// day of the act applies, so a provision is never a constant.
/// </summary>
/// <param name="Basis">The full citation, e.g. 《中华人民共和国环境影响评价法》第三十一条第一款.</param>
/// <param name="LawName">The law or regulation, without book-title marks.</param>
/// <param name="ValidFrom">First day in force.</param>
/// <param name="ValidTo">Last day in force; null while in force.</param>
/// <param name="Fine">How the fine range is set.</param>
/// <param name="OptionalFine">“可以处” (true) rather than “处” (false): a fine may be left out.</param>
/// <param name="ResponsiblePersonFine">The fine on the directly responsible persons, where the provision sets one.</param>
/// <param name="Orders">Orders and measures the provision also provides (责令停止建设, 恢复原状 …).</param>
/// <param name="DailyPenaltyLinks">Where 按日连续处罚 attaches to this violation.</param>
/// <param name="DetentionLinks">Where a transfer to 公安 for 行政拘留 attaches to this violation.</param>
/// <param name="Remarks">Interpretation notes shown beside the provision.</param>
/// <param name="OtherSanctions">
/// The sanctions besides the fine that the provision itself allows, with their conditions (行政处罚法第三十八条第一款:
/// a penalty without a legal basis is void). A sanction not listed here is refused.
/// </param>
public sealed record PenaltyProvision(
    string Basis,
    string LawName,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    FineModel Fine,
    bool OptionalFine,
    FineRange? ResponsiblePersonFine,
    IReadOnlyList<string> Orders,
    IReadOnlyList<string> DailyPenaltyLinks,
    IReadOnlyList<string> DetentionLinks,
    string? Remarks = null,
    IReadOnlyList<SanctionRule>? OtherSanctions = null)
{
    public bool IsInForceOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    /// <summary>The sanctions besides the fine this provision allows (none when it provides only a fine).</summary>
    public IReadOnlyList<SanctionRule> SanctionRules => OtherSanctions ?? [];

    /// <summary>The rule for one sanction, or null when the provision does not provide it.</summary>
    public SanctionRule? RuleFor(CaseManagement.Domain.Cases.Sanctions sanction) =>
        SanctionRules.FirstOrDefault(r => (r.Sanction & sanction) == sanction);
}

/// <summary>
/// A sanction a provision allows besides the fine, and when: e.g. 大气污染防治法第九十九条 “情节严重的，报经有批准权的
/// 人民政府批准，责令停业、关闭”. Detention is never one: it is imposed by the public security organ on transfer
/// (<see cref="PenaltyProvision.DetentionLinks"/>).
/// </summary>
/// <param name="Sanction">The sanction (one or more flags with the same conditions).</param>
/// <param name="OnlyWhenSerious">Only when 情节严重 (or 造成重大环境污染、生态破坏) has been found.</param>
/// <param name="NeedsGovernmentApproval">Only with the approval of the people's government that has the power (报经有批准权的人民政府批准).</param>
/// <param name="Words">The provision's own words for it, quoted in a refusal.</param>
public sealed record SanctionRule(
    CaseManagement.Domain.Cases.Sanctions Sanction,
    bool OnlyWhenSerious,
    bool NeedsGovernmentApproval,
    string Words);

/// <summary>A catalogued violation and every provision that has punished it.</summary>
/// <param name="Code">Stable code used in the API and the database, e.g. EiaUnapprovedConstruction.</param>
/// <param name="Name">违法行为, e.g. 未批先建.</param>
/// <param name="Provisions">All provisions, in force or repealed.</param>
/// <param name="LimitationStartsOn">When the limitation period starts for this act, in words.</param>
public sealed record Violation(
    string Code,
    string Name,
    IReadOnlyList<PenaltyProvision> Provisions,
    string LimitationStartsOn = "违法行为发生之日；有连续或者继续状态的，自行为终了之日")
{
    public IReadOnlyList<PenaltyProvision> InForceOn(DateOnly day) =>
        Provisions.Where(p => p.IsInForceOn(day)).ToArray();
}
