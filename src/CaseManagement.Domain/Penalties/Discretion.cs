namespace CaseManagement.Domain.Penalties;

/// <summary>A recommended fine and how it was reached.</summary>
public sealed record DiscretionResult(decimal Percentage, decimal Computed, decimal Recommended, bool Clamped, string Explanation);

/// <summary>A fine the decision-maker settles on, checked against the statutory range.</summary>
public sealed record FineDecision(decimal Amount, bool Mitigated, string? MitigationGround, string? MitigationBasis);

/// <summary>
/// 自由裁量 (DECISIONS.md §6; LEGAL-REFERENCE.md §C.4): the recommendation stays inside the statutory range;
/// only a recorded 减轻 with its legal ground goes below the minimum (行政处罚法第三十二条; 法典第一千零五十六条第二款),
/// and nothing goes above the maximum.
/// </summary>
public static class Discretion
{
    /// <summary>The recommendation for the grades chosen in <paramref name="table"/>.</summary>
    public static DiscretionResult Recommend(FineRange range, DiscretionTable table, IReadOnlyDictionary<DiscretionFactor, int> chosenLevels)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Recommend(range, table.Percentage(chosenLevels), table.Formula);
    }

    /// <summary>
    /// min + (max − min) × P (max × P for a maximum-only range, whose minimum is zero), or max × P under
    /// <see cref="DiscretionFormula.ShareOfMaximum"/>; rounded half away from zero to whole yuan
    /// (四舍五入到元), then clamped to [min, max] so rounding or the formula never leaves the range.
    /// </summary>
    public static DiscretionResult Recommend(FineRange range, decimal percentage, DiscretionFormula formula = DiscretionFormula.MinimumPlusShareOfRange)
    {
        if (percentage is < 0m or > 1m)
        {
            throw new PenaltyInputException("裁量百分比应在0至100%之间");
        }

        var computed = formula switch
        {
            DiscretionFormula.MinimumPlusShareOfRange => range.Minimum + ((range.Maximum - range.Minimum) * percentage),
            DiscretionFormula.ShareOfMaximum => range.Maximum * percentage,
            _ => throw new ArgumentOutOfRangeException(nameof(formula)),
        };
        var rounded = Math.Round(computed, 0, MidpointRounding.AwayFromZero);
        var recommended = Math.Clamp(rounded, range.Minimum, range.Maximum);
        var clamped = recommended != rounded;

        var how = formula == DiscretionFormula.ShareOfMaximum
            ? $"{LegalText.Money(range.Maximum)}×{LegalText.Percent(Math.Round(percentage, 4))}"
            : $"{LegalText.Money(range.Minimum)}+（{LegalText.Money(range.Maximum)}−{LegalText.Money(range.Minimum)}）×{LegalText.Percent(Math.Round(percentage, 4))}";
        var explanation = $"法定幅度{LegalText.Range(range)}，裁量百分比{LegalText.Percent(Math.Round(percentage, 4))}，{how}＝{LegalText.Money(rounded)}" +
            (clamped ? $"，超出法定幅度，按法定{(recommended == range.Minimum ? "最低额" : "最高额")}{LegalText.Money(recommended)}建议" : $"，建议罚款{LegalText.Money(recommended)}");
        return new DiscretionResult(percentage, computed, recommended, clamped, explanation);
    }

    /// <summary>
    /// Checks the fine decided on. Above the maximum is always refused; below the minimum only with a
    /// 减轻 ground (行政处罚法第三十二条; from 2026-08-15 also 法典第一千零五十六条第二款).
    /// </summary>
    public static FineDecision Decide(FineRange range, decimal amount, DateOnly decisionDate, string? mitigationGround = null)
    {
        if (amount < 0m)
        {
            throw new PenaltyInputException("罚款数额不得为负数");
        }

        if (amount > range.Maximum)
        {
            throw new PenaltyInputException($"罚款{LegalText.Money(amount)}超过法定最高额{LegalText.Money(range.Maximum)}");
        }

        if (amount >= range.Minimum)
        {
            return new FineDecision(amount, Mitigated: false, MitigationGround: null, MitigationBasis: null);
        }

        if (string.IsNullOrWhiteSpace(mitigationGround))
        {
            throw new PenaltyInputException(
                $"罚款{LegalText.Money(amount)}低于法定最低额{LegalText.Money(range.Minimum)}，须记录减轻处罚的法定情形（《中华人民共和国行政处罚法》第三十二条）");
        }

        var basis = decisionDate >= LegalText.CodeInForce
            ? $"{LegalText.Cite(LegalText.AdministrativePenaltyLaw, "第三十二条")}、{LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零五十六条第二款")}"
            : LegalText.Cite(LegalText.AdministrativePenaltyLaw, "第三十二条");
        return new FineDecision(amount, Mitigated: true, mitigationGround.Trim(), basis);
    }
}
