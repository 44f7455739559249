using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>催告书 (行政强制法第三十五条).</summary>
public sealed class PaymentDemandDocument() : DocumentDefinition(new(
    "payment-demand", "催告书",
    [
        .. Fields.Outward, Fields.PartyName, Fields.PartyAddress, Fields.OriginalDecisionNumber, Fields.OriginalDecisionDate, Fields.DecisionServedDate,
        F("fineAmount", "未缴罚款", "决定的罚款减去已缴金额，小写"), F("fineUppercase", "未缴罚款大写", "同上，人民币大写"),
        F("surchargeAmount", "加处罚款", "逾期日数×机构设置的加处比例，不超过罚款数额（行政处罚法第七十二条）"),
        F("surchargeUppercase", "加处罚款大写", "同上，人民币大写"),
        F("totalAmount", "合计", "未缴罚款与加处罚款之和"), F("totalUppercase", "合计大写", "同上，人民币大写"),
        F("performanceDeadlineText", "履行期限", "机构设置中的催告期限（工作日）"),
        Fields.PaymentInstructions, Fields.ContactPerson, Fields.ContactPhone,
        F("documentDate", "催告日期", "“催告”步骤的日期"),
        Fields.SealText,
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.IssueDemand)];

    public override DocumentType? NumberSeries => DocumentType.PaymentDemand;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 7);

    // 行政强制法第三十五条：催告书载明履行义务的期限、方式，涉及金钱给付的应当有明确的金额和给付方式。
    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var fine = c.OutstandingFine;
        var rules = context.EffectiveRules;
        var clock = new CaseClock(DateTimeOffset.UtcNow, context.Today,
            context.Calendar ?? throw new InvalidOperationException("The 催告书 counts the payment period on the legal calendar."), rules);
        var demand = c.Demands.LastOrDefault();

        // 行政处罚法第七十二条、第七十三条第三款: the one surcharge computation — this decision's own fine, only on
        // sums already due, capped at the fine, paused while reconsideration or litigation is pending.
        var surcharge = CaseManagement.Domain.Deadlines.CaseDeadlines.Surcharge(
            c.Timeline(), clock.Calendar, rules, demand?.IssuedOn ?? context.Today)?.Amount ?? 0m;
        return Outward(context)
            .Set("partyName", c.Party.Name)
            .Set("partyAddress", c.Party.Address)
            .Set("originalDecisionNumber", c.Decision?.Number)
            .Set("originalDecisionDate", Date(c.Decision?.DecidedOn))
            .Set("decisionServedDate", Date(c.DeemedServedOn))
            .Set("fineAmount", Amount(fine))
            .Set("fineUppercase", Uppercase(fine))
            .Set("surchargeAmount", Amount(surcharge))
            .Set("surchargeUppercase", Uppercase(surcharge))
            .Set("totalAmount", Amount(fine + surcharge))
            .Set("totalUppercase", Uppercase(fine + surcharge))
            .Set("performanceDeadlineText", $"收到本催告书之日起{Period(LegalPeriod.WorkingDays(rules.DemandWaitWorkingDays))}内")
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("contactPerson", c.Officers.FirstOrDefault()?.Name)
            .Set("contactPhone", context.Organisation.Phone)
            .Set("documentDate", Date(demand?.IssuedOn ?? context.Today));
    }
}
