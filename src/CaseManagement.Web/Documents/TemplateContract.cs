namespace CaseManagement.Web.Documents;

/// <summary>A repeating section: the section control's tag and the tags of one row.</summary>
public sealed record TemplateSection(string Name, IReadOnlyList<string> RowTags);

/// <summary>
/// What a template must contain so that the system can fill it: the scalar tags, the repeating sections
/// with their row tags, and the optional paragraphs (<c>if:field</c> controls). An uploaded revision that
/// lacks any of them is refused (see <see cref="TemplateInspector"/>).
/// </summary>
public sealed record TemplateContract(
    string Name,
    string Title,
    IReadOnlyList<string> Fields,
    IReadOnlyList<TemplateSection> Sections,
    IReadOnlyList<string> OptionalParagraphs)
{
    public string FileName => Name + ".docx";

    /// <summary>Every tag the template must carry: fields, sections, <c>section/rowTag</c> and <c>if:field</c>.</summary>
    public IEnumerable<string> RequiredTags()
    {
        foreach (var field in Fields)
        {
            yield return field;
        }

        foreach (var section in Sections)
        {
            yield return section.Name;
            foreach (var rowTag in section.RowTags)
            {
                yield return section.Name + "/" + rowTag;
            }
        }

        foreach (var optional in OptionalParagraphs)
        {
            yield return DocxTemplateFiller.ConditionalPrefix + optional;
        }
    }
}

/// <summary>
/// The standard document set (LEGAL-REFERENCE.md §F.1; fields per §F.2). Names are the template file names
/// without extension.
/// </summary>
public static class TemplateContracts
{
    private static readonly string[] Party = ["partyName", "partyCode", "partyRepresentative", "partyAddress"];
    private static readonly string[] Outward = ["organisationName", "documentNumber"];
    private static readonly TemplateSection Evidence = new("evidence", ["evidenceNo", "evidenceName", "evidenceDescription"]);

    private static readonly string[] Approvals =
    [
        "handlerOpinion", "handlerName", "handlerDate",
        "departmentOpinion", "departmentHeadName", "departmentDate",
        "headOpinion", "headName", "headDate",
    ];

    public static TemplateContract FilingApproval { get; } = new(
        "filing-approval", "立案审批表",
        ["organisationName", "caseNumber", "caseSource", "caseCause", .. Party, "partyPostcode", "partyPosition", "caseSummary", .. Approvals],
        [], []);

    // 行政处罚法第四十二条、第五十五条：执法人员不少于两人，出示执法证件，制作笔录。
    public static TemplateContract InspectionRecord { get; } = new(
        "inspection-record", "现场检查（勘察）笔录",
        ["organisationName", "inspectionStart", "inspectionEnd", "inspectionPlace", .. Party, "presentPersons", "findings", "attachments", "refusalNote"],
        [new("officers", ["officerName", "officerCredential"])], []);

    public static TemplateContract InterviewRecord { get; } = new(
        "interview-record", "调查询问笔录",
        [
            "organisationName", "interviewStart", "interviewEnd", "interviewPlace", "caseCause",
            "intervieweeName", "intervieweeGender", "intervieweeAge", "intervieweeEmployer", "intervieweePosition",
            "intervieweeAddress", "intervieweePhone", "interviewers", "recorder", "participants",
        ],
        [new("qa", ["question", "answer"])], []);

    // 环境保护主管部门实施按日连续处罚办法第九条：责令改正违法行为决定书的内容。
    public static TemplateContract CorrectionOrder { get; } = new(
        "correction-order", "责令改正违法行为决定书",
        [
            .. Outward, .. Party, "facts", "provisionBreached", "provisionApplied", "correctionOrder",
            "correctionDeadlineText", "refusalConsequence", "reconsiderationBody", "court", "decisionDate", "sealText",
        ],
        [Evidence], ["refusalConsequence"]);

    public static TemplateContract InvestigationReport { get; } = new(
        "investigation-report", "行政处罚案件调查报告",
        [
            "organisationName", "caseNumber", "caseCause", "caseSource", .. Party, "investigationSummary", "facts",
            "provisionBreached", "provisionApplied", "discretion", "proposedPenalty", "hearingEligibility",
            "investmentFinding", "lawComparison", "handlerNames", "reportDate",
        ],
        [Evidence], ["investmentFinding", "lawComparison"]);

    public static TemplateContract LegalReviewOpinion { get; } = new(
        "legal-review-opinion", "法制审核意见书",
        ["organisationName", "caseNumber", "caseCause", "partyName", "proposedPenalty", "reviewerName", "reviewerQualification", "reviewConclusion", "reviewOpinion", "reviewDate"],
        [new("reviewItems", ["reviewItem", "reviewResult", "reviewNote"])], []);

    public static TemplateContract CollectiveDiscussionRecord { get; } = new(
        "collective-discussion-record", "案件集体讨论笔录",
        ["organisationName", "caseNumber", "caseCause", "partyName", "discussionStart", "discussionEnd", "discussionPlace", "chair", "recorder", "participants", "attendees", "caseSummary", "conclusion"],
        [new("opinions", ["speaker", "opinion"])], []);

    // 行政处罚法第四十四条、第六十三条、第六十四条：告知事实、理由、依据、拟处罚内容及陈述、申辩、听证权利。
    public static TemplateContract AdvanceNotice { get; } = new(
        "advance-notice", "行政处罚事先（听证）告知书",
        [
            .. Outward, .. Party, "facts", "provisionBreached", "provisionApplied", "discretion", "proposedPenalty",
            "fineAmount", "fineUppercase", "investmentFinding", "lawComparison", "statementDeadlineText",
            "hearingDeadlineText", "contactAddress", "contactPerson", "contactPhone", "documentDate", "sealText",
        ],
        [Evidence], ["investmentFinding", "lawComparison", "hearingDeadlineText"]);

    // 行政处罚法第六十四条：听证七日前通知时间、地点，公开举行与否，申请回避，委托一至二人代理。
    public static TemplateContract HearingNotice { get; } = new(
        "hearing-notice", "行政处罚听证通知书",
        [
            .. Outward, "partyName", "partyAddress", "caseCause", "hearingTime", "hearingPlace", "presidingOfficer",
            "hearingOfficers", "hearingClerk", "hearingPublicity", "contactPerson", "contactPhone", "documentDate", "sealText",
        ],
        [], []);

    public static TemplateContract HearingRecord { get; } = new(
        "hearing-record", "听证笔录",
        [
            "organisationName", "caseCause", "hearingStart", "hearingEnd", "hearingPlace", "hearingPublicity",
            "presidingOfficer", "hearingOfficers", "hearingClerk", "partyName", "partyRepresentative", "partyAgents",
            "investigators", "refusalNote",
        ],
        [new("statements", ["speaker", "statement"])], []);

    public static TemplateContract HearingReport { get; } = new(
        "hearing-report", "听证报告",
        [
            "organisationName", "caseCause", "partyName", "hearingTime", "hearingPlace", "presidingOfficer",
            "hearingOfficers", "hearingClerk", "participants", "caseSummary", "partyDefence", "hearingFindings",
            "recommendation", "reportDate",
        ],
        [], []);

    // 行政处罚法第六十四条第八项、第六十五条: a hearing withdrawn or not attended ends with this record, not a 听证笔录.
    public static TemplateContract HearingTerminationRecord { get; } = new(
        "hearing-termination-record", "听证终止记录",
        [
            "organisationName", "caseCause", "partyName", "requestDate", "hearingTime", "hearingPlace", "presidingOfficer",
            "terminationReason", "terminationBasis", "terminationNote", "terminationDate",
        ],
        [], []);

    // 行政处罚法第五十九条：决定书应当载明的事项；第七十二条：加处罚款每日百分之三。
    public static TemplateContract PenaltyDecision { get; } = new(
        "penalty-decision", "行政处罚决定书",
        [
            .. Outward, .. Party, "facts", "provisionBreached", "noticeHistory", "provisionApplied", "discretion",
            "correctionOrder", "penaltyContent", "fineAmount", "fineUppercase", "paymentInstructions", "paymentDeadlineText",
            "reconsiderationBody", "court", "investmentFinding", "lawComparison", "decisionDate", "sealText",
        ],
        [Evidence], ["investmentFinding", "lawComparison", "correctionOrder", "fineAmount", "paymentDeadlineText"]);

    // 行政处罚法第三十三条、第五十七条第一款第二、三项：不予行政处罚。
    public static TemplateContract NoPenaltyDecision { get; } = new(
        "no-penalty-decision", "不予行政处罚决定书",
        [
            .. Outward, .. Party, "facts", "provisionBreached", "noPenaltyReason", "noPenaltyBasis", "correctionOrder",
            "reconsiderationBody", "court", "decisionDate", "sealText",
        ],
        [Evidence], ["correctionOrder"]);

    // 民事诉讼法第八十七条：送达回证记明收到日期并签名或者盖章。
    public static TemplateContract ServiceReceipt { get; } = new(
        "service-receipt", "送达回证",
        [
            "organisationName", "servedDocumentName", "servedDocumentNumber", "recipientName", "serviceTime",
            "servicePlace", "serviceMethod", "receiverRelation", "servers", "witnesses", "remarks",
        ],
        [], []);

    // 行政处罚法第六十六条：分期、延期缴纳罚款。
    public static TemplateContract InstalmentApproval { get; } = new(
        "instalment-approval", "同意分期（延期）缴纳罚款通知书",
        [
            .. Outward, "partyName", "partyAddress", "originalDecisionNumber", "originalDecisionDate", "applicationDate",
            "instalmentKind", "fineAmount", "fineUppercase", "paymentInstructions", "documentDate", "sealText",
        ],
        [new("instalments", ["instalmentNo", "instalmentDueDate", "instalmentAmount"])], []);

    // 行政强制法第三十五条：催告书载明履行期限、方式、金额及陈述申辩权利。
    public static TemplateContract PaymentDemand { get; } = new(
        "payment-demand", "催告书",
        [
            .. Outward, "partyName", "partyAddress", "originalDecisionNumber", "originalDecisionDate", "decisionServedDate",
            "fineAmount", "fineUppercase", "surchargeAmount", "surchargeUppercase", "totalAmount", "totalUppercase",
            "performanceDeadlineText", "paymentInstructions", "contactPerson", "contactPhone", "documentDate", "sealText",
        ],
        [], []);

    // 行政强制法第五十五条：强制执行申请书由行政机关负责人签名，加盖印章，注明日期。
    public static TemplateContract EnforcementApplication { get; } = new(
        "enforcement-application", "强制执行申请书",
        [
            .. Outward, "court", "applicantAddress", "applicantRepresentative", .. Party, "originalDecisionNumber",
            "originalDecisionDate", "decisionServedDate", "facts", "penaltyContent", "reasonsAndBasis", "partyOpinions",
            "demandHistory", "enforcementTarget", "documentDate", "sealText",
        ],
        [new("attachments", ["attachmentNo", "attachmentName"])], []);

    // 环境保护主管部门实施按日连续处罚办法第十六条：按日连续处罚决定书的内容。
    public static TemplateContract DailyPenaltyDecision { get; } = new(
        "daily-penalty-decision", "按日连续处罚决定书",
        [
            .. Outward, .. Party, "firstFinding", "originalDecisionNumber", "refusalFacts", "dailyPenaltyStart",
            "dailyPenaltyEnd", "dailyPenaltyDays", "provisionApplied", "originalFineAmount", "calculationText",
            "fineAmount", "fineUppercase", "paymentInstructions", "paymentDeadlineText", "reconsiderationBody", "court",
            "decisionDate", "sealText",
        ],
        [Evidence], []);

    public static TemplateContract ClosureApproval { get; } = new(
        "closure-approval", "结案审批表",
        ["organisationName", "caseNumber", "caseCause", "partyName", "decisionNumber", "decisionSummary", "executionResult", "closureGround", .. Approvals],
        [], []);

    public static TemplateContract FileCover { get; } = new(
        "file-cover", "卷宗封面",
        ["organisationName", "caseNumber", "caseCause", "partyName", "volume", "filingDate", "closingDate", "caseResult", "handlerNames", "pageCount", "retentionPeriod", "archiveNumber"],
        [], []);

    // 2010年《环境行政处罚办法》第六十九条：正卷、副卷的排列顺序。
    public static TemplateContract FileIndex { get; } = new(
        "file-index", "卷内目录",
        ["organisationName", "caseNumber", "volume"],
        [new("entries", ["entryNo", "entryDocumentNumber", "entryTitle", "entryDate", "entryPages", "entryRemarks"])], []);

    public static IReadOnlyList<TemplateContract> All { get; } =
    [
        FilingApproval, InspectionRecord, InterviewRecord, CorrectionOrder, InvestigationReport, LegalReviewOpinion,
        CollectiveDiscussionRecord, AdvanceNotice, HearingNotice, HearingRecord, HearingReport, PenaltyDecision,
        NoPenaltyDecision, ServiceReceipt, InstalmentApproval, PaymentDemand, EnforcementApplication,
        DailyPenaltyDecision, ClosureApproval, FileCover, FileIndex, HearingTerminationRecord,
    ];

    public static bool Exists(string? name) => All.Any(c => c.Name == name);

    public static TemplateContract Get(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"没有名为“{name}”的文书模板。");
}
