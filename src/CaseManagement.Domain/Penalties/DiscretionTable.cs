namespace CaseManagement.Domain.Penalties;

/// <summary>The factor families of the discretion benchmarks (广东、山东裁量规则第四条; LEGAL-REFERENCE.md §C.4).</summary>
public enum DiscretionFactor
{
    /// <summary>危害后果.</summary>
    Harm,

    /// <summary>主观过错.</summary>
    Fault,

    /// <summary>违法手段.</summary>
    Means,

    /// <summary>侵害对象.</summary>
    Object,

    /// <summary>初犯再犯.</summary>
    History,

    /// <summary>整改态度.</summary>
    Correction,
}

/// <summary>How the chosen grades' percentages become P.</summary>
public enum DiscretionCombination
{
    /// <summary>The mean of the factors' percentages (the seed).</summary>
    Average,

    /// <summary>The sum, capped at 100 % (广东权重累加模式，第六条).</summary>
    CappedSum,
}

/// <summary>How P becomes an amount.</summary>
public enum DiscretionFormula
{
    /// <summary>min + (max − min) × P; for a maximum-only provision that is max × P.</summary>
    MinimumPlusShareOfRange,

    /// <summary>max × P, then clamped to the range (广东权重累加模式).</summary>
    ShareOfMaximum,
}

/// <summary>One grade of a factor, light to heavy, with its percentage in [0, 1].</summary>
public sealed record DiscretionGrade(int Level, string Name, decimal Percentage);

/// <summary>The grade chosen for one factor in the calculator, saved with the proposal as the reasons for the amount.</summary>
public sealed record DiscretionChoice(DiscretionFactor Factor, int Level);

/// <summary>A factor and its grades.</summary>
public sealed record DiscretionFactorScale(DiscretionFactor Factor, string Name, IReadOnlyList<DiscretionGrade> Grades)
{
    /// <summary>The lightest grade: a factor that cannot be established takes it (广东裁量规则第五条).</summary>
    public DiscretionGrade Lightest => Grades.MinBy(g => g.Percentage) ?? throw new InvalidOperationException($"裁量因素“{Name}”没有等级");
}

/// <summary>
/// The configurable discretion table (DECISIONS.md §6). The exact MEE formula is not published in a text
/// we could read (环执法〔2019〕42号, LEGAL-REFERENCE.md §C.4), so the grades and their percentages are a
/// seed for the bureau to edit, not an official benchmark.
/// </summary>
public sealed record DiscretionTable(
    IReadOnlyList<DiscretionFactorScale> Factors,
    DiscretionCombination Combination = DiscretionCombination.Average,
    DiscretionFormula Formula = DiscretionFormula.MinimumPlusShareOfRange)
{
    public static DiscretionTable Default { get; } = new(
    [
        new(DiscretionFactor.Harm, "危害后果",
        [
            new(1, "未造成危害后果或者危害后果轻微", 0m),
            new(2, "造成一般危害后果", 0.4m),
            new(3, "造成较重危害后果", 0.7m),
            new(4, "造成严重危害后果", 1m),
        ]),
        new(DiscretionFactor.Fault, "主观过错",
        [
            new(1, "过失", 0m),
            new(2, "明知而放任", 0.5m),
            new(3, "故意", 1m),
        ]),
        new(DiscretionFactor.Means, "违法手段",
        [
            new(1, "一般手段", 0m),
            new(2, "隐蔽手段", 0.5m),
            new(3, "逃避监管或者弄虚作假", 1m),
        ]),
        new(DiscretionFactor.Object, "侵害对象",
        [
            new(1, "一般区域", 0m),
            new(2, "环境敏感区域或者人口密集区域", 0.5m),
            new(3, "饮用水水源保护区、生态保护红线等特别保护区域", 1m),
        ]),
        new(DiscretionFactor.History, "初犯再犯",
        [
            new(1, "初次违法", 0m),
            new(2, "曾因同类违法行为受到处罚", 0.5m),
            new(3, "多次实施违法行为被处罚", 1m),
        ]),
        new(DiscretionFactor.Correction, "整改态度",
        [
            new(1, "主动及时改正", 0m),
            new(2, "按照要求改正", 0.5m),
            new(3, "拒不改正", 1m),
        ]),
    ]);

    /// <summary>The grade of <paramref name="choice"/>, or null when the table has no such factor or level.</summary>
    public DiscretionGrade? GradeOf(DiscretionChoice choice) =>
        Factors.FirstOrDefault(f => f.Factor == choice.Factor)?.Grades.FirstOrDefault(g => g.Level == choice.Level);

    /// <summary>
    /// The chosen grades as the 裁量理由 of a document states them, in the table's order:
    /// “危害后果为造成一般危害后果，主观过错为过失”.
    /// </summary>
    public string Describe(IEnumerable<DiscretionChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var chosen = choices.ToList();
        return string.Join("，", Factors
            .Select(f => (f.Name, Grade: chosen.FirstOrDefault(c => c.Factor == f.Factor) is { } c ? GradeOf(c) : null))
            .Where(p => p.Grade is not null)
            .Select(p => $"{p.Name}为{p.Grade!.Name}"));
    }

    /// <summary>
    /// P ∈ [0, 1] from the chosen grade level of each factor. A factor not chosen takes its lightest grade;
    /// an unknown factor or level is refused.
    /// </summary>
    public decimal Percentage(IReadOnlyDictionary<DiscretionFactor, int> chosenLevels)
    {
        ArgumentNullException.ThrowIfNull(chosenLevels);
        if (Factors.Count == 0)
        {
            throw new InvalidOperationException("裁量因素表为空");
        }

        foreach (var factor in chosenLevels.Keys.Where(k => Factors.All(f => f.Factor != k)))
        {
            throw new PenaltyInputException($"裁量因素表中没有因素“{factor}”");
        }

        var percentages = Factors.Select(scale =>
        {
            if (!chosenLevels.TryGetValue(scale.Factor, out var level))
            {
                return scale.Lightest.Percentage;
            }

            return scale.Grades.FirstOrDefault(g => g.Level == level)?.Percentage
                ?? throw new PenaltyInputException($"裁量因素“{scale.Name}”没有第{level}级");
        }).ToArray();

        return Combination switch
        {
            DiscretionCombination.Average => percentages.Sum() / percentages.Length,
            DiscretionCombination.CappedSum => Math.Min(1m, percentages.Sum()),
            _ => throw new InvalidOperationException($"未知的组合方式{Combination}"),
        };
    }
}
