using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Cases;

/// <summary>
/// The statutory fine range of a case on a given decision day, or why it cannot be computed yet (no act date,
/// a fact the provision needs not found, a violation not in the catalogue).
/// </summary>
public sealed record StatutoryRangeCheck(PenaltyRangeResult? Range, string? Problem);

// DECISIONS.md §6: the statutory minimum and maximum are never crossed except by a recorded 减轻 with its legal
// ground (行政处罚法第三十二条; 法典第一千零五十六条第二款). The range is that of the law of the day of the act,
// with 从旧兼从轻 (行政处罚法第三十七条; 法典第一千零五十七条) — both in PenaltyRangeCalculator.
public sealed partial class PenaltyCase
{
    private static readonly PenaltyRangeCalculator RangeCalculator = new(ViolationCatalogue.Default);

    /// <summary>The findings recorded at 调查终结 (or revised with a new notice) that set the fine range.</summary>
    public FineFindings FineFindings => new(EiaDocument, SeriousCircumstances, Uncorrected);

    /// <summary>环境影响评价文件类型 found (法典第一千零九十五条第一款 sets its tiers by it).</summary>
    public EiaDocumentType? EiaDocument { get; private set; }

    /// <summary>情节严重 found.</summary>
    public bool SeriousCircumstances { get; private set; }

    /// <summary>逾期不改正 / 拒不改正 found (条例第二十三条第一款; 法典第一千一百条).</summary>
    public bool Uncorrected { get; private set; }

    /// <summary>
    /// The statutory range for a decision made on the decision day of the case, or today while undecided;
    /// <see cref="StatutoryRangeCheck.Problem"/> says what is missing when it cannot be computed.
    /// </summary>
    public StatutoryRangeCheck StatutoryRange(CaseClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return StatutoryRangeOn(Decision?.DecidedOn ?? clock.Today);
    }

    /// <summary>The statutory range for a decision made on <paramref name="decisionDay"/>, from the case's own findings.</summary>
    public StatutoryRangeCheck StatutoryRangeOn(DateOnly decisionDay) =>
        RangeFor(ViolationCode, ActDate, Max(decisionDay, ActDate), FineFindings);

    private StatutoryRangeCheck RangeFor(string violationCode, DateOnly? actDate, DateOnly decisionDay, FineFindings findings)
    {
        if (actDate is not { } act)
        {
            return new StatutoryRangeCheck(null,
                "须认定违法行为发生（终了）日期，方可确定适用的法律和罚款幅度（行政处罚法第三十七条）");
        }

        try
        {
            var facts = new PenaltyFacts(InvestmentFinding?.Amount, findings.EiaDocument, findings.Serious, findings.Uncorrected);
            return new StatutoryRangeCheck(RangeCalculator.Calculate(violationCode, act, decisionDay, facts), null);
        }
        catch (PenaltyInputException e)
        {
            return new StatutoryRangeCheck(null, e.Message);
        }
    }

    // The guard of SubmitForReview, IssueNotice and Decide: the fine of the step against the range of its day.
    // Pure: the refusal computes the specific reason again (FineRangeProblem) instead of the guard storing it.
    private bool FineWithinStatutoryRange() => FineRangeProblem() is null;

    // Which end of the range the step's fine crosses and under which article, or null when it is within.
    private string? FineRangeProblem() => DailyPenaltyBasis is { } daily
        ? DailyPenaltyFineProblem(daily)
        : step!.Data switch
        {
            // Proposing no penalty at all leads to 不予行政处罚 (行政处罚法第五十七条第一款第二项), not to a fine.
            ReviewSubmissionData { Proposed: { Fine: 0m, Sanctions: Sanctions.None } } => null,
            ReviewSubmissionData d => FineProblem(
                RangeFor(d.ViolationCode, d.ActDate, d.SubmittedOn, d.Findings ?? FineFindings.None),
                d.SubmittedOn, d.Proposed.Fine, d.Proposed.Sanctions, d.Proposed.MitigationGround),
            NoticeData d when (d.Revised ?? ProposedPenalty) is { Fine: 0m, Sanctions: Sanctions.None } => null,
            NoticeData d when (d.Revised ?? ProposedPenalty) is { } notified => FineProblem(
                RangeFor(ViolationCode, ActDate, d.IssuedOn, d.RevisedFindings ?? FineFindings),
                d.IssuedOn, notified.Fine, notified.Sanctions, notified.MitigationGround),
            DecisionData d => FineProblem(
                RangeFor(ViolationCode, ActDate, d.DecidedOn, FineFindings),
                d.DecidedOn, d.Fine, d.Sanctions, DecisionGround(d)),
            _ => null,
        };

    // 令第28号第十七条、第十九条: a daily penalty is the original fine times the days, nothing else and no other sanction.
    private string? DailyPenaltyFineProblem(DailyPenaltyBasis daily)
    {
        var (fine, sanctions) = step!.Data switch
        {
            ReviewSubmissionData d => (d.Proposed.Fine, d.Proposed.Sanctions),
            NoticeData d when (d.Revised ?? ProposedPenalty) is { } notified => (notified.Fine, notified.Sanctions),
            DecisionData d => (d.Fine, d.Sanctions),
            _ => (daily.Total, Sanctions.None),
        };
        return fine == daily.Total && sanctions == Sanctions.None
            ? null
            : $"按日连续处罚的罚款数额为原罚款数额{Yuan(daily.DailyAmount)}乘以计罚日数{daily.Days}日，计{Yuan(daily.Total)}，不得另定数额或者并处其他处罚（环境保护主管部门实施按日连续处罚办法第十七条、第十九条；{daily.Basis}）";
    }

    // 行政处罚法第三十八条第一款: the sanctions of the step against those the applied provision allows, with their
    // conditions (情节严重; 报经有批准权的人民政府批准, recorded at the decision). A warning the provision does not name is
    // a 减轻 to a lighter kind of penalty and needs the recorded 减轻 ground (行政处罚法第三十二条). Null when allowed, or
    // when the range itself cannot be computed (the range guard says why).
    private string? SanctionProblem()
    {
        if (DailyPenaltyBasis is not null || step?.Data is not { } data)
        {
            return null;
        }

        var (check, fine, sanctions, findings, ground, decision) = data switch
        {
            ReviewSubmissionData d => (RangeFor(d.ViolationCode, d.ActDate, d.SubmittedOn, d.Findings ?? FineFindings.None),
                d.Proposed.Fine, d.Proposed.Sanctions, d.Findings ?? FineFindings.None, d.Proposed.MitigationGround, (DecisionData?)null),
            NoticeData d when (d.Revised ?? ProposedPenalty) is { } notified => (RangeFor(ViolationCode, ActDate, d.IssuedOn, d.RevisedFindings ?? FineFindings),
                notified.Fine, notified.Sanctions, d.RevisedFindings ?? FineFindings, notified.MitigationGround, null),
            DecisionData d => (RangeFor(ViolationCode, ActDate, d.DecidedOn, FineFindings), d.Fine, d.Sanctions, FineFindings, DecisionGround(d), d),
            _ => (new StatutoryRangeCheck(null, null), 0m, Sanctions.None, FineFindings.None, null, null),
        };
        if (sanctions == Sanctions.None || check.Range is not { } range)
        {
            return null;
        }

        foreach (var sanction in Enum.GetValues<Sanctions>().Where(s => s != Sanctions.None && (sanctions & s) == s))
        {
            if (sanction == Sanctions.Warning && WarningAsMitigation(range, fine, ground))
            {
                continue;
            }

            var rule = range.Provision.RuleFor(sanction);
            if (rule is null)
            {
                var allowed = range.Provision.SanctionRules.Count == 0
                    ? "该条款只规定了罚款"
                    : "该条款规定的其他处罚为：" + string.Join("；", range.Provision.SanctionRules.Select(r => $"“{r.Words}”"));
                var warning = sanction == Sanctions.Warning
                    ? "；以警告代替罚款（不处罚款）的，属于减轻处罚，须记明减轻理由（行政处罚法第三十二条）"
                    : "";
                return $"{range.Basis}没有规定“{sanction.ToChinese()}”，{allowed}，不得给予该处罚（行政处罚法第三十八条第一款：没有依据的行政处罚无效）{warning}";
            }

            if (rule.OnlyWhenSerious && !findings.Serious)
            {
                return $"{range.Basis}规定“{rule.Words}”，须认定情节严重（造成重大环境污染、生态破坏）后方可给予“{sanction.ToChinese()}”（行政处罚法第三十八条第一款）";
            }

            if (rule.NeedsGovernmentApproval && decision is not null && string.IsNullOrWhiteSpace(decision.GovernmentApproval))
            {
                return $"{range.Basis}规定“{rule.Words}”，决定“{sanction.ToChinese()}”须报经有批准权的人民政府批准，并记明批准机关和批准文件（行政处罚法第三十八条第一款）";
            }
        }

        return null;
    }

    // 行政处罚法第三十二条: a warning in place of (not beside) the fine, on a recorded 减轻 ground, where the provision has no warning.
    private static bool WarningAsMitigation(PenaltyRangeResult range, decimal fine, string? ground) =>
        range.Provision.RuleFor(Sanctions.Warning) is null && fine == 0m && !string.IsNullOrWhiteSpace(ground);

    private string? DecisionGround(DecisionData d) =>
        string.IsNullOrWhiteSpace(d.MitigationGround) ? ProposedPenalty?.MitigationGround : d.MitigationGround;

    // Whether the fine goes below the minimum or leaves out a mandatory fine, i.e. is a 减轻.
    private static bool IsMitigation(PenaltyRangeResult range, decimal fine) =>
        fine < range.Minimum || (fine == 0m && !range.OptionalFine);

    private static string? FineProblem(StatutoryRangeCheck check, DateOnly decisionDay, decimal fine, Sanctions sanctions, string? ground)
    {
        if (check.Range is not { } range)
        {
            return check.Problem;
        }

        var hasGround = !string.IsNullOrWhiteSpace(ground);
        var mitigation = "需减轻处罚的，应当记明减轻理由（" + MitigationArticles(decisionDay) + "）";

        if (fine > range.Maximum)
        {
            return $"罚款{Yuan(fine)}超过{range.Basis}规定的最高额{Yuan(range.Maximum)}（{RangeWords(range)}），不得超出法定幅度（{MitigationArticles(decisionDay)}）";
        }

        // 罚款为零即不处罚款：须另有处罚，否则应当作出不予行政处罚决定（行政处罚法第五十七条第一款第二项、第三项）。
        if (fine == 0m && sanctions == Sanctions.None)
        {
            return "罚款为零且未给予其他处罚的，不是行政处罚决定；不予处罚的，应当作出不予行政处罚决定（行政处罚法第五十七条）";
        }

        // “处”罚款的条文不能只给警告：不处罚款是减轻，须有减轻理由；“可以处”的条文则可以不处罚款。
        if (fine == 0m && !range.OptionalFine && !hasGround)
        {
            return $"{range.Basis}规定“处{RangeWords(range)}的罚款”，罚款不得为零；{mitigation}";
        }

        if (fine > 0m && fine < range.Minimum && !hasGround)
        {
            return $"罚款{Yuan(fine)}低于{range.Basis}规定的最低额{Yuan(range.Minimum)}；{mitigation}";
        }

        return null;
    }

    private static string MitigationArticles(DateOnly decisionDay) => decisionDay >= LegalText.CodeInForce
        ? "行政处罚法第三十二条、生态环境法典第一千零五十六条第二款"
        : "行政处罚法第三十二条";

    private static string RangeWords(PenaltyRangeResult range) => range.Minimum == 0m
        ? $"{Yuan(range.Maximum)}以下"
        : $"{Yuan(range.Minimum)}以上{Yuan(range.Maximum)}以下";
}
