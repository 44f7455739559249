using System.Collections.Frozen;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;

namespace CaseManagement.Web.Documents;

/// <summary>
/// One document a step issues: its template, the type of the number it carries (allocated by the step in
/// its transaction; null for records and forms without a 文号), for a 送达回证 the template it serves (null:
/// the decision), and for the file cover and index the volume.
/// </summary>
public sealed record PlannedDocument(string Template, DocumentType? Number = null, string? Serves = null, CaseFileVolume? Volume = null);

/// <summary>
/// The one table of which step issues which standard document (LEGAL-REFERENCE.md §F.1; STYLE.md
/// "Documents": rendered at the transition that issues it). The case step runner reads it after the
/// domain has accepted the step, in the same transaction; nothing else decides when a document is issued.
/// </summary>
public static class CaseDocumentPlan
{
    public static readonly FrozenDictionary<CaseTrigger, PlannedDocument[]> AtStep = new Dictionary<CaseTrigger, PlannedDocument[]>
    {
        // 立案审批表 with the 立案号 (2016 form 1).
        [CaseTrigger.File] = [new("filing-approval", DocumentType.Filing)],

        // 行政处罚案件调查报告 (form 11): 调查终结 sends the facts and the proposal to the review unit.
        [CaseTrigger.SubmitForReview] = [new("investigation-report")],

        // 法制审核意见 (行政处罚法第五十八条): it carries the review checklist of 案件审查 and the reviewer's
        // conclusion, so it is issued when legal review concludes, not at 案件审查.
        [CaseTrigger.PassLegalReview] = [new("legal-review-opinion")],
        [CaseTrigger.RequireDiscussion] = [new("legal-review-opinion")],

        // 行政处罚事先(听证)告知书 (行政处罚法第四十四条、第六十三条) and its 送达回证.
        [CaseTrigger.IssueNotice] = [new("advance-notice", DocumentType.PenaltyNotice)],
        [CaseTrigger.RecordNoticeService] = [new("service-receipt", Serves: "advance-notice")],

        // 听证通知书, 听证笔录, 听证报告 (行政处罚法第六十四条).
        [CaseTrigger.ScheduleHearing] = [new("hearing-notice", DocumentType.HearingNotice)],
        [CaseTrigger.ServeHearingNotice] = [new("service-receipt", Serves: "hearing-notice")],
        [CaseTrigger.ConcludeHearing] = [new("hearing-record"), new("hearing-report")],

        // 案件集体讨论笔录 (行政处罚法第五十七条第二款).
        [CaseTrigger.ConcludeDiscussion] = [new("collective-discussion-record")],

        // 决定书 (行政处罚法第五十九条) and the 送达回证 of the decision (第六十一条).
        [CaseTrigger.Decide] = [new("penalty-decision", DocumentType.PenaltyDecision)],
        [CaseTrigger.DecideNoPenalty] = [new("no-penalty-decision", DocumentType.NoPenaltyDecision)],
        [CaseTrigger.Serve] = [new("service-receipt")],

        // 责令改正 (行政处罚法第二十八条), 分期 (第六十六条), 催告 (行政强制法第三十五条), 申请强制执行 (第五十五条).
        [CaseTrigger.OrderCorrection] = [new("correction-order", DocumentType.CorrectionOrder)],
        [CaseTrigger.ApproveInstalments] = [new("instalment-approval", DocumentType.InstalmentApproval)],
        [CaseTrigger.IssueDemand] = [new("payment-demand", DocumentType.PaymentDemand)],
        [CaseTrigger.ApplyToCourt] = [new("enforcement-application", DocumentType.EnforcementApplication)],

        // 责令改正决定书's 送达回证 (令第28号第十条、第十七条 count from its service).
        [CaseTrigger.ServeCorrectionOrder] = [new("service-receipt", Serves: "correction-order")],

        // 结案审批表 (form 20); at 归档 the cover and the index of each volume (2010年办法第六十八条、第六十九条).
        [CaseTrigger.Close] = [new("closure-approval")],
        [CaseTrigger.Archive] =
        [
            new("file-cover", Volume: CaseFileVolume.Main), new("file-index", Volume: CaseFileVolume.Main),
            new("file-cover", Volume: CaseFileVolume.Secondary), new("file-index", Volume: CaseFileVolume.Secondary),
        ],
    }.ToFrozenDictionary();

    /// <summary>
    /// Records issued on request for an investigation record of the case (行政处罚法第五十五条: 笔录), not by a
    /// transition: an interview or inspection is recorded once and printed for signing when needed.
    /// </summary>
    public static readonly FrozenDictionary<string, InvestigationRecordKind> OnDemand = new Dictionary<string, InvestigationRecordKind>
    {
        ["inspection-record"] = InvestigationRecordKind.Inspection,
        ["interview-record"] = InvestigationRecordKind.Interview,
    }.ToFrozenDictionary();

    /// <summary>The documents the step issues (none for most data-recording steps).</summary>
    public static IReadOnlyList<PlannedDocument> For(CaseTrigger trigger) => AtStep.TryGetValue(trigger, out var planned) ? planned : [];

    /// <summary>
    /// The documents the step issues on this case: a 按日连续处罚 case (关联案件) is decided by a 按日连续处罚决定书 in
    /// its own number series (环境保护主管部门实施按日连续处罚办法第十六条); a hearing withdrawn or missed ends with a
    /// 听证终止记录; otherwise as <see cref="For(CaseTrigger)"/>.
    /// </summary>
    public static IReadOnlyList<PlannedDocument> For(CaseTrigger trigger, PenaltyCase penaltyCase) => trigger switch
    {
        CaseTrigger.Decide when penaltyCase.DailyPenaltyBasis is not null => [new("daily-penalty-decision", DocumentType.DailyPenaltyDecision)],

        // 行政处罚法第六十四条第八项、第六十五条: a hearing not held is recorded as terminated, never as held.
        CaseTrigger.ConcludeHearing when HearingTermination.NotHeld(penaltyCase.CurrentHearing) => [new("hearing-termination-record")],
        _ => For(trigger),
    };

    /// <summary>The number type a template carries, for a re-issue under a new number; null when it has none.</summary>
    public static DocumentType? NumberTypeOf(string template) =>
        AtStep.Values.SelectMany(p => p).FirstOrDefault(p => p.Template == template && p.Number is not null)?.Number
            ?? (template == "daily-penalty-decision" ? DocumentType.DailyPenaltyDecision : null);

    /// <summary>The archive documents: issued by the step that archives the case, so the archived state does not refuse them.</summary>
    public static bool IsArchiveDocument(string template) => template is "file-cover" or "file-index";
}
