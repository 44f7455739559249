using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 环境保护主管部门实施按日连续处罚办法第九条：责令改正违法行为决定书的内容。
/// <summary>责令改正违法行为决定书.</summary>
public sealed class CorrectionOrderDocument() : DocumentDefinition(new(
    "correction-order", "责令改正违法行为决定书",
    [
        .. Fields.Outward, .. Fields.Party, Fields.Facts, Fields.ProvisionBreached,
        F("provisionApplied", "责令改正的依据", "暂无记录，手工填写"),
        F("correctionOrder", "改正的具体内容", "“责令改正”步骤填写的改正要求"),
        F("correctionDeadlineText", "改正期限", "“责令改正”步骤填写的改正期限"),
        F("refusalConsequence", "拒不改正的后果", "固定文字：拒不改正的，依法按日连续处罚"),
        Fields.ReconsiderationBody, Fields.Court,
        F("decisionDate", "决定日期", "“责令改正”步骤的日期"),
        Fields.SealText,
    ],
    [Fields.Evidence], ["refusalConsequence"]))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.OrderCorrection)];

    public override DocumentType? NumberSeries => DocumentType.CorrectionOrder;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 4);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var order = c.Corrections.LastOrDefault();
        var data = Evidence(Party(Outward(context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("provisionApplied", CorrectionOrderText.Basis(ViolationCatalogue.Default, c.ViolationCode, order?.OrderedOn ?? context.Today))
            .Set("correctionOrder", order?.Requirement)
            .Set("correctionDeadlineText", order is null ? "" : $"于{Date(order.DueOn)}前")
            .Set("refusalConsequence", CorrectionOrderText.DailyPenaltyWarning(ViolationCatalogue.Default, c.ViolationCode, order?.OrderedOn ?? context.Today))
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("decisionDate", Date(order?.OrderedOn ?? context.Today));
        return data;
    }
}
