namespace CaseManagement.Domain.Penalties;

/// <summary>The fine a provision sets, resolved to a range once the facts of the case are known.</summary>
public abstract record FineModel
{
    /// <summary>The facts this model needs that <paramref name="facts"/> does not record.</summary>
    public abstract IReadOnlyList<PenaltyFact> MissingFacts(PenaltyFacts facts);

    /// <summary>The range for these facts; call only when <see cref="MissingFacts"/> is empty.</summary>
    public abstract ResolvedFine Resolve(PenaltyFacts facts);

    /// <summary>The model in the words of the provision, for screens and documents.</summary>
    public abstract string Description { get; }

    /// <summary>Whether the provision names only a maximum (“……元以下”).</summary>
    public virtual bool MaximumOnly => false;
}

/// <summary>A range with the tier of the provision it came from (e.g. “报告书，情节严重”).</summary>
public sealed record ResolvedFine(FineRange Range, string Tier);

/// <summary>
/// A percentage of the project's total investment (环境影响评价法第三十一条第一款：总投资额百分之一以上百分之五以下).
/// Amounts are in fen: the minimum is rounded up and the maximum down, so the range never leaves the statutory rates.
/// </summary>
public sealed record PercentOfInvestmentFine(decimal MinimumRate, decimal MaximumRate) : FineModel
{
    public override IReadOnlyList<PenaltyFact> MissingFacts(PenaltyFacts facts) =>
        facts.TotalInvestment is null ? [PenaltyFact.TotalInvestment] : [];

    public override ResolvedFine Resolve(PenaltyFacts facts)
    {
        var investment = facts.TotalInvestment ?? throw new InvalidOperationException("总投资额未认定");
        var minimum = Math.Ceiling(investment * MinimumRate * 100m) / 100m;
        var maximum = Math.Floor(investment * MaximumRate * 100m) / 100m;
        return new ResolvedFine(new FineRange(minimum, maximum),
            $"总投资额{LegalText.Money(investment)}的{LegalText.Percent(MinimumRate)}至{LegalText.Percent(MaximumRate)}");
    }

    public override string Description =>
        $"处建设项目总投资额{LegalText.Percent(MinimumRate)}以上{LegalText.Percent(MaximumRate)}以下的罚款";
}

/// <summary>
/// A fixed range, with the heavier tier for a party that does not correct where the provision has one
/// (建设项目环境保护管理条例第二十三条第一款“逾期不改正的”; 法典第一千一百条“拒不改正的”).
/// </summary>
public sealed record FixedRangeFine(FineRange General, FineRange? Uncorrected = null, string? UncorrectedLabel = null)
    : FineModel
{
    public override IReadOnlyList<PenaltyFact> MissingFacts(PenaltyFacts facts) => [];

    public override ResolvedFine Resolve(PenaltyFacts facts) =>
        facts.Uncorrected && Uncorrected is { } heavier
            ? new ResolvedFine(heavier, UncorrectedLabel ?? "拒不改正")
            : new ResolvedFine(General, "一般");

    public override string Description => Uncorrected is { } heavier
        ? $"处{LegalText.Range(General)}的罚款；{UncorrectedLabel ?? "拒不改正"}的，处{LegalText.Range(heavier)}的罚款"
        : $"处{LegalText.Range(General)}的罚款";
}

/// <summary>Tiers by the EIA document type and 情节严重 (法典第一千零九十五条第一款).</summary>
public sealed record EiaDocumentTieredFine(
    FineRange Report,
    FineRange ReportSerious,
    FineRange Form,
    FineRange FormSerious) : FineModel
{
    public override IReadOnlyList<PenaltyFact> MissingFacts(PenaltyFacts facts) =>
        facts.EiaDocument is null ? [PenaltyFact.EiaDocument] : [];

    public override ResolvedFine Resolve(PenaltyFacts facts) => (facts.EiaDocument, facts.Serious) switch
    {
        (EiaDocumentType.Report, false) => new ResolvedFine(Report, "报告书，一般"),
        (EiaDocumentType.Report, true) => new ResolvedFine(ReportSerious, "报告书，情节严重"),
        (EiaDocumentType.Form, false) => new ResolvedFine(Form, "报告表，一般"),
        (EiaDocumentType.Form, true) => new ResolvedFine(FormSerious, "报告表，情节严重"),
        _ => throw new InvalidOperationException("环境影响评价文件类型未认定"),
    };

    public override string Description =>
        $"报告书处{LegalText.Range(Report)}的罚款，情节严重的处{LegalText.Range(ReportSerious)}的罚款；" +
        $"报告表处{LegalText.Range(Form)}的罚款，情节严重的处{LegalText.Range(FormSerious)}的罚款";
}

/// <summary>Only a maximum (“处五万元以下的罚款”); whether the fine is optional is on the provision.</summary>
public sealed record MaximumOnlyFine(decimal Maximum) : FineModel
{
    public override IReadOnlyList<PenaltyFact> MissingFacts(PenaltyFacts facts) => [];

    public override ResolvedFine Resolve(PenaltyFacts facts) => new(new FineRange(0m, Maximum), "最高额");

    public override string Description => $"处{LegalText.Money(Maximum)}以下的罚款";

    public override bool MaximumOnly => true;
}
