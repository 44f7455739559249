using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>立案审批表 (2016 form 1), issued with the 立案号 when the head approves filing.</summary>
public sealed class FilingApprovalDocument() : DocumentDefinition(new(
    "filing-approval", "立案审批表",
    [
        Fields.OrganisationName, Fields.CaseNumber, Fields.CaseSource, Fields.CaseCause, .. Fields.Party,
        F("partyPostcode", "邮政编码", "暂无记录，手工填写"),
        F("partyPosition", "职务", "当事人为单位时印“法定代表人”"),
        F("caseSummary", "案情简介及立案理由", "登记案源的日期、案由和“申请立案”步骤填写的理由"),
        .. Fields.Approvals("“提请立案”步骤的提请人和日期", "“提请立案”步骤填写的承办机构意见、负责人和日期", "“批准立案”步骤填写的审批意见、负责人和日期"),
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.File)];

    public override DocumentType? NumberSeries => DocumentType.Filing;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 2);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var data = Party(new DocumentData(), c)
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", context.Draft ? c.CaseNumber ?? CaseDocumentComposer.DraftNumber : c.CaseNumber ?? context.DocumentNumber)
            .Set("caseSource", c.LeadSource)
            .Set("caseCause", c.Cause)
            .Set("partyPostcode", "")
            .Set("partyPosition", c.Party.Kind == PartyKind.Organisation ? "法定代表人" : "")
            .Set("caseSummary", c.FilingRequest is { } request ? $"{Date(c.RegisteredOn)}登记案源：{c.Cause}。{request.Reason.Trim().TrimEnd('。')}。" : c.Cause)
            // Only what RequestFiling and File recorded, with who and when; blank where no step recorded it.
            .Set("handlerOpinion", c.FilingRequest is null ? "" : "提请立案")
            .Set("handlerName", c.FilingRequest is { } r ? context.NameOf(r.RequestedBy) : "")
            .Set("handlerDate", Date(c.FilingRequest?.RequestedOn))
            .Set("departmentOpinion", c.FilingRequest?.DepartmentOpinion)
            .Set("departmentHeadName", c.FilingRequest?.DepartmentOpinion is null ? "" : c.FilingRequest.DepartmentHead)
            .Set("departmentDate", c.FilingRequest?.DepartmentOpinion is null ? "" : Date(c.FilingRequest.RequestedOn))
            .Set("headOpinion", c.FilingApproval?.Opinion)
            .Set("headName", c.FilingApproval?.Name)
            .Set("headDate", ApprovalDate(c.FilingApproval));
        return data;
    }
}
