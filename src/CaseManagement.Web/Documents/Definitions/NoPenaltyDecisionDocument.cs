using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 行政处罚法第三十三条、第五十七条第一款第二、三项：不予行政处罚。
/// <summary>不予行政处罚决定书.</summary>
public sealed class NoPenaltyDecisionDocument() : DocumentDefinition(new(
    "no-penalty-decision", "不予行政处罚决定书",
    [
        .. Fields.Outward, .. Fields.Party, Fields.Facts, Fields.ProvisionBreached,
        F("noPenaltyReason", "不予处罚的理由", "“不予处罚决定”步骤填写的理由"),
        F("noPenaltyBasis", "不予处罚的依据", "“不予处罚”步骤选择的法定事由所依据的条款"),
        Fields.CorrectionOrder, Fields.ReconsiderationBody, Fields.Court, Fields.DecisionDate, Fields.SealText,
    ],
    [Fields.Evidence], ["correctionOrder"]))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.DecideNoPenalty)];

    public override DocumentType? NumberSeries => DocumentType.NoPenaltyDecision;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 1);

    public override string? NumberOn(PenaltyCase c) => c.Decision?.Number;

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var decision = c.Decision is { Kind: DecisionKind.NoPenalty } d ? d : null;
        return Evidence(Party(Outward(context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("noPenaltyReason", decision?.Reason)
            .Set("noPenaltyBasis", NoPenaltyText.Basis(decision?.NoPenaltyGround ?? NoPenaltyGround.MinorAndCorrected, c.ActDate))
            .Set("correctionOrder", CorrectionText(c))
            .Set("reconsiderationBody", context.Organisation.ReconsiderationBody)
            .Set("court", context.Organisation.Court)
            .Set("decisionDate", Date(decision?.DecidedOn ?? context.Today));
    }
}
