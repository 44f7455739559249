namespace CaseManagement.Domain.Penalties;

/// <summary>The question “what fine range applies to this act, decided on this day?”.</summary>
/// <param name="ViolationCode">A catalogue code, e.g. EiaUnapprovedConstruction.</param>
/// <param name="ActDate">The day the act happened (or began, for a continuing act).</param>
/// <param name="DecisionDate">The day the penalty decision is (to be) made.</param>
/// <param name="Facts">The findings that set the range.</param>
/// <param name="ActEndDate">The day a continuing act ended; it then decides the law (行政处罚法第三十七条; 法典第一千零五十七条).</param>
/// <param name="PreferredBasis">Choose among provisions in force together on that day (e.g. 条例第二十三条 beside 法典第一千一百条).</param>
public sealed record PenaltyRangeQuery(
    string ViolationCode,
    DateOnly ActDate,
    DateOnly DecisionDate,
    PenaltyFacts Facts,
    DateOnly? ActEndDate = null,
    string? PreferredBasis = null)
{
    /// <summary>The day whose law governs: the end of a continuing act, else the act day.</summary>
    public DateOnly GoverningDate => ActEndDate ?? ActDate;
}

/// <summary>A provision that was weighed against the applied one.</summary>
public sealed record ComparedProvision(
    string Basis,
    decimal Minimum,
    decimal Maximum,
    bool OptionalFine,
    string Tier,
    SeverityComparison AgainstApplied,
    PenaltyProvision Provision);

/// <summary>The applicable range, the provisions compared and the reason, ready for the checklist and the decision.</summary>
public sealed record PenaltyRangeResult(
    string ViolationCode,
    string ViolationName,
    decimal Minimum,
    decimal Maximum,
    bool OptionalFine,
    string Basis,
    string Tier,
    PenaltyProvision Provision,
    FineRange? ResponsiblePersonFine,
    DateOnly GoverningDate,
    bool LighterNewLawApplied,
    IReadOnlyList<ComparedProvision> Compared,
    IReadOnlyList<PenaltyProvision> Alternatives,
    string Reason)
{
    public FineRange Range => new(Minimum, Maximum);

    /// <summary>Whether the provision names only a maximum (discretion then takes max × P).</summary>
    public bool MaximumOnly => Provision.Fine.MaximumOnly;
}

/// <summary>How one provision weighs against another (DECISIONS.md §5: maximum first, then minimum, then “可以处”).</summary>
public enum SeverityComparison
{
    HeavierByMaximum,
    HeavierByMinimum,
    HeavierByMandatoryFine,
    Equal,
    LighterByOptionalFine,
    LighterByMinimum,
    LighterByMaximum,
}

/// <summary>
/// Penalty ranges under the law in force on the day of the act, with 从旧兼从轻
/// (行政处罚法第三十七条; 法典第一千零五十七条; DECISIONS.md §5).
/// </summary>
public sealed class PenaltyRangeCalculator(ViolationCatalogue catalogue)
{
    public PenaltyRangeCalculator()
        : this(ViolationCatalogue.Default)
    {
    }

    public ViolationCatalogue Catalogue { get; } = catalogue;

    /// <summary>
    /// Compares <paramref name="candidate"/> with <paramref name="reference"/> by analogy with the
    /// criminal-law rule: the lower statutory maximum is lighter; on a tie the lower minimum; on a tie
    /// an optional fine (“可以处”) is lighter than a mandatory one (“处”).
    /// </summary>
    public static SeverityComparison Compare(FineRange candidate, bool candidateOptional, FineRange reference, bool referenceOptional)
    {
        if (candidate.Maximum != reference.Maximum)
        {
            return candidate.Maximum < reference.Maximum ? SeverityComparison.LighterByMaximum : SeverityComparison.HeavierByMaximum;
        }

        if (candidate.Minimum != reference.Minimum)
        {
            return candidate.Minimum < reference.Minimum ? SeverityComparison.LighterByMinimum : SeverityComparison.HeavierByMinimum;
        }

        if (candidateOptional != referenceOptional)
        {
            return candidateOptional ? SeverityComparison.LighterByOptionalFine : SeverityComparison.HeavierByMandatoryFine;
        }

        return SeverityComparison.Equal;
    }

    public static bool IsLighter(SeverityComparison comparison) => comparison > SeverityComparison.Equal;

    public PenaltyRangeResult Calculate(
        string violationCode,
        DateOnly actDate,
        DateOnly decisionDate,
        PenaltyFacts facts,
        DateOnly? actEndDate = null,
        string? preferredBasis = null) =>
        Calculate(new PenaltyRangeQuery(violationCode, actDate, decisionDate, facts, actEndDate, preferredBasis));

    public PenaltyRangeResult Calculate(PenaltyRangeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var violation = Catalogue.Get(query.ViolationCode);
        Validate(query);
        var governing = query.GoverningDate;

        var inForce = violation.InForceOn(governing);
        if (inForce.Count == 0)
        {
            throw new PenaltyInputException(
                $"违法行为目录中没有{LegalText.Date(governing)}施行的“{violation.Name}”处罚依据");
        }

        var actDayProvision = Choose(inForce, query.PreferredBasis, governing);

        // 从旧兼从轻只比较违法行为发生后才施行的规定：行为时已有效的规定不是“新的规定”。
        var newer = violation.InForceOn(query.DecisionDate).Where(p => p.ValidFrom > governing).ToArray();

        RequireFacts([actDayProvision, .. newer], query.Facts);

        var actDayFine = actDayProvision.Fine.Resolve(query.Facts);
        var alternatives = inForce.Where(p => p != actDayProvision).ToArray();

        if (newer.Length == 0)
        {
            return new PenaltyRangeResult(
                violation.Code, violation.Name, actDayFine.Range.Minimum, actDayFine.Range.Maximum, actDayProvision.OptionalFine,
                actDayProvision.Basis, actDayFine.Tier, actDayProvision, actDayProvision.ResponsiblePersonFine, governing,
                LighterNewLawApplied: false, Compared: [], alternatives,
                Opening(query, actDayProvision, actDayFine) + "；作出处罚决定时没有在违法行为发生后施行的新规定，无需新旧比较" +
                Alternatives(alternatives) + "。");
        }

        var weighed = newer
            .Select(p => (Provision: p, Fine: p.Fine.Resolve(query.Facts)))
            .Select(n => (n.Provision, n.Fine, Against: Compare(n.Fine.Range, n.Provision.OptionalFine, actDayFine.Range, actDayProvision.OptionalFine)))
            .ToArray();

        var lightest = weighed
            .OrderBy(n => n.Fine.Range.Maximum)
            .ThenBy(n => n.Fine.Range.Minimum)
            .ThenByDescending(n => n.Provision.OptionalFine)
            .First();

        var newApplies = IsLighter(lightest.Against);
        var principle = Principle(query.DecisionDate);
        var comparison =
            $"；作出处罚决定时（{LegalText.Date(query.DecisionDate)}）{lightest.Provision.Basis}已施行" +
            $"（{lightest.Fine.Tier}：{FineWords(lightest.Fine.Range, lightest.Provision.OptionalFine)}），" +
            "按最高额、最低额、是否可以处罚款比较，" + Verdict(lightest.Against) +
            $"，依照从旧兼从轻原则适用{(newApplies ? "新规定" : "旧规定")}（{principle}）";

        if (!newApplies)
        {
            var compared = weighed.Select(n => new ComparedProvision(
                n.Provision.Basis, n.Fine.Range.Minimum, n.Fine.Range.Maximum, n.Provision.OptionalFine, n.Fine.Tier, n.Against, n.Provision));
            return new PenaltyRangeResult(
                violation.Code, violation.Name, actDayFine.Range.Minimum, actDayFine.Range.Maximum, actDayProvision.OptionalFine,
                actDayProvision.Basis, actDayFine.Tier, actDayProvision, actDayProvision.ResponsiblePersonFine, governing,
                LighterNewLawApplied: false, compared.ToArray(), alternatives,
                Opening(query, actDayProvision, actDayFine) + comparison + Alternatives(alternatives) + "。");
        }

        // 新规定较轻：适用新规定，旧规定与其余新规定列为比较对象。
        var others = weighed.Where(n => n.Provision != lightest.Provision)
            .Select(n => (n.Provision, n.Fine))
            .Prepend((Provision: actDayProvision, Fine: actDayFine))
            .Select(o => new ComparedProvision(
                o.Provision.Basis, o.Fine.Range.Minimum, o.Fine.Range.Maximum, o.Provision.OptionalFine, o.Fine.Tier,
                Compare(o.Fine.Range, o.Provision.OptionalFine, lightest.Fine.Range, lightest.Provision.OptionalFine), o.Provision))
            .ToArray();
        return new PenaltyRangeResult(
            violation.Code, violation.Name, lightest.Fine.Range.Minimum, lightest.Fine.Range.Maximum, lightest.Provision.OptionalFine,
            lightest.Provision.Basis, lightest.Fine.Tier, lightest.Provision, lightest.Provision.ResponsiblePersonFine, governing,
            LighterNewLawApplied: true, others, Alternatives: [],
            Opening(query, actDayProvision, actDayFine, superseded: true) + comparison + "。");
    }

    private static void Validate(PenaltyRangeQuery query)
    {
        if (query.ActEndDate is { } end && end < query.ActDate)
        {
            throw new PenaltyInputException("违法行为终了日期不得早于违法行为发生日期");
        }

        if (query.DecisionDate < query.GoverningDate)
        {
            throw new PenaltyInputException(query.ActEndDate is null
                ? "作出处罚决定的日期不得早于违法行为发生日期"
                : "作出处罚决定的日期不得早于违法行为终了日期");
        }

        if (query.Facts.TotalInvestment is < 0m)
        {
            throw new PenaltyInputException("建设项目总投资额不得为负数");
        }
    }

    private static PenaltyProvision Choose(IReadOnlyList<PenaltyProvision> inForce, string? preferredBasis, DateOnly governing)
    {
        if (!string.IsNullOrWhiteSpace(preferredBasis))
        {
            return inForce.FirstOrDefault(p => string.Equals(p.Basis, preferredBasis.Trim(), StringComparison.Ordinal))
                ?? throw new PenaltyInputException($"所选处罚依据{preferredBasis}在{LegalText.Date(governing)}不是该违法行为的有效依据");
        }

        // 同日有效的多个依据（如条例第二十三条与法典第一千一百条）默认取最新施行的一个，其余列为可选依据。
        return inForce.OrderByDescending(p => p.ValidFrom).First();
    }

    private static void RequireFacts(IEnumerable<PenaltyProvision> provisions, PenaltyFacts facts)
    {
        var missing = provisions
            .SelectMany(p => p.Fine.MissingFacts(facts).Select(f => (Fact: f, p.Basis)))
            .ToArray();
        if (missing.Length > 0)
        {
            throw new MissingPenaltyFactException(missing);
        }
    }

    private static string Opening(PenaltyRangeQuery query, PenaltyProvision provision, ResolvedFine fine, bool superseded = false)
    {
        var when = query.ActEndDate is { } end && end != query.ActDate
            ? $"违法行为自{LegalText.Date(query.ActDate)}持续至{LegalText.Date(end)}，以行为终了之日为准"
            : $"违法行为发生于{LegalText.Date(query.GoverningDate)}";
        return $"{when}，{(superseded ? "依行为时的规定应适用" : "适用")}{provision.Basis}（{fine.Tier}：{FineWords(fine.Range, provision.OptionalFine)}）";
    }

    private static string FineWords(FineRange range, bool optional) =>
        $"{(optional ? "可以处" : "处")}{LegalText.Range(range)}的罚款";

    private static string Verdict(SeverityComparison comparison) => comparison switch
    {
        SeverityComparison.LighterByMaximum => "新规定最高额较低，处罚较轻",
        SeverityComparison.LighterByMinimum => "新规定最高额相同、最低额较低，处罚较轻",
        SeverityComparison.LighterByOptionalFine => "新规定罚款幅度相同且为“可以处”罚款，处罚较轻",
        SeverityComparison.Equal => "新规定与旧规定轻重相同，新规定不轻于旧规定",
        SeverityComparison.HeavierByMaximum => "新规定最高额较高，新规定不轻于旧规定",
        SeverityComparison.HeavierByMinimum => "新规定最高额相同、最低额较高，新规定不轻于旧规定",
        SeverityComparison.HeavierByMandatoryFine => "新规定为“处”罚款而旧规定为“可以处”，新规定不轻于旧规定",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
    };

    private static string Principle(DateOnly decisionDate) => LegalText.RetroactivityPrinciple(decisionDate);

    private static string Alternatives(IReadOnlyList<PenaltyProvision> alternatives) => alternatives.Count == 0
        ? string.Empty
        : $"；{string.Join("、", alternatives.Select(a => a.Basis))}同时有效，可以选择适用";
}
