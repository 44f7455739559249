namespace CaseManagement.Domain.Penalties;

/// <summary>The EIA document the project needed (法典第一千零九十五条第一款 sets its fine tiers by it).</summary>
public enum EiaDocumentType
{
    /// <summary>环境影响报告书.</summary>
    Report,

    /// <summary>环境影响报告表.</summary>
    Form,
}

/// <summary>The facts found in the case that decide the fine range.</summary>
/// <param name="TotalInvestment">建设项目总投资额, in yuan (环境影响评价法第三十一条第一款).</param>
/// <param name="EiaDocument">报告书 or 报告表 (法典第一千零九十五条第一款).</param>
/// <param name="Serious">情节严重.</param>
/// <param name="Uncorrected">逾期不改正 / 拒不改正 (建设项目环境保护管理条例第二十三条第一款; 法典第一千一百条).</param>
public sealed record PenaltyFacts(
    decimal? TotalInvestment = null,
    EiaDocumentType? EiaDocument = null,
    bool Serious = false,
    bool Uncorrected = false)
{
    public static PenaltyFacts None { get; } = new();
}

/// <summary>A fact a provision needs to compute its range; the names are the query parameter names.</summary>
public enum PenaltyFact
{
    TotalInvestment,
    EiaDocument,
}
