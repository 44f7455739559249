namespace CaseManagement.Domain.Penalties;

/// <summary>
/// 处罚时效: a violation discovered after <see cref="LastDay"/> is no longer penalised.
/// Acts ending from 2026-08-15 follow 法典第一千零五十四条第一款 (5 years with polluting or
/// ecological-damage consequences, else 2); earlier acts follow 行政处罚法第三十六条 (2 years; 5 where
/// citizens' life, health or financial security is involved and harm resulted).
/// </summary>
/// <remarks>
/// The period runs from the end of the act (for 未批先建, the day construction ended). Per 民法典第二百零一条、
/// 第二百零二条 the start day is not counted and the period ends on the corresponding day of the last
/// year (28 February when 29 February has none). The last day does not roll over to a working day:
/// discovery is an act of the agency, not a step a party must take within a period.
/// </remarks>
public sealed record LimitationPeriod(DateOnly ActEndDate, int Years, DateOnly LastDay, string Basis, string Reason)
{
    public static readonly string CodeBasis = LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零五十四条第一款");
    public static readonly string PenaltyLawBasis = LegalText.Cite(LegalText.AdministrativePenaltyLaw, "第三十六条");

    /// <param name="actEndDate">The day the act happened or, for a continuing act, ended.</param>
    /// <param name="hasPollutionOrEcologicalConsequences">造成环境污染、生态破坏等危害后果 (法典第一千零五十四条).</param>
    /// <param name="involvesLifeHealthOrFinancialSecurityWithHarm">涉及公民生命健康安全、金融安全且有危害后果 (行政处罚法第三十六条), for acts before the Code.</param>
    public static LimitationPeriod For(
        DateOnly actEndDate,
        bool hasPollutionOrEcologicalConsequences,
        bool involvesLifeHealthOrFinancialSecurityWithHarm = false)
    {
        var from = $"自{LegalText.Date(actEndDate)}（违法行为发生或者终了之日）起计算";
        if (actEndDate >= LegalText.CodeInForce)
        {
            var years = hasPollutionOrEcologicalConsequences ? 5 : 2;
            var lastDay = actEndDate.AddYears(years);
            var why = hasPollutionOrEcologicalConsequences
                ? "造成环境污染、生态破坏等危害后果的违法行为，五年内被发现的应当给予行政处罚"
                : "没有造成环境污染、生态破坏等危害后果的违法行为，二年内被发现的应当给予行政处罚";
            return new LimitationPeriod(actEndDate, years, lastDay, CodeBasis,
                $"依照{CodeBasis}，{why}；{from}，至{LegalText.Date(lastDay)}届满。");
        }

        // 法典第一千零五十四条能否适用于施行前终了的行为没有明文（CODE-2026.md §4），按行为时的行政处罚法计算。
        var oldYears = involvesLifeHealthOrFinancialSecurityWithHarm ? 5 : 2;
        var oldLastDay = actEndDate.AddYears(oldYears);
        var oldWhy = involvesLifeHealthOrFinancialSecurityWithHarm
            ? "违法行为涉及公民生命健康安全、金融安全且有危害后果，期限为五年"
            : "违法行为在二年内未被发现的，不再给予行政处罚";
        return new LimitationPeriod(actEndDate, oldYears, oldLastDay, PenaltyLawBasis,
            $"违法行为终了于生态环境法典施行（{LegalText.Date(LegalText.CodeInForce)}）之前，依照{PenaltyLawBasis}，{oldWhy}；{from}，至{LegalText.Date(oldLastDay)}届满。");
    }

    /// <summary>Whether a violation discovered on <paramref name="discoveredOn"/> can no longer be penalised.</summary>
    public bool IsExpired(DateOnly discoveredOn) => discoveredOn > LastDay;
}
