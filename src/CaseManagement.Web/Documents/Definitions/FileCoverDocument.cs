using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>卷宗封面 of each volume, issued at 归档 (2010年《环境行政处罚办法》第六十八条).</summary>
public sealed class FileCoverDocument() : DocumentDefinition(new(
    "file-cover", "卷宗封面",
    [
        Fields.OrganisationName, Fields.CaseNumber, Fields.CaseCause, Fields.PartyName,
        F("volume", "正卷或副卷", "归档时按卷生成"),
        F("filingDate", "立案日期", "“立案”步骤的日期"),
        F("closingDate", "结案日期", "“结案”步骤的日期"),
        F("caseResult", "处理结果", "决定的处罚内容、不予处罚或终止理由"),
        Fields.HandlerNames,
        F("pageCount", "页数", "打印卷宗时按页计算"),
        F("retentionPeriod", "保管期限", "永久"),
        F("archiveNumber", "档案号", "“归档”步骤填写的档案号"),
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } =
        [new(CaseTrigger.Archive, Volume: CaseFileVolume.Main), new(CaseTrigger.Archive, Volume: CaseFileVolume.Secondary)];

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var result = c.Decision is null ? c.EndReason ?? "" : c.Decision.Kind == DecisionKind.NoPenalty
            ? "不予行政处罚"
            : $"{PenaltyContent(c)}，罚款{Yuan(c.Decision.Fine)}";
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("volume", context.Volume ?? "正卷")
            .Set("filingDate", Date(c.FiledOn))
            .Set("closingDate", Date(c.Closure?.ClosedOn ?? c.EndedOn))
            .Set("caseResult", result)
            .Set("handlerNames", Officers(c))
            .Set("pageCount", "")
            .Set("retentionPeriod", "永久")
            .Set("archiveNumber", c.ArchiveRecord?.FileNumber);
    }
}
