using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 行政强制法第五十五条：强制执行申请书由行政机关负责人签名，加盖印章，注明日期。
/// <summary>强制执行申请书.</summary>
public sealed class EnforcementApplicationDocument() : DocumentDefinition(new(
    "enforcement-application", "强制执行申请书",
    [
        .. Fields.Outward,
        F("court", "受理法院", "“申请强制执行”步骤填写的法院，默认机构设置中的法院"),
        F("applicantAddress", "申请人地址", "机构设置中的地址"),
        F("applicantRepresentative", "申请人负责人", "暂无记录，手工填写"),
        .. Fields.Party, Fields.OriginalDecisionNumber, Fields.OriginalDecisionDate, Fields.DecisionServedDate, Fields.Facts,
        F("penaltyContent", "处罚内容", "决定的处罚种类和罚款金额"),
        F("reasonsAndBasis", "申请理由和依据", "按登记的行政复议、行政诉讼情况：行政处罚法第七十二条、行政强制法第五十三条、第五十四条"),
        F("partyOpinions", "当事人意见", "“记录陈述申辩”步骤记录的意见"),
        F("demandHistory", "催告情况", "每次“催告”步骤的制发和送达日期"),
        F("enforcementTarget", "申请执行的内容", "未缴罚款及依法加处的罚款"),
        F("documentDate", "申请日期", "“申请强制执行”步骤的日期"),
        Fields.SealText,
    ],
    [new("attachments", "附件", [F("attachmentNo", "序号", "附件序号"), F("attachmentName", "附件名称", "决定书、催告书及送达回证等")])],
    []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.ApplyToCourt)];

    public override DocumentType? NumberSeries => DocumentType.EnforcementApplication;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 7);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var data = Party(Outward(context), c)
            .Set("court", c.CourtApplication?.Court ?? context.Organisation.Court)
            .Set("applicantAddress", context.Organisation.Address)
            .Set("applicantRepresentative", "")
            .Set("originalDecisionNumber", c.Decision?.Number)
            .Set("originalDecisionDate", Date(c.Decision?.DecidedOn))
            .Set("decisionServedDate", Date(c.DeemedServedOn))
            .Set("facts", Facts(c))
            .Set("penaltyContent", $"{PenaltyContent(c)}，罚款{AmountInWordsAndFigures(Fine(c))}")
            .Set("reasonsAndBasis", EnforcementText.Reasons(c.Remedies))
            .Set("partyOpinions", string.Join("\n", c.Statements.Select(s => s.Summary)))
            .Set("demandHistory", string.Join("\n", c.Demands.Select(d => $"{Date(d.IssuedOn)}制发催告书，{Date(d.ServedOn)}送达")))
            .Set("enforcementTarget", $"罚款{AmountInWordsAndFigures(c.OutstandingFine)}及依法加处的罚款")
            .Set("documentDate", Date(c.CourtApplication?.AppliedOn ?? context.Today));
        data.Section("attachments");
        var n = 1;
        foreach (var title in new[] { "行政处罚决定书及送达回证", "催告书及送达回证", "当事人的意见及本机关的催告情况" })
        {
            data.AddRow("attachments", ("attachmentNo", (n++).ToString(Culture)), ("attachmentName", title));
        }

        return data;
    }
}
