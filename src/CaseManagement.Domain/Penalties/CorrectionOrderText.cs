namespace CaseManagement.Domain.Penalties;

/// <summary>
/// The legal text of a 责令改正违法行为决定书: the order the violation's own provision gives (e.g. 法典第一千零九十五条第一款
/// 责令停止建设; 第一千一百零七条 责令改正、限制生产、停产整治), and the warning of 按日连续处罚 only where the provision
/// carries one (法典第一千零六十条 from 2026-08-15; 环境保护法第五十九条 before).
/// </summary>
public static class CorrectionOrderText
{
    /// <summary>The provision in force on the day of the order: the order is a present measure against the violation.</summary>
    public static PenaltyProvision? ProvisionOn(ViolationCatalogue catalogue, string violationCode, DateOnly orderedOn)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (!catalogue.TryGet(violationCode, out var violation))
        {
            return null;
        }

        var inForce = violation.InForceOn(orderedOn);
        return inForce.FirstOrDefault(p => p.LawName == (orderedOn >= LegalText.CodeInForce ? LegalText.EcologicalEnvironmentCode : p.LawName))
            ?? inForce.FirstOrDefault();
    }

    /// <summary>“《…》第…条（责令…）、《中华人民共和国行政处罚法》第二十八条第一款”, or the general article alone.</summary>
    public static string Basis(ViolationCatalogue catalogue, string violationCode, DateOnly orderedOn)
    {
        var general = LegalText.Cite(LegalText.AdministrativePenaltyLaw, "第二十八条第一款");
        if (ProvisionOn(catalogue, violationCode, orderedOn) is not { } provision)
        {
            return general;
        }

        // The orders the provision itself gives; the heavier measures for serious cases need the government's approval.
        var orders = provision.Orders.Where(o => !o.StartsWith("情节严重", StringComparison.Ordinal)
            && !o.StartsWith("造成重大", StringComparison.Ordinal) && !o.StartsWith("对直接", StringComparison.Ordinal)).ToList();
        return orders.Count == 0
            ? $"{provision.Basis}、{general}"
            : $"{provision.Basis}（{string.Join("，", orders)}）、{general}";
    }

    /// <summary>The 按日连续处罚 warning, or null for a violation it does not apply to (未批先建, 登记表, 未验先投).</summary>
    public static string? DailyPenaltyWarning(ViolationCatalogue catalogue, string violationCode, DateOnly orderedOn)
    {
        if (ProvisionOn(catalogue, violationCode, orderedOn) is not { DailyPenaltyLinks.Count: > 0 })
        {
            return null;
        }

        var basis = orderedOn >= LegalText.CodeInForce ? DailyPenalty.CodeBasis : DailyPenalty.EnvironmentalProtectionLawBasis;
        return $"你（单位）拒不改正的，本机关将依法自责令改正之日的次日起，按照原罚款数额按日连续处罚（{basis}）。";
    }
}
