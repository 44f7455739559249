using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 行政处罚法第六十六条：分期、延期缴纳罚款。
/// <summary>同意分期（延期）缴纳罚款通知书.</summary>
public sealed class InstalmentApprovalDocument() : DocumentDefinition(new(
    "instalment-approval", "同意分期（延期）缴纳罚款通知书",
    [
        .. Fields.Outward, Fields.PartyName, Fields.PartyAddress, Fields.OriginalDecisionNumber, Fields.OriginalDecisionDate,
        F("applicationDate", "申请日期", "“批准分期（延期）”步骤的日期"),
        F("instalmentKind", "分期或延期", "批准的期数多于一期为分期，否则为延期"),
        Fields.FineAmount, Fields.FineUppercase, Fields.PaymentInstructions,
        F("documentDate", "批准日期", "“批准分期（延期）”步骤的日期"),
        Fields.SealText,
    ],
    [new("instalments", "缴款计划", [
        F("instalmentNo", "期数", "按截止日期排序"),
        F("instalmentDueDate", "缴款截止日期", "批准步骤填写的每期截止日期"),
        F("instalmentAmount", "金额", "批准步骤填写的每期金额")])],
    []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.ApproveInstalments)];

    public override DocumentType? NumberSeries => DocumentType.InstalmentApproval;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 7);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var fine = Fine(c);
        var data = Outward(context)
            .Set("partyName", c.Party.Name)
            .Set("partyAddress", c.Party.Address)
            .Set("originalDecisionNumber", c.Decision?.Number)
            .Set("originalDecisionDate", Date(c.Decision?.DecidedOn))
            .Set("applicationDate", Date(c.Instalments.FirstOrDefault()?.ApprovedOn))
            .Set("instalmentKind", c.Instalments.Count > 1 ? "分期" : "延期")
            .Set("fineAmount", Amount(fine))
            .Set("fineUppercase", Uppercase(fine))
            .Set("paymentInstructions", Sentence(context.Organisation.PaymentInstructions))
            .Set("documentDate", Date(c.Instalments.FirstOrDefault()?.ApprovedOn ?? context.Today));
        data.Section("instalments");
        var n = 1;
        foreach (var instalment in c.Instalments.OrderBy(i => i.DueOn))
        {
            data.AddRow("instalments",
                ("instalmentNo", $"第{Count(n++)}期"),
                ("instalmentDueDate", Date(instalment.DueOn)),
                ("instalmentAmount", Yuan(instalment.Amount)));
        }

        return data;
    }
}
