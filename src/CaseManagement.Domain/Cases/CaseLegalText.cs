using System.Globalization;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Cases;

/// <summary>The wording of a 按日连续处罚决定书 (令第28号第十六条), from what the linked case rests on.</summary>
public static class DailyPenaltyText
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The refusal: the order served on its service day, and what the re-inspection found (令第28号第十三条).</summary>
    public static string RefusalFacts(DailyPenaltyBasis daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        var findings = daily.ReinspectionFindings.Trim().TrimEnd('。', '；', '，');
        return daily.Obstructed
            ? $"本机关于{LegalText.Date(daily.CorrectionServedOn)}向你（单位）送达责令改正违法行为决定书，{LegalText.Date(daily.ReinspectedOn)}复查时你（单位）拒绝、阻挠复查：{findings}，视为拒不改正。"
            : $"本机关于{LegalText.Date(daily.CorrectionServedOn)}向你（单位）送达责令改正违法行为决定书，{LegalText.Date(daily.ReinspectedOn)}复查发现：{findings}，你（单位）拒不改正。";
    }

    /// <summary>The law of the re-inspection day and the articles of 令第28号 that fix the days and the amount.</summary>
    public static string Provisions(DailyPenaltyBasis daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        return $"{daily.Basis}、《环境保护主管部门实施按日连续处罚办法》第十七条、第十九条";
    }

    /// <summary>自…起至…止，共计N日，按原罚款数额每日…计算 (令第28号第十七条、第十九条).</summary>
    public static string Calculation(DailyPenaltyBasis daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        var days = daily.Days.ToString(Chinese);
        return $"自{LegalText.Date(daily.FirstDay)}（责令改正决定书送达之日的次日）起至{LegalText.Date(daily.LastDay)}（复查之日）止，共计{days}日，" +
            $"按原罚款数额每日{Yuan(daily.DailyAmount)}计算：{daily.DailyAmount.ToString("#,##0.00", Chinese)}元×{days}日＝{Yuan(daily.Total)}。";
    }

    private static string Yuan(decimal amount) => amount.ToString("#,##0.00", Chinese) + "元";
}

/// <summary>
/// The reasons of an application for court enforcement (行政强制法第五十三条、第五十五条): it says the party sought no
/// remedy only when none was recorded; otherwise it names each reconsideration or lawsuit and how it ended.
/// </summary>
public static class EnforcementText
{
    public const string NoRemedy = "当事人在法定期限内未申请行政复议或者提起行政诉讼";

    public static string Reasons(IReadOnlyList<Remedy> remedies)
    {
        ArgumentNullException.ThrowIfNull(remedies);
        var basis = "依据《中华人民共和国行政处罚法》第七十二条第一款第四项、《中华人民共和国行政强制法》第五十三条、第五十四条的规定。";
        if (remedies.Count == 0)
        {
            return $"{NoRemedy}，又不履行行政处罚决定，经催告仍未履行。{basis}";
        }

        var history = string.Join("；", remedies.Select(r =>
            $"当事人于{LegalText.Date(r.AppliedOn)}{(r.Kind == RemedyKind.Reconsideration ? "向" + r.Body + "申请行政复议" : "向" + r.Body + "提起行政诉讼")}" +
            (r.Outcome is { } outcome && r.EndedOn is { } ended ? $"，{LegalText.Date(ended)}{Ended(r.Kind, outcome)}" : "，尚未终结")));
        return $"{history}。行政复议、行政诉讼已经终结，当事人仍不履行行政处罚决定，经催告仍未履行。{basis}";
    }

    private static string Ended(RemedyKind kind, RemedyOutcome outcome) => (kind, outcome) switch
    {
        (_, RemedyOutcome.Withdrawn) => kind == RemedyKind.Reconsideration ? "撤回行政复议申请" : "撤回起诉",
        (RemedyKind.Reconsideration, RemedyOutcome.Upheld) => "复议决定维持",
        (RemedyKind.Reconsideration, RemedyOutcome.Dismissed) => "复议机关驳回申请",
        (RemedyKind.Litigation, RemedyOutcome.Upheld) => "判决驳回诉讼请求",
        (RemedyKind.Litigation, RemedyOutcome.Dismissed) => "裁定驳回起诉",
        (_, RemedyOutcome.Changed) => "决定被变更",
        _ => $"结果为{outcome.ToChinese()}",
    };
}

/// <summary>
/// A hearing that was not held (行政处罚法第六十四条第八项、第六十五条): the party withdrew, or did not attend (or left)
/// without good reason, which is deemed a waiver. It ends with a record of termination, never a 听证笔录.
/// </summary>
public static class HearingTermination
{
    /// <summary>Whether the hearing ended without being held, so that a termination record replaces the 听证笔录 and 听证报告.</summary>
    public static bool NotHeld(HearingRecord? hearing) => hearing?.Outcome is HearingOutcome.Withdrawn or HearingOutcome.PartyAbsent;

    public static string Reason(HearingOutcome outcome) => outcome switch
    {
        HearingOutcome.Withdrawn => "当事人撤回听证申请",
        HearingOutcome.PartyAbsent => "当事人无正当理由拒不出席听证或者未经许可中途退出听证，视为放弃听证权利",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), "听证已举行，不是终止"),
    };

    public static string Basis(HearingOutcome outcome) => outcome switch
    {
        HearingOutcome.Withdrawn => "《中华人民共和国行政处罚法》第六十四条",
        HearingOutcome.PartyAbsent => "《中华人民共和国行政处罚法》第六十四条第八项",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), "听证已举行，不是终止"),
    };
}

/// <summary>The articles a 不予行政处罚决定书 cites: those of the ground the head chose, and no other.</summary>
public static class NoPenaltyText
{
    /// <summary>The citation for <paramref name="ground"/>; the Code's own articles only for acts from 2026-08-15.</summary>
    public static string Basis(NoPenaltyGround ground, DateOnly? actDate)
    {
        var underCode = actDate is { } act && act >= LegalText.CodeInForce;
        string Apl(string article) => LegalText.Cite(LegalText.AdministrativePenaltyLaw, article);
        string Code(string article) => LegalText.Cite(LegalText.EcologicalEnvironmentCode, article);
        return ground switch
        {
            NoPenaltyGround.MinorAndCorrected => underCode
                ? $"{Apl("第三十三条第一款")}、{Code("第一千零五十六条第二款")}"
                : Apl("第三十三条第一款"),
            NoPenaltyGround.NoFault => underCode
                ? $"{Apl("第三十三条第二款")}、{Code("第一千零五十三条第一款")}"
                : Apl("第三十三条第二款"),
            NoPenaltyGround.FactsNotEstablished => Apl("第五十七条第一款第三项"),
            NoPenaltyGround.BeyondLimitation => underCode
                ? $"{Apl("第三十六条")}、{Code("第一千零五十四条第一款")}"
                : Apl("第三十六条"),
            _ => throw new ArgumentOutOfRangeException(nameof(ground)),
        };
    }
}
