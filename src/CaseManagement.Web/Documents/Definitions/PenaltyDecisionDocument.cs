using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 行政处罚法第五十九条：决定书应当载明的事项；第七十二条：加处罚款每日百分之三。
/// <summary>行政处罚决定书, issued by the head's decision (行政处罚法第五十九条).</summary>
public sealed class PenaltyDecisionDocument() : DocumentDefinition(new(
    "penalty-decision", "行政处罚决定书",
    [
        .. Fields.Outward, .. Fields.Party, Fields.Facts, Fields.ProvisionBreached,
        F("noticeHistory", "告知及陈述申辩、听证情况", "告知书文号和日期、送达、陈述申辩、听证及复核意见"),
        Fields.ProvisionApplied, Fields.Discretion, Fields.CorrectionOrder, Fields.PenaltyContent, Fields.FineAmount, Fields.FineUppercase, Fields.PaymentInstructions,
        Fields.PaymentDeadlineText, Fields.ReconsiderationBody, Fields.Court, Fields.InvestmentFinding, Fields.LawComparison, Fields.DecisionDate, Fields.SealText,
    ],
    [Fields.Evidence], ["investmentFinding", "lawComparison", "correctionOrder", "fineAmount", "paymentDeadlineText"]))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.Decide)];

    public override DocumentType? NumberSeries => DocumentType.PenaltyDecision;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 1);

    public override string? NumberOn(PenaltyCase c) => c.Decision?.Number;

    /// <summary>行政处罚法第五十九条：决定书载明的全部事项。</summary>
    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var day = DecisionDay(c, context);
        var (range, problem) = Range(c, day);
        var fine = Fine(c);
        var discretion = Discretion(c, range);
        var data = Evidence(Party(Outward(context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("noticeHistory", NoticeHistory(c))
            .Set("provisionApplied", ProvisionApplied(range, problem))
            .Set("discretion", discretion)
            .Set("correctionOrder", CorrectionText(c))
            .Set("penaltyContent", PenaltyContent(c))

            // A decision without a fine (e.g. a warning) prints no fine line and no payment paragraph.
            .Set("fineAmount", fine > 0m ? Amount(fine) : "")
            .Set("fineUppercase", fine > 0m ? Uppercase(fine) : "")
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("paymentDeadlineText", fine > 0m ? PaymentDeadlineText(context.EffectiveRules) : "")
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("investmentFinding", InvestmentFinding(c))
            .Set("lawComparison", LawComparison(c, range, problem, day))
            .Set("decisionDate", Date(day));
        return data;
    }
}
