using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 民事诉讼法第八十七条：送达回证记明收到日期并签名或者盖章。
/// <summary>
/// 送达回证 of the notice (when its service is recorded) and of the decision (行政处罚法第六十一条); in the
/// case file it follows the document whose number it names.
/// </summary>
public sealed class ServiceReceiptDocument() : DocumentDefinition(new(
    "service-receipt", "送达回证",
    [
        F("organisationName", "送达单位", "机构设置中的机关全称"),
        F("servedDocumentName", "送达文书名称", "所送达文书的名称"),
        F("servedDocumentNumber", "送达文书文号", "所送达文书的文号"),
        F("recipientName", "受送达人", "当事人及签收人（或拒收人）"),
        F("serviceTime", "送达时间", "送达步骤记录的日期和时间"),
        F("servicePlace", "送达地点", "送达步骤记录的地点；邮寄送达为当事人地址"),
        F("serviceMethod", "送达方式", "送达步骤选择的送达方式"),
        F("receiverRelation", "签收人与受送达人的关系", "送达步骤选择的关系"),
        F("servers", "送达人", "送达步骤选择的送达人"),
        F("witnesses", "见证人", "留置送达时送达步骤填写的见证人及其单位"),
        F("remarks", "备注", "邮件单号、拒收理由、公告载体及此前未成功的送达"),
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } =
        [
            new(CaseTrigger.RecordNoticeService, Serves: "advance-notice"), new(CaseTrigger.Serve),

            // 责令改正决定书's 送达回证 (令第28号第十条、第十七条 count from its service).
            new(CaseTrigger.ServeCorrectionOrder, Serves: "correction-order"),

            // 听证通知书's 送达回证: served by its own step (行政处罚法第六十四条第二项).
            new(CaseTrigger.ServeHearingNotice, Serves: "hearing-notice"),
        ];

    /// <summary>The document a receipt serves: the one named, else the decision, else the notice.</summary>
    public static DocumentDefinition Served(PenaltyCase c, string? servedTemplate) => DocumentDefinitions.Get(
        servedTemplate ?? (c.Decision is not null ? c.Decision.Kind == DecisionKind.Penalty ? "penalty-decision" : "no-penalty-decision" : "advance-notice"));

    /// <summary>
    /// 民事诉讼法第八十七条：送达回证 of the decision (after service), the notice or a 催告书, with what the method
    /// requires on it: place, time, signer and relation, servers, witnesses (第八十九条), tracking number and return
    /// slip (第九十一条), consent form (第九十条), publication channels (第九十五条) and earlier failed attempts.
    /// </summary>
    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var served = Served(c, context.ServedTemplate).Name;
        string name, number;
        ServedAs? service = null;
        switch (served)
        {
            case "penalty-decision" or "no-penalty-decision":
                name = DocumentDefinitions.Get(served).Title;
                number = c.Decision?.Number ?? "";
                if (c.Services.LastOrDefault() is { } record)
                {
                    service = new(record.Method, record.ServedOn, record.DeemedServedOn, record.Details, Attempts(c, ServedDocument.Decision, 1));
                }

                break;
            case "advance-notice":
                name = DocumentDefinitions.Of<AdvanceNoticeDocument>().Title;
                number = c.CurrentNotice?.Number ?? "";
                if (c.CurrentNotice is { ServedOn: { } on } notice)
                {
                    service = new(notice.ServiceMethod ?? Domain.Cases.ServiceMethod.Direct, notice.ServiceStepOn ?? on, on,
                        notice.ServiceDetails ?? new ServiceDetails(), Attempts(c, ServedDocument.Notice, notice.Cycle));
                }

                break;
            case "payment-demand":
                name = DocumentDefinitions.Of<PaymentDemandDocument>().Title;
                number = "";
                if (c.Demands.LastOrDefault() is { } demand)
                {
                    service = new(demand.Method, demand.ServedOn, demand.DeemedServedOn, demand.Details, Attempts(c, ServedDocument.Demand, demand.Number));
                }

                break;
            case "correction-order":
                name = DocumentDefinitions.Of<CorrectionOrderDocument>().Title;
                number = "";
                if (c.Corrections.LastOrDefault(o => o.ServedOn is not null) is { ServedOn: { } correctionServed } order)
                {
                    service = new(order.ServiceMethod ?? Domain.Cases.ServiceMethod.Direct, order.ServiceStepOn ?? correctionServed, correctionServed,
                        order.ServiceDetails ?? new ServiceDetails(), []);
                }

                break;
            case "hearing-notice":
                name = DocumentDefinitions.Of<HearingNoticeDocument>().Title;
                number = "";
                if (c.CurrentHearing is { NoticeServedOn: { } hearingServed } hearing)
                {
                    service = new(hearing.NoticeServiceMethod ?? Domain.Cases.ServiceMethod.Direct, hearing.NoticeServiceStepOn ?? hearingServed, hearingServed,
                        hearing.NoticeServiceDetails ?? new ServiceDetails(), []);
                }

                break;
            default:
                name = DocumentDefinitions.Get(served).Title;
                number = "";
                break;
        }

        var data = Receipt(c, context, name, number);
        if (service is not { } s)
        {
            return data;
        }

        var d = s.Details;
        var signer = d.Recipient is { } r ? s.Method == Domain.Cases.ServiceMethod.LeftAtAddress ? $"（拒收人：{r}）" : $"（签收人：{r}）" : "";
        var servers = d.ServerUserIds.Count > 0
            ? string.Join("、", d.ServerUserIds.Select(id => c.Officers.FirstOrDefault(o => o.UserId == id)?.Name ?? context.UserNames?.GetValueOrDefault(id) ?? id))
            : Officers(c);
        return data
            .Set("recipientName", c.Party.Name + signer)
            .Set("serviceTime", ServiceTimeText(s.Method, s.On, s.DeemedOn, d))
            .Set("servicePlace", ServicePlaceText(s.Method, d, c.Party.Address))
            .Set("serviceMethod", ServiceMethodWord(s.Method))
            .Set("receiverRelation", d.Relation is { } relation ? RecipientRelationWord(relation) : "")
            .Set("servers", servers)
            .Set("witnesses", string.Join("、", d.Witnesses.Select(w => string.IsNullOrWhiteSpace(w.Unit) ? w.Name : $"{w.Name}（{w.Unit}）")))
            .Set("remarks", ServiceRemarks(s.Method, d, s.Attempts));
    }

    private static DocumentData Receipt(PenaltyCase c, CompositionContext context, string name, string number) => new DocumentData()
        .Set("organisationName", context.Organisation.Name)
        .Set("servedDocumentName", name)
        .Set("servedDocumentNumber", number)
        .Set("recipientName", c.Party.Name)
        .Set("serviceTime", "")
        .Set("servicePlace", c.Party.Address)
        .Set("serviceMethod", "")
        .Set("receiverRelation", c.Party.Kind == PartyKind.Organisation ? "法定代表人或者其授权的工作人员" : "本人")
        .Set("servers", Officers(c))
        .Set("witnesses", "")
        .Set("remarks", "");

    private static IReadOnlyList<ServiceAttempt> Attempts(PenaltyCase c, ServedDocument document, int sequence) =>
        [.. c.ServiceAttempts.Where(a => a.Document == document && a.DocumentSequence == sequence)];

    private sealed record ServedAs(ServiceMethod Method, DateOnly On, DateOnly DeemedOn, ServiceDetails Details, IReadOnlyList<ServiceAttempt> Attempts);
}
