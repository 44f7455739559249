using System.Globalization;

namespace CaseManagement.Domain.Penalties;

/// <summary>Chinese wording of dates, amounts and the citations the penalty rules share.</summary>
public static class LegalText
{
    public const string AdministrativePenaltyLaw = "中华人民共和国行政处罚法";
    public const string EcologicalEnvironmentCode = "中华人民共和国生态环境法典";
    public const string EnvironmentalProtectionLaw = "中华人民共和国环境保护法";
    public const string EiaLaw = "中华人民共和国环境影响评价法";
    public const string AirLaw = "中华人民共和国大气污染防治法";
    public const string WaterLaw = "中华人民共和国水污染防治法";
    public const string ConstructionProjectRegulation = "建设项目环境保护管理条例";

    /// <summary>法典第一千二百四十二条：本法自2026年8月15日起施行，同时废止环境保护法、环境影响评价法等十部法律.</summary>
    public static readonly DateOnly CodeInForce = new(2026, 8, 15);

    /// <summary>The last day the repealed laws were in force.</summary>
    public static readonly DateOnly RepealedLawsLastDay = CodeInForce.AddDays(-1);

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Cite(string law, string article) => $"《{law}》{article}";

    /// <summary>
    /// The 从旧兼从轻 rule cited by a decision made on <paramref name="decisionDate"/>: 行政处罚法第三十七条, and 法典第一千零五十七条
    /// only once the Code is in force (2026-08-15) — before that day it was not law.
    /// </summary>
    public static string RetroactivityPrinciple(DateOnly decisionDate) => decisionDate >= CodeInForce
        ? $"{Cite(AdministrativePenaltyLaw, "第三十七条")}、{Cite(EcologicalEnvironmentCode, "第一千零五十七条")}"
        : Cite(AdministrativePenaltyLaw, "第三十七条");

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>“85,000元”; fen only when there are any (“12,345.68元”).</summary>
    public static string Money(decimal yuan) =>
        (decimal.Truncate(yuan) == yuan ? yuan.ToString("#,0", Chinese) : yuan.ToString("#,0.00", Chinese)) + "元";

    public static string Range(FineRange range) => range.Minimum == 0m
        ? $"{Money(range.Maximum)}以下"
        : $"{Money(range.Minimum)}以上{Money(range.Maximum)}以下";

    public static string Percent(decimal rate) => (rate * 100m).ToString("0.##", Chinese) + "%";
}
