namespace CaseManagement.Domain.Penalties;

/// <summary>The amount of one 按日连续处罚 decision.</summary>
public sealed record DailyPenaltyResult(
    decimal OriginalFine,
    DateOnly FirstDay,
    DateOnly LastDay,
    int Days,
    decimal Amount,
    string Basis);

/// <summary>
/// 按日连续处罚 (法典第一千零六十条第一款 from 2026-08-15; 环境保护法第五十九条第一款 before): the original
/// fine for every day from the day after the correction order was served to the day the re-inspection
/// found the violation, both included (环境保护主管部门实施按日连续处罚办法, 令第28号, Arts. 17, 19).
/// </summary>
public static class DailyPenalty
{
    public static readonly string CodeBasis = LegalText.Cite(LegalText.EcologicalEnvironmentCode, "第一千零六十条第一款");
    public static readonly string EnvironmentalProtectionLawBasis = LegalText.Cite(LegalText.EnvironmentalProtectionLaw, "第五十九条第一款");

    /// <summary>
    /// Repeated refusals are separate decisions, each with its own order and re-inspection; their amounts add up.
    /// The law of the re-inspection day governs, as the refusal to correct continued until then.
    /// </summary>
    public static DailyPenaltyResult Calculate(decimal originalFine, DateOnly correctionOrderServedOn, DateOnly reinspectionFoundOn)
    {
        if (originalFine <= 0m)
        {
            throw new PenaltyInputException("按日连续处罚须以原罚款数额为基数，原罚款数额应大于零");
        }

        if (reinspectionFoundOn <= correctionOrderServedOn)
        {
            throw new PenaltyInputException("复查发现违法行为的日期应晚于责令改正决定书送达之日");
        }

        // 自责令改正之日的次日起计算，至复查发现违法行为之日止（含当日）。
        var firstDay = correctionOrderServedOn.AddDays(1);
        var days = reinspectionFoundOn.DayNumber - correctionOrderServedOn.DayNumber;
        var basis = reinspectionFoundOn >= LegalText.CodeInForce ? CodeBasis : EnvironmentalProtectionLawBasis;
        return new DailyPenaltyResult(originalFine, firstDay, reinspectionFoundOn, days, originalFine * days, basis);
    }
}
