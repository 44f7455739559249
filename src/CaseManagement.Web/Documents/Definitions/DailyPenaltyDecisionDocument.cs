using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 环境保护主管部门实施按日连续处罚办法第十六条：按日连续处罚决定书的内容。
/// <summary>按日连续处罚决定书, the decision of a 按日连续处罚 case opened from the original case after a failed re-inspection.</summary>
public sealed class DailyPenaltyDecisionDocument() : DocumentDefinition(new(
    "daily-penalty-decision", "按日连续处罚决定书",
    [
        .. Fields.Outward, .. Fields.Party,
        F("firstFinding", "首次发现违法行为的情况", "违法事实"),
        F("originalDecisionNumber", "原处罚决定书文号", "行政处罚决定书的文号"),
        F("refusalFacts", "拒不改正的事实", "“记录复查”步骤填写的复查情况"),
        F("dailyPenaltyStart", "计罚起始日", "责令改正决定书送达次日"),
        F("dailyPenaltyEnd", "计罚截止日", "复查发现拒不改正之日"),
        F("dailyPenaltyDays", "计罚日数", "起始日至截止日的日数"),
        F("provisionApplied", "处罚依据", "复查日有效的按日连续处罚条款"),
        F("originalFineAmount", "原处罚数额", "原行政处罚决定的罚款"),
        F("calculationText", "计算过程", "日数×原处罚数额"),
        Fields.FineAmount, Fields.FineUppercase, Fields.PaymentInstructions, Fields.PaymentDeadlineText, Fields.ReconsiderationBody, Fields.Court,
        F("decisionDate", "决定日期", "关联案件“作出处罚决定”步骤的日期"),
        Fields.SealText,
    ],
    [Fields.Evidence], []))
{
    // Issued at 作出处罚决定 of a 按日连续处罚 case (关联案件) instead of the 行政处罚决定书: see CaseDocumentPlan.For(trigger, case).
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [];

    public override DocumentType? NumberSeries => DocumentType.DailyPenaltyDecision;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 1);

    // 按日连续处罚决定书 (令第28号第十六条) of a linked case: the facts and the amount were fixed when it was opened.
    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var daily = c.DailyPenaltyBasis;
        var decided = c.Decision;
        var refusalFacts = daily is null ? "" : DailyPenaltyText.RefusalFacts(daily);
        return Evidence(Party(Outward(context), c), c)
            .Set("firstFinding", Facts(c))
            .Set("originalDecisionNumber", daily?.OriginalDecisionNumber)
            .Set("refusalFacts", refusalFacts)
            .Set("dailyPenaltyStart", Date(daily?.FirstDay))
            .Set("dailyPenaltyEnd", Date(daily?.LastDay))
            .Set("dailyPenaltyDays", daily?.Days.ToString(Culture) ?? "")
            .Set("provisionApplied", daily is null ? "" : DailyPenaltyText.Provisions(daily))
            .Set("originalFineAmount", Amount(daily?.DailyAmount ?? 0m))
            .Set("calculationText", daily is null ? "" : DailyPenaltyText.Calculation(daily))
            .Set("fineAmount", daily is null ? "" : Amount(daily.Total))
            .Set("fineUppercase", daily is null ? "" : Uppercase(daily.Total))
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("paymentDeadlineText", PaymentDeadlineText(context.EffectiveRules))
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("decisionDate", Date(decided?.DecidedOn ?? context.Today));
    }
}
