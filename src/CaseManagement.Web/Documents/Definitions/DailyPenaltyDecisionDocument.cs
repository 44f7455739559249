using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 环境保护主管部门实施按日连续处罚办法第十六条：按日连续处罚决定书的内容。
/// <summary>按日连续处罚决定书, issued when the head decides a daily penalty after a failed re-inspection.</summary>
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
        F("decisionDate", "决定日期", "“按日连续处罚决定”步骤的日期"),
        Fields.SealText,
    ],
    [Fields.Evidence], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.DecideDailyPenalty)];

    public override DocumentType? NumberSeries => DocumentType.DailyPenaltyDecision;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 1);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var decided = DailyDecisionFor(c, context);
        var order = decided is null ? c.Corrections.LastOrDefault() : c.Corrections.FirstOrDefault(o => o.Number == decided.CorrectionNumber);
        var refused = decided is null
            ? c.Reinspections.LastOrDefault(r => !r.Corrected)
            : c.Reinspections.Where(r => r.CorrectionNumber == decided.CorrectionNumber && !r.Corrected && r.InspectedOn == decided.LastDay).FirstOrDefault();
        var refusalFacts = refused is null || order is null
            ? refused?.Findings
            : refused.Obstructed
                ? $"本机关于{Date(order.OrderedOn)}向你（单位）送达责令改正违法行为决定书，{Date(refused.InspectedOn)}复查时你（单位）拒绝、阻挠复查：{Sentence(refused.Findings)}，视为拒不改正。"
                : $"本机关于{Date(order.OrderedOn)}向你（单位）送达责令改正违法行为决定书，{Date(refused.InspectedOn)}复查发现：{Sentence(refused.Findings)}，你（单位）拒不改正。";

        // 令第28号第十七条、第十九条; the basis is the law of the re-inspection day (法典第一千零六十条 from 2026-08-15).
        var basis = decided?.Basis ?? "";
        var calculation = decided is null
            ? ""
            : $"自{Date(decided.FirstDay)}起至{Date(decided.LastDay)}止，共计{decided.Days.ToString(Culture)}日，" +
              $"按原罚款数额每日{Yuan(decided.DailyAmount)}计算：{Amount(decided.DailyAmount)}元×{decided.Days.ToString(Culture)}日＝{Yuan(decided.Total)}。";
        return Evidence(Party(Outward(context), c), c)
            .Set("firstFinding", Facts(c))
            .Set("originalDecisionNumber", c.Decision?.Number)
            .Set("refusalFacts", refusalFacts)
            .Set("dailyPenaltyStart", Date(decided?.FirstDay ?? order?.OrderedOn.AddDays(1)))
            .Set("dailyPenaltyEnd", Date(decided?.LastDay ?? refused?.InspectedOn))
            .Set("dailyPenaltyDays", decided?.Days.ToString(Culture) ?? "")
            .Set("provisionApplied", decided is null ? "" : $"{basis}、《环境保护主管部门实施按日连续处罚办法》第十七条、第十九条")
            .Set("originalFineAmount", Amount(decided?.DailyAmount ?? Fine(c)))
            .Set("calculationText", calculation)
            .Set("fineAmount", decided is null ? "" : Amount(decided.Total))
            .Set("fineUppercase", decided is null ? "" : Uppercase(decided.Total))
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("paymentDeadlineText", PaymentDeadlineText(context.EffectiveRules))
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("decisionDate", Date(decided?.DecidedOn ?? context.Today));
    }

    // The decision the document is for: the one carrying its number; a draft shows the latest (令第28号第十六条).
    private static DailyPenaltyDecision? DailyDecisionFor(PenaltyCase c, CompositionContext context) =>
        c.DailyPenalties.LastOrDefault(p => !context.Draft && p.Number == context.DocumentNumber) ?? c.DailyPenalties.LastOrDefault();
}
