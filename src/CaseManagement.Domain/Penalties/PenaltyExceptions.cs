namespace CaseManagement.Domain.Penalties;

/// <summary>Bad input to a penalty calculation: the web layer answers 400 with <see cref="Exception.Message"/>.</summary>
public class PenaltyInputException(string message) : Exception(message);

/// <summary>The violation code is not in the catalogue.</summary>
public sealed class UnknownViolationException(string code)
    : PenaltyInputException($"未知的违法行为代码“{code}”，请从违法行为目录中选择")
{
    public string Code { get; } = code;
}

/// <summary>A provision that was considered needs a fact the case has not recorded.</summary>
public sealed class MissingPenaltyFactException : PenaltyInputException
{
    public MissingPenaltyFactException(IReadOnlyList<(PenaltyFact Fact, string Basis)> missing)
        : base(Describe(missing))
    {
        Facts = missing.Select(m => m.Fact).Distinct().ToArray();
    }

    public IReadOnlyList<PenaltyFact> Facts { get; }

    public static string NameOf(PenaltyFact fact) => fact switch
    {
        PenaltyFact.TotalInvestment => "建设项目总投资额",
        PenaltyFact.EiaDocument => "环境影响评价文件类型（报告书或报告表）",
        _ => fact.ToString(),
    };

    private static string Describe(IReadOnlyList<(PenaltyFact Fact, string Basis)> missing) =>
        "缺少计算罚款幅度所需的事实：" + string.Join("；", missing
            .GroupBy(m => m.Fact)
            .Select(g => $"{NameOf(g.Key)}（{string.Join("、", g.Select(m => m.Basis).Distinct())}据此确定罚款幅度）"));
}
