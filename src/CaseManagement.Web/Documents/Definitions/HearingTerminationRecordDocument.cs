using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>
/// 听证终止记录 (行政处罚法第六十四条第八项、第六十五条): why the requested hearing was not held — withdrawn, or the party
/// absent without good reason (deemed a waiver) — issued at 听证结束 instead of a 听证笔录 and 听证报告
/// (see <see cref="CaseDocumentPlan.For(CaseTrigger, PenaltyCase)"/>).
/// </summary>
public sealed class HearingTerminationRecordDocument() : DocumentDefinition(new(
    "hearing-termination-record", "听证终止记录",
    [
        Fields.OrganisationName, Fields.CaseCause, Fields.PartyName,
        F("requestDate", "听证申请日期", "“申请听证”步骤的日期"),
        F("hearingTime", "原定听证时间", "“安排听证”步骤填写的日期"),
        Fields.HearingPlace, Fields.PresidingOfficer,
        F("terminationReason", "终止理由", "“听证结束”步骤选择的结果：撤回或无正当理由缺席"),
        F("terminationBasis", "终止依据", "行政处罚法第六十四条第八项或第六十五条"),
        F("terminationNote", "说明", "“听证结束”步骤填写的情况"),
        F("terminationDate", "终止日期", "“听证结束”步骤的日期"),
    ],
    [], []))
{
    // Issued in place of the 听证笔录 and 听证报告 when the hearing was not held, so no step issues it by default.
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [];

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 6);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var hearing = c.CurrentHearing;
        var outcome = hearing?.Outcome is HearingOutcome.Withdrawn or HearingOutcome.PartyAbsent ? hearing.Outcome : null;
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("requestDate", Date(hearing?.RequestedOn))
            .Set("hearingTime", Date(hearing?.HearingOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("terminationReason", outcome is { } o ? HearingTermination.Reason(o) : "")
            .Set("terminationBasis", outcome is { } b ? HearingTermination.Basis(b) : "")
            .Set("terminationNote", hearing?.Summary)
            .Set("terminationDate", Date(hearing?.ConcludedOn ?? context.Today));
    }
}
