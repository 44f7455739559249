namespace CaseManagement.Domain.Cases;

/// <summary>Step data carrying the business date the step's document bears.</summary>
public interface IDatedStep
{
    DateOnly Date { get; }
}

public sealed record LeadData(
    int OrganisationId, string Source, DateOnly RegisteredOn, string Cause, string ViolationCode,
    DateOnly? ActDate, Party Party) : IDatedStep
{
    public DateOnly Date => RegisteredOn;

    /// <summary>The act's span: its start, and whether it still continues (<see cref="ActSpan"/>).</summary>
    public ActSpan? Span { get; init; }

    /// <summary>An earlier discovery than the registration (e.g. a patrol or monitoring report), for 处罚时效.</summary>
    public DateOnly? DiscoveredOn { get; init; }
}

/// <summary>
/// A continuing or repeated act (违法行为有连续或者继续状态) is described with its start and its end, or as still
/// continuing — never as one day (行政处罚法第三十六条第二款; 法典第一千零五十四条). The case's ActDate is then the end,
/// or for an act still continuing the last day it was found to continue; the law of that day applies and the
/// limitation period has not started.
/// </summary>
/// <param name="StartedOn">自…起: the day the act began.</param>
/// <param name="Continuing">至今仍在继续: not ended when found.</param>
public sealed record ActSpan(DateOnly StartedOn, bool Continuing);

public sealed record FilingRequestData(DateOnly RequestedOn, string Reason) : IDatedStep
{
    public DateOnly Date => RequestedOn;

    /// <summary>承办机构意见 and who gave it, printed on the 立案审批表 (null: not recorded, printed blank).</summary>
    public string? DepartmentOpinion { get; init; }

    public string? DepartmentHead { get; init; }
}

/// <summary>立案审批: the 立案号 assigned by the handler and the investigating officers.</summary>
public sealed record FilingData(DateOnly FiledOn, string CaseNumber, IReadOnlyList<CaseOfficer> Officers) : IDatedStep
{
    public DateOnly Date => FiledOn;

    /// <summary>负责人审批意见 as written by the head who files the case.</summary>
    public string? Opinion { get; init; }
}

/// <summary>
/// 变更执法人员: the whole new team (certificates as registered), the reason, and whether it is a 回避
/// (行政处罚法第四十三条: an officer with a direct interest in the case withdraws).
/// </summary>
public sealed record OfficerChangeData(DateOnly ChangedOn, IReadOnlyList<CaseOfficer> Officers, string Reason, bool Recusal) : IDatedStep
{
    public DateOnly Date => ChangedOn;
}

/// <summary>A closing step with its date and reason (不予立案、撤销立案、终止、移送).</summary>
public sealed record ReasonData(DateOnly On, string Reason) : IDatedStep
{
    public DateOnly Date => On;
}

public sealed record SuspensionData(DateOnly From, string Reason) : IDatedStep
{
    public DateOnly Date => From;
}

public sealed record ResumptionData(DateOnly On) : IDatedStep
{
    public DateOnly Date => On;
}

public sealed record EvidenceData(
    EvidenceKind Kind, string Title, DateOnly CollectedOn, string Place, IReadOnlyList<string> OfficerUserIds,
    string? Sha256) : IDatedStep
{
    public DateOnly Date => CollectedOn;

    /// <summary>证据来源: required when it was obtained before the lead was registered (e.g. 日常检查中取得).</summary>
    public string? Source { get; init; }

    /// <summary>证明内容: what the item proves, printed in the evidence list of the notice and the decision.</summary>
    public string? Proves { get; init; }
}

/// <summary>
/// 修改证据: the name, source and 证明内容 of evidence item <paramref name="Number"/> as corrected by an investigating
/// officer on <paramref name="EditedOn"/>, before the 事先告知书 puts the evidence list before the party.
/// </summary>
public sealed record EvidenceEditData(int Number, DateOnly EditedOn, string Title, string? Source, string? Proves) : IDatedStep
{
    public DateOnly Date => EditedOn;
}

public sealed record InvestigationRecordData(
    InvestigationRecordKind Kind, DateOnly On, string Place, IReadOnlyList<string> OfficerUserIds, string Summary,
    RecordCircumstances? Circumstances = null) : IDatedStep
{
    public DateOnly Date => On;

    /// <summary>The inspected party's representative, or the interviewee, as entered.</summary>
    public string? Representative { get; init; }

    /// <summary>Where a record made before the lead's registration came from (e.g. 日常检查).</summary>
    public string? Source { get; init; }
}

/// <summary>
/// What a 现场检查（勘察）笔录 records on site: the start and end time to the minute, the persons present
/// (当事人或其代理人、见证人), and — when the device offers it — the position with its accuracy in metres.
/// </summary>
public sealed record RecordCircumstances(
    TimeOnly? StartTime, TimeOnly? EndTime, string? PersonsPresent, double? Latitude, double? Longitude, int? PositionAccuracyMetres);

public sealed record InvestmentFindingData(
    DateOnly FoundOn, decimal Amount, InvestmentBasis Basis, IReadOnlyList<int> EvidenceNumbers) : IDatedStep
{
    public DateOnly Date => FoundOn;
}

/// <summary>
/// 调查终结: the report, the facts as finally found (with the <paramref name="Findings"/> that set the fine
/// range) and the proposed penalty.
/// </summary>
public sealed record ReviewSubmissionData(
    DateOnly SubmittedOn, string ReportSummary, string Cause, string ViolationCode, DateOnly? ActDate,
    ProposedPenalty Proposed, FineFindings? Findings = null) : IDatedStep
{
    public DateOnly Date => SubmittedOn;

    /// <summary>
    /// 违法事实 as the decision and the notice state it to the party: written for them, separate from the
    /// report (whose proposal, e.g. 建议处以罚款, is internal).
    /// </summary>
    public string? Facts { get; init; }

    /// <summary>The act's span as finally found (null: an act of one day).</summary>
    public ActSpan? Span { get; init; }

    /// <summary>An earlier discovery found in the investigation (null keeps what was recorded).</summary>
    public DateOnly? DiscoveredOn { get; init; }
}

public sealed record CaseReviewData(DateOnly ReviewedOn, ReviewChecklist Checklist, string Opinion) : IDatedStep
{
    public DateOnly Date => ReviewedOn;
}

/// <summary>
/// 事先告知书 (or 听证告知书). <paramref name="Revised"/> replaces the proposed penalty in a new notice
/// cycle (行政处罚法第四十五条: a heavier penalty needs a new notice); <paramref name="RevisedFindings"/> replaces
/// the findings that set the fine range when the facts were found anew.
/// </summary>
public sealed record NoticeData(string Number, DateOnly IssuedOn, ProposedPenalty? Revised = null, FineFindings? RevisedFindings = null) : IDatedStep
{
    public DateOnly Date => IssuedOn;
}

/// <summary>
/// 告知书送达. <paramref name="ServedOn"/> is the day written on the 回证: for 邮寄送达 the posting day (the return
/// slip's date in <see cref="ServiceDetails.ReturnSlipDate"/> is the service date), for 公告送达 the last publication.
/// </summary>
public sealed record NoticeServiceData(ServiceMethod Method, DateOnly ServedOn, ServiceDetails Details) : IServiceStep
{
    public DateOnly Date => ServedOn;
}

/// <summary>陈述申辩 received, or an express waiver of the statement and/or hearing rights (行政处罚法第六十二条).</summary>
public sealed record StatementData(DateOnly ReceivedOn, string Summary, bool WaivesStatement, bool WaivesHearing) : IDatedStep
{
    public DateOnly Date => ReceivedOn;
}

public sealed record HearingRequestData(DateOnly RequestedOn) : IDatedStep
{
    public DateOnly Date => RequestedOn;
}

/// <summary>
/// 安排听证 and 听证通知书 issued on <paramref name="IssuedOn"/> for a hearing on <paramref name="HearingOn"/>; it is served
/// by its own step (<see cref="HearingNoticeServiceData"/>). Public unless <paramref name="NonPublicGround"/> is given
/// (行政处罚法第六十四条第三项).
/// </summary>
public sealed record HearingScheduleData(
    DateOnly IssuedOn, DateOnly HearingOn, string Place, string PresidingUserId, string PresidingName,
    HearingPrivacyGround? NonPublicGround = null) : IDatedStep
{
    public DateOnly Date => IssuedOn;

    /// <summary>听证员 sitting with the presiding officer, as named in the 听证通知书 (null: not recorded).</summary>
    public string? HearingOfficers { get; init; }

    /// <summary>记录员 (null: not recorded).</summary>
    public string? Clerk { get; init; }
}

/// <summary>听证通知书送达 with its 送达回证 (行政处罚法第六十四条第二项).</summary>
public sealed record HearingNoticeServiceData(ServiceMethod Method, DateOnly ServedOn, ServiceDetails Details) : IServiceStep
{
    public DateOnly Date => ServedOn;
}

public sealed record HearingConclusionData(DateOnly ConcludedOn, HearingOutcome Outcome, string Summary) : IDatedStep
{
    public DateOnly Date => ConcludedOn;

    /// <summary>委托代理人 who appeared for the party (行政处罚法第六十四条第五项), as recorded (null: none recorded).</summary>
    public string? PartyAgents { get; init; }
}

public sealed record StatementPeriodClosureData(DateOnly ClosedOn, string RecheckOpinion) : IDatedStep
{
    public DateOnly Date => ClosedOn;
}

/// <param name="LegalQualification">
/// The reviewer's 法律职业资格证书编号 (行政处罚法第五十八条第二款), when recorded; the opinion states the qualification only then.
/// </param>
public sealed record LegalReviewData(DateOnly ReviewedOn, string Opinion, string? LegalQualification = null) : IDatedStep
{
    public DateOnly Date => ReviewedOn;

    /// <summary>法制审核 checklist (行政处罚法第五十八条第二款), answered by the reviewer; its own, not the 案件审查's.</summary>
    public LegalReviewChecklist? Checklist { get; init; }
}

public sealed record DiscussionData(DateOnly HeldOn, IReadOnlyList<string> Participants, string Conclusion) : IDatedStep
{
    public DateOnly Date => HeldOn;

    public string? Place { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    public string? Chair { get; init; }

    public string? Recorder { get; init; }

    /// <summary>Each participant's view (发言), in the order spoken.</summary>
    public IReadOnlyList<DiscussionSpeech>? Speeches { get; init; }
}

/// <summary>
/// 行政处罚决定. <paramref name="MitigationGround"/> is the 减轻 ground for a fine below the statutory minimum;
/// without one the notified penalty's ground (if any) applies (行政处罚法第三十二条).
/// </summary>
public sealed record DecisionData(string Number, DateOnly DecidedOn, decimal Fine, Sanctions Sanctions, string? MitigationGround = null) : IDatedStep
{
    public DateOnly Date => DecidedOn;

    /// <summary>报经有批准权的人民政府批准: the approving government and its document, where the provision requires it for 停业、关闭.</summary>
    public string? GovernmentApproval { get; init; }
}

public sealed record NoPenaltyDecisionData(string Number, DateOnly DecidedOn, string Reason, NoPenaltyGround Ground = NoPenaltyGround.MinorAndCorrected) : IDatedStep
{
    public DateOnly Date => DecidedOn;
}

/// <summary>
/// Service of the decision (行政处罚法第六十一条). For 公告送达 <paramref name="ServedOn"/> is the last publication
/// date; for 邮寄送达 the posting day (the return slip's date is the service date).
/// </summary>
public sealed record ServiceData(ServiceMethod Method, DateOnly ServedOn, ServiceDetails Details) : IServiceStep
{
    public DateOnly Date => ServedOn;

    public string Recipient => Details.Recipient ?? "";
}

/// <summary>A service of one document: how, on which day, and what the 送达回证 records.</summary>
public interface IServiceStep : IDatedStep
{
    ServiceMethod Method { get; }

    DateOnly ServedOn { get; }

    ServiceDetails Details { get; }
}

/// <summary>
/// 送达未果: an attempt that did not serve the document (a returned letter, nobody found at the address). It stays
/// in the file and justifies 公告送达 (民事诉讼法第九十五条) or, for a 催告书, a method other than direct service
/// (行政强制法第三十八条).
/// </summary>
public sealed record ServiceAttemptData(DateOnly AttemptedOn, ServiceMethod Method, ServiceAttemptOutcome Outcome, string Note) : IDatedStep
{
    public DateOnly Date => AttemptedOn;
}

public sealed record PaymentData(DateOnly PaidOn, decimal Amount, string Reference) : IDatedStep
{
    public DateOnly Date => PaidOn;
}

public sealed record InstalmentData(DateOnly ApprovedOn, IReadOnlyList<InstalmentDue> Schedule, string Reason) : IDatedStep
{
    public DateOnly Date => ApprovedOn;
}

public sealed record InstalmentDue(DateOnly DueOn, decimal Amount);

/// <summary>催告书 issued and served (行政强制法第三十五条), directly unless that was refused or impossible (第三十八条).</summary>
public sealed record DemandData(DateOnly IssuedOn, DateOnly ServedOn, ServiceMethod Method, ServiceDetails Details) : IServiceStep
{
    public DateOnly Date => ServedOn;
}

public sealed record CourtApplicationData(DateOnly AppliedOn, string Court) : IDatedStep
{
    public DateOnly Date => AppliedOn;
}

/// <summary>
/// 延长期限. Beyond the first extension (up to the configured days) only with a recorded collective
/// decision: <paramref name="CollectiveDecision"/> summarises it.
/// </summary>
public sealed record ExtensionData(ExtensionKind Kind, DateOnly ApprovedOn, int Days, string Reason, string? CollectiveDecision = null) : IDatedStep
{
    public DateOnly Date => ApprovedOn;
}

public sealed record CorrectionData(DateOnly OrderedOn, DateOnly DueOn, string Requirement) : IDatedStep
{
    public DateOnly Date => OrderedOn;
}

/// <param name="Obstructed">
/// 当事人拒绝、阻挠复查: deemed a refusal to correct (令第28号第十三条; 法典第一千零六十条第一款), so never "corrected".
/// </param>
public sealed record ReinspectionData(
    int CorrectionNumber, DateOnly InspectedOn, IReadOnlyList<string> OfficerUserIds, bool Corrected, string Findings, bool Obstructed = false) : IDatedStep
{
    public DateOnly Date => InspectedOn;
}

public sealed record ClosureData(DateOnly ClosedOn, ClosureGround Ground, string Remark) : IDatedStep
{
    public DateOnly Date => ClosedOn;

    /// <summary>The opinions on the 结案审批表 as given (null: not recorded, printed blank).</summary>
    public ClosureOpinions? Opinions { get; init; }
}

/// <summary>公示 of the decision: the day it was published, where (门户网站 …) and, optionally, its address.</summary>
public sealed record PublicationData(DateOnly PublishedOn, string Channel, string? Url) : IDatedStep
{
    public DateOnly Date => PublishedOn;
}

public sealed record ArchiveData(DateOnly ArchivedOn, string FileNumber) : IDatedStep
{
    public DateOnly Date => ArchivedOn;
}

/// <summary>
/// 责令改正违法行为决定书送达 with its 送达回证: the order <paramref name="CorrectionNumber"/> is served like any document
/// (令第28号第十条、第十七条 count from its service).
/// </summary>
public sealed record CorrectionServiceData(int CorrectionNumber, ServiceMethod Method, DateOnly ServedOn, ServiceDetails Details) : IServiceStep
{
    public DateOnly Date => ServedOn;
}

/// <summary>
/// 按日连续处罚关联案件 opened on the refusal found by the re-inspection of correction order <paramref name="CorrectionNumber"/>;
/// the amount is never entered: it is computed from the original fine and the two dates (令第28号第十七条、第十九条).
/// </summary>
public sealed record DailyPenaltyCaseData(DateOnly OpenedOn, int CorrectionNumber) : IDatedStep
{
    public DateOnly Date => OpenedOn;
}

/// <summary>行政复议 applied for, or 行政诉讼 brought, on <paramref name="AppliedOn"/> before <paramref name="Body"/>.</summary>
public sealed record RemedyData(RemedyKind Kind, DateOnly AppliedOn, string Body) : IDatedStep
{
    public DateOnly Date => AppliedOn;
}

/// <summary>The outcome of remedy <paramref name="RemedyNumber"/>, received (or withdrawn) on <paramref name="EndedOn"/>.</summary>
public sealed record RemedyOutcomeData(int RemedyNumber, RemedyOutcome Outcome, DateOnly EndedOn, string? Note) : IDatedStep
{
    public DateOnly Date => EndedOn;
}
