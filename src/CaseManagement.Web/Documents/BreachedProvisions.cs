using CaseManagement.Domain.Penalties;

namespace CaseManagement.Web.Documents;

/// <summary>
/// The obligation a catalogued violation breaches (“违反了……的规定”), as distinct from the penalty
/// provision the catalogue holds. The act is judged by the law in force on the day of the act
/// (行政处罚法第三十七条), so the breached provision follows the act date, not the decision date.
/// Sources: CODE-2026.md §3 (义务条款 of the 法典) and the repealed laws it maps.
/// </summary>
public static class BreachedProvisions
{
    private static readonly Dictionary<string, (string Old, string Code)> Table = new(StringComparer.Ordinal)
    {
        // 环境影响评价法第二十五条：环评文件未经批准的，建设单位不得开工建设；法典第八十三条第二款、第一百零七条。
        [ViolationCatalogue.EiaUnapprovedConstruction] = (
            LegalText.Cite(LegalText.EiaLaw, "第二十五条"),
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第八十三条第二款、第一百零七条")),
        // 环境影响评价法第二十二条第四款：环境影响登记表实行备案管理；法典第一百零二条第三款。
        [ViolationCatalogue.EiaRegistrationNotFiled] = (
            LegalText.Cite(LegalText.EiaLaw, "第二十二条第四款"),
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一百零二条第三款")),
        // 建设项目环境保护管理条例第十九条：环境保护设施经验收合格，方可投入生产或者使用；法典第一百六十二条第二款。
        [ViolationCatalogue.AcceptanceNotCompleted] = (
            LegalText.Cite(LegalText.ConstructionProjectRegulation, "第十九条第一款"),
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一百六十二条第二款")),
        // 大气污染防治法第十八条：排放大气污染物应当符合排放标准；法典第一百五十一条。
        [ViolationCatalogue.AirEmissionExceedance] = (
            LegalText.Cite(LegalText.AirLaw, "第十八条"),
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一百五十一条")),
        // 水污染防治法第十条：排放水污染物不得超过排放标准；法典第一百五十一条。
        [ViolationCatalogue.WaterDischargeExceedance] = (
            LegalText.Cite(LegalText.WaterLaw, "第十条"),
            LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一百五十一条")),
    };

    /// <summary>The breached provision for the act day, or null when the violation is not catalogued.</summary>
    public static string? For(string violationCode, DateOnly? actDate)
    {
        if (!Table.TryGetValue(violationCode, out var provisions))
        {
            return null;
        }

        return actDate is { } day && day >= LegalText.CodeInForce ? provisions.Code : provisions.Old;
    }
}
