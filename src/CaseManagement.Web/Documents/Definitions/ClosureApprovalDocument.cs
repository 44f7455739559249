using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>结案审批表 (form 20).</summary>
public sealed class ClosureApprovalDocument() : DocumentDefinition(new(
    "closure-approval", "结案审批表",
    [
        Fields.OrganisationName, Fields.CaseNumber, Fields.CaseCause, Fields.PartyName,
        F("decisionNumber", "决定书文号", "行政处罚（不予处罚）决定书的文号"),
        F("decisionSummary", "处理决定摘要", "决定的处罚内容或不予处罚的理由"),
        F("executionResult", "执行情况", "“记录缴款”步骤的缴款记录或强制执行申请"),
        F("closureGround", "结案理由", "“结案”步骤选择的结案情形和说明"),
        .. Fields.Approvals("“结案”步骤填写的承办人意见、承办人和签署日期", "“结案”步骤填写的承办机构意见和负责人，结案日期",
            "“结案”步骤填写的负责人审批意见，办理结案的负责人和结案日期"),
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.Close)];

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 8);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var decision = c.Decision;
        var execution = c.Payments.Count == 0
            ? c.CourtApplication is { } court ? $"{Date(court.AppliedOn)}申请{court.Court}强制执行" : ""
            : $"当事人已缴纳罚款{AmountInWordsAndFigures(c.PaidAmount)}（{string.Join("、", c.Payments.Select(p => $"{Date(p.PaidOn)}缴纳{Yuan(p.Amount)}"))}）";
        var closure = c.Closure;
        var opinions = closure?.Opinions;
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("decisionNumber", decision?.Number)
            .Set("decisionSummary", decision is null ? "" : decision.Kind == DecisionKind.NoPenalty
                ? $"不予行政处罚：{decision.Reason}"
                : decision.Fine > 0m ? $"{PenaltyContent(c)}，罚款{AmountInWordsAndFigures(decision.Fine)}" : PenaltyContent(c))
            .Set("executionResult", execution)
            .Set("closureGround", closure is null ? "" : $"{ClosureGroundWord(closure.Ground)}。{closure.Remark}".TrimEnd('。') + "。")
            // Only the opinions the closing step recorded, with who and when; nothing is printed that nobody gave.
            .Set("handlerOpinion", opinions?.HandlerOpinion)
            .Set("handlerName", opinions?.HandlerOpinion is null ? "" : opinions.HandlerName)
            .Set("handlerDate", opinions?.HandlerOpinion is null ? "" : Date(opinions.HandlerSignedOn))
            .Set("departmentOpinion", opinions?.DepartmentOpinion)
            .Set("departmentHeadName", opinions?.DepartmentOpinion is null ? "" : opinions.DepartmentHead)
            .Set("departmentDate", opinions?.DepartmentOpinion is null ? "" : Date(closure?.ClosedOn))
            .Set("headOpinion", opinions?.HeadOpinion)
            .Set("headName", opinions?.HeadOpinion is null ? "" : context.NameOf(closure?.ClosedBy))
            .Set("headDate", opinions?.HeadOpinion is null ? "" : Date(closure?.ClosedOn));
    }
}
