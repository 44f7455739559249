namespace CaseManagement.Domain.Cases;

// Child entities of PenaltyCase. Each has a database Id (0 until saved) and, where other steps refer to it,
// a case-local Number assigned by the aggregate (证据序号, 责令改正序号), so references work before saving.
// Private parameterless constructors are for EF Core.

/// <summary>An investigating officer and the 执法证 held (行政处罚法第四十二条).</summary>
public sealed class CaseOfficer
{
    private CaseOfficer() { }

    public CaseOfficer(string userId, string name, string certificateNumber, DateOnly certificateValidFrom, DateOnly certificateValidTo)
    {
        UserId = userId;
        Name = name;
        CertificateNumber = certificateNumber;
        CertificateValidFrom = certificateValidFrom;
        CertificateValidTo = certificateValidTo;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string CertificateNumber { get; private set; } = "";
    public DateOnly CertificateValidFrom { get; private set; }
    public DateOnly CertificateValidTo { get; private set; }

    public bool HoldsValidCertificateOn(DateOnly day) =>
        !string.IsNullOrWhiteSpace(CertificateNumber) && CertificateValidFrom <= day && day <= CertificateValidTo;
}

public sealed class EvidenceItem
{
    private readonly List<string> officerUserIds = [];

    private EvidenceItem() { }

    internal EvidenceItem(int number, EvidenceData data)
    {
        Number = number;
        Kind = data.Kind;
        Title = data.Title;
        CollectedOn = data.CollectedOn;
        Place = data.Place;
        officerUserIds.AddRange(data.OfficerUserIds);
        Sha256 = data.Sha256;
        Source = data.Source;
        Proves = data.Proves;
    }

    public long Id { get; private set; }
    public int Number { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly CollectedOn { get; private set; }
    public string Place { get; private set; } = "";
    public IReadOnlyList<string> OfficerUserIds => officerUserIds;
    public string? Sha256 { get; private set; }
    public string? Source { get; private set; }
    public string? Proves { get; private set; }

    internal void Edit(EvidenceEditData data)
    {
        Title = data.Title;
        Source = data.Source;
        Proves = data.Proves;
    }
}

/// <summary>现场检查（勘察）笔录 or 调查询问笔录.</summary>
public sealed class InvestigationRecord
{
    private readonly List<string> officerUserIds = [];

    private InvestigationRecord() { }

    internal InvestigationRecord(InvestigationRecordData data)
    {
        Kind = data.Kind;
        On = data.On;
        Place = data.Place;
        officerUserIds.AddRange(data.OfficerUserIds);
        Summary = data.Summary;
        if (data.Circumstances is { } at)
        {
            StartTime = at.StartTime;
            EndTime = at.EndTime;
            PersonsPresent = at.PersonsPresent;
            Latitude = at.Latitude;
            Longitude = at.Longitude;
            PositionAccuracyMetres = at.PositionAccuracyMetres;
        }
        Representative = data.Representative;
        Source = data.Source;
    }

    public long Id { get; private set; }
    public InvestigationRecordKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public string Place { get; private set; } = "";
    public IReadOnlyList<string> OfficerUserIds => officerUserIds;
    public string Summary { get; private set; } = "";
    public TimeOnly? StartTime { get; private set; }
    public TimeOnly? EndTime { get; private set; }
    public string? PersonsPresent { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public int? PositionAccuracyMetres { get; private set; }
    public string? Representative { get; private set; }
    public string? Source { get; private set; }
}

/// <summary>总投资额 finding for 未批先建 under the old law, with its basis and evidence (DECISIONS.md §6).</summary>
public sealed record InvestmentFinding(DateOnly FoundOn, decimal Amount, InvestmentBasis Basis, IReadOnlyList<int> EvidenceNumbers);

public sealed record FilingRequest(DateOnly RequestedOn, string RequestedBy, string Reason)
{
    public string? DepartmentOpinion { get; init; }

    public string? DepartmentHead { get; init; }
}

public sealed record Approval(DateOnly On, string UserId, string Name)
{
    public string? Opinion { get; init; }
}

public sealed record CaseReviewResult(DateOnly ReviewedOn, string ReviewerUserId, ReviewChecklist Checklist, string Opinion)
{
    public bool Passed => Checklist.AllPassed;
}

/// <summary>One 告知 cycle: what was notified, whether a hearing was offered, when the notice was served.</summary>
public sealed class Notice
{
    private Notice() { }

    internal Notice(int cycle, NoticeData data, ProposedPenalty notified, bool hearingOffered, string issuedBy)
    {
        Cycle = cycle;
        Number = data.Number;
        IssuedOn = data.IssuedOn;
        NotifiedFine = notified.Fine;
        NotifiedSanctions = notified.Sanctions;
        HearingOffered = hearingOffered;
        IssuedBy = issuedBy;
    }

    public long Id { get; private set; }
    public int Cycle { get; private set; }
    public string Number { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public decimal NotifiedFine { get; private set; }
    public Sanctions NotifiedSanctions { get; private set; }
    public bool HearingOffered { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public ServiceMethod? ServiceMethod { get; private set; }

    /// <summary>The day service took effect (the statement and hearing periods run from it).</summary>
    public DateOnly? ServedOn { get; private set; }

    /// <summary>The day on the 回证: handed over, posted, or (公告送达) last published.</summary>
    public DateOnly? ServiceStepOn { get; private set; }

    public ServiceDetails? ServiceDetails { get; private set; }

    internal void Renumber(string number) => Number = number;

    internal void RecordService(NoticeServiceData data, DateOnly deemedServedOn)
    {
        ServiceMethod = data.Method;
        ServiceStepOn = data.ServedOn;
        ServedOn = deemedServedOn;
        ServiceDetails = data.Details;
    }
}

public sealed class Statement
{
    private Statement() { }

    internal Statement(int noticeCycle, StatementData data)
    {
        NoticeCycle = noticeCycle;
        ReceivedOn = data.ReceivedOn;
        Summary = data.Summary;
        WaivesStatement = data.WaivesStatement;
        WaivesHearing = data.WaivesHearing;
    }

    public long Id { get; private set; }
    public int NoticeCycle { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string Summary { get; private set; } = "";
    public bool WaivesStatement { get; private set; }
    public bool WaivesHearing { get; private set; }
}

public sealed class HearingRecord
{
    private HearingRecord() { }

    internal HearingRecord(int noticeCycle, DateOnly requestedOn)
    {
        NoticeCycle = noticeCycle;
        RequestedOn = requestedOn;
    }

    public long Id { get; private set; }
    public int NoticeCycle { get; private set; }
    public DateOnly RequestedOn { get; private set; }

    /// <summary>The 听证通知书's date; null until the hearing is scheduled.</summary>
    public DateOnly? NoticeIssuedOn { get; private set; }

    /// <summary>The day the 听证通知书's service took effect; null until served.</summary>
    public DateOnly? NoticeServedOn { get; private set; }
    public ServiceMethod? NoticeServiceMethod { get; private set; }
    public DateOnly? NoticeServiceStepOn { get; private set; }
    public ServiceDetails? NoticeServiceDetails { get; private set; }

    /// <summary>Null: public (行政处罚法第六十四条第三项); otherwise why it is not.</summary>
    public HearingPrivacyGround? NonPublicGround { get; private set; }
    public DateOnly? HearingOn { get; private set; }
    public string? Place { get; private set; }
    public string? PresidingUserId { get; private set; }
    public string? PresidingName { get; private set; }
    public DateOnly? ConcludedOn { get; private set; }
    public HearingOutcome? Outcome { get; private set; }
    public string? Summary { get; private set; }

    /// <summary>听证员 and 记录员 recorded when the hearing was scheduled.</summary>
    public string? HearingOfficers { get; private set; }
    public string? Clerk { get; private set; }

    /// <summary>委托代理人 recorded when the hearing concluded.</summary>
    public string? PartyAgents { get; private set; }

    internal void Schedule(HearingScheduleData data)
    {
        NoticeIssuedOn = data.IssuedOn;
        NonPublicGround = data.NonPublicGround;
        HearingOn = data.HearingOn;
        Place = data.Place;
        PresidingUserId = data.PresidingUserId;
        PresidingName = data.PresidingName;
        HearingOfficers = data.HearingOfficers;
        Clerk = data.Clerk;
    }

    internal void RecordNoticeService(HearingNoticeServiceData data, DateOnly deemedServedOn)
    {
        NoticeServiceMethod = data.Method;
        NoticeServiceStepOn = data.ServedOn;
        NoticeServedOn = deemedServedOn;
        NoticeServiceDetails = data.Details;
    }

    internal void Conclude(HearingConclusionData data)
    {
        ConcludedOn = data.ConcludedOn;
        Outcome = data.Outcome;
        Summary = data.Summary;
        PartyAgents = data.PartyAgents;
    }
}

public sealed record LegalReviewResult(DateOnly ReviewedOn, string ReviewerUserId, string ReviewerName, string Opinion, string? LegalQualification = null)
{
    public LegalReviewChecklist? Checklist { get; init; }
}

/// <summary>
/// 法制审核 checklist (行政处罚法第五十八条第二款；生态环境行政处罚办法第五十二条): 主体、管辖、程序、事实、证据、
/// 定性、依据、裁量、文书, each with the reviewer's opinion.
/// </summary>
public sealed record LegalReviewChecklist(
    ReviewItem Subject, ReviewItem Jurisdiction, ReviewItem Procedure, ReviewItem Facts, ReviewItem Evidence,
    ReviewItem Characterisation, ReviewItem Basis, ReviewItem Discretion, ReviewItem Documents)
{
    public IEnumerable<(string Name, ReviewItem Item)> Items()
    {
        yield return ("执法主体", Subject);
        yield return ("管辖", Jurisdiction);
        yield return ("程序", Procedure);
        yield return ("事实", Facts);
        yield return ("证据", Evidence);
        yield return ("定性", Characterisation);
        yield return ("法律依据", Basis);
        yield return ("裁量", Discretion);
        yield return ("文书", Documents);
    }
}

/// <summary>One participant's view in a collective discussion.</summary>
public sealed record DiscussionSpeech(string Speaker, string Opinion);

public sealed record DiscussionRecord(DateOnly HeldOn, IReadOnlyList<string> Participants, string Conclusion, string RecordedBy)
{
    public string? Place { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    public string? Chair { get; init; }

    public string? Recorder { get; init; }

    public IReadOnlyList<DiscussionSpeech> Speeches { get; init; } = [];
}

/// <summary>
/// The decision. <paramref name="MitigationGround"/> is recorded only when the fine went below the statutory
/// minimum (or left out a mandatory fine) by 减轻 (行政处罚法第三十二条; 法典第一千零五十六条第二款).
/// </summary>
public sealed record Decision(
    DecisionKind Kind, string Number, DateOnly DecidedOn, decimal Fine, Sanctions Sanctions, string DecidedBy, string? Reason,
    string? MitigationGround = null, NoPenaltyGround? NoPenaltyGround = null)
{
    /// <summary>
    /// 报经有批准权的人民政府批准: the approving government and its document, recorded when the decision orders 停业 or
    /// 关闭 under a provision that requires it (e.g. 大气污染防治法第九十九条; 法典第一千一百零七条).
    /// </summary>
    public string? GovernmentApproval { get; init; }
}

/// <summary>送达回证 of the decision. <see cref="DeemedServedOn"/> is the day service takes effect.</summary>
public sealed class ServiceRecord
{
    private ServiceRecord() { }

    internal ServiceRecord(ServiceData data, DateOnly deemedServedOn)
    {
        Method = data.Method;
        ServedOn = data.ServedOn;
        DeemedServedOn = deemedServedOn;
        Recipient = data.Recipient;
        Details = data.Details;
    }

    public long Id { get; private set; }
    public ServiceMethod Method { get; private set; }

    /// <summary>The day on the 回证: handed over, posted, or (公告送达) last published.</summary>
    public DateOnly ServedOn { get; private set; }
    public DateOnly DeemedServedOn { get; private set; }
    public string Recipient { get; private set; } = "";
    public ServiceDetails Details { get; private set; } = new();
}

/// <summary>送达未果: kept in the file; it justifies 公告送达 (民事诉讼法第九十五条) or, for a 催告书, indirect service.</summary>
public sealed class ServiceAttempt
{
    private ServiceAttempt() { }

    internal ServiceAttempt(ServedDocument document, int documentSequence, ServiceAttemptData data, string recordedBy)
    {
        Document = document;
        DocumentSequence = documentSequence;
        Method = data.Method;
        AttemptedOn = data.AttemptedOn;
        Outcome = data.Outcome;
        Note = data.Note;
        RecordedBy = recordedBy;
    }

    public ServedDocument Document { get; private set; }

    /// <summary>Which one of its kind: the notice cycle, the demand's number; 1 for the decision.</summary>
    public int DocumentSequence { get; private set; }
    public ServiceMethod Method { get; private set; }
    public DateOnly AttemptedOn { get; private set; }
    public ServiceAttemptOutcome Outcome { get; private set; }
    public string Note { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
}

public sealed class Payment
{
    private Payment() { }

    internal Payment(PaymentData data)
    {
        PaidOn = data.PaidOn;
        Amount = data.Amount;
        Reference = data.Reference;
    }

    public long Id { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public decimal Amount { get; private set; }
    public string Reference { get; private set; } = "";
}

/// <summary>One instalment of an approved 分期缴纳 plan (行政处罚法第六十六条).</summary>
public sealed class Instalment
{
    private Instalment() { }

    internal Instalment(DateOnly approvedOn, string approvedBy, InstalmentDue due)
    {
        ApprovedOn = approvedOn;
        ApprovedBy = approvedBy;
        DueOn = due.DueOn;
        Amount = due.Amount;
    }

    public long Id { get; private set; }
    public DateOnly ApprovedOn { get; private set; }
    public string ApprovedBy { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public decimal Amount { get; private set; }
}

public sealed class Demand
{
    private Demand() { }

    internal Demand(int number, DemandData data, DateOnly deemedServedOn)
    {
        Number = number;
        IssuedOn = data.IssuedOn;
        ServedOn = data.ServedOn;
        DeemedServedOn = deemedServedOn;
        Method = data.Method;
        Details = data.Details;
    }

    public long Id { get; private set; }

    /// <summary>Case-local number (the first 催告 is 1), so failed attempts can name the demand they concern.</summary>
    public int Number { get; private set; }
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The day on the 回证: handed over, posted, or (公告送达) last published.</summary>
    public DateOnly ServedOn { get; private set; }

    /// <summary>The day service took effect: the ten working days of 行政强制法第五十四条 run from it.</summary>
    public DateOnly DeemedServedOn { get; private set; }
    public ServiceMethod Method { get; private set; }
    public ServiceDetails Details { get; private set; } = new();
}

public sealed record CourtApplication(DateOnly AppliedOn, string Court, string AppliedBy);

public sealed class CorrectionOrder
{
    private CorrectionOrder() { }

    internal CorrectionOrder(int number, CorrectionData data)
    {
        Number = number;
        OrderedOn = data.OrderedOn;
        DueOn = data.DueOn;
        Requirement = data.Requirement;
    }

    public long Id { get; private set; }
    public int Number { get; private set; }
    public DateOnly OrderedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public string Requirement { get; private set; } = "";

    /// <summary>
    /// The day the 责令改正违法行为决定书 was served (service taking effect): the daily penalty counts from the day
    /// after it, and the re-inspection is due within 30 days of it (令第28号第十条、第十七条). Null until served.
    /// </summary>
    public DateOnly? ServedOn { get; private set; }

    public ServiceMethod? ServiceMethod { get; private set; }

    /// <summary>The day on the 回证: handed over, posted, or (公告送达) last published.</summary>
    public DateOnly? ServiceStepOn { get; private set; }

    public ServiceDetails? ServiceDetails { get; private set; }

    internal void RecordService(CorrectionServiceData data, DateOnly deemedServedOn)
    {
        ServiceMethod = data.Method;
        ServiceStepOn = data.ServedOn;
        ServedOn = deemedServedOn;
        ServiceDetails = data.Details;
    }
}

/// <summary>
/// 关联案件 opened on the original case for a 按日连续处罚 (令第28号第十五条): which correction order's refusal it
/// punishes, when it was opened and by whom, and the amount computed then. The linked case runs the ordinary
/// procedure and holds its own decision and money; the original keeps this line so an order is punished once.
/// </summary>
public sealed record DailyPenaltyLink(int CorrectionNumber, DateOnly OpenedOn, string OpenedBy, decimal Total);

/// <summary>
/// What a 按日连续处罚 case (关联案件) rests on, fixed when it was opened from the original case: the original
/// decision and its fine, the correction order and its service, the re-inspection that found the refusal, and
/// the amount = original fine × the days from the day after service to the re-inspection day (令第28号第十七条、
/// 第十九条; 环境保护法第五十九条第一款; 法典第一千零六十条第一款).
/// </summary>
public sealed record DailyPenaltyBasis(
    long OriginalCaseId, string OriginalCaseNumber, string OriginalDecisionNumber, DateOnly OriginalDecidedOn,
    int CorrectionNumber, DateOnly CorrectionOrderedOn, DateOnly CorrectionServedOn, string CorrectionRequirement,
    DateOnly ReinspectedOn, bool Obstructed, string ReinspectionFindings,
    DateOnly FirstDay, DateOnly LastDay, int Days, decimal DailyAmount, decimal Total, string Basis);

/// <summary>
/// 行政复议 or 行政诉讼 brought by the party against the decision: applied on, to which body or court, and its
/// outcome once known. While pending the surcharge does not accrue (行政处罚法第七十三条第三款) and the court
/// application waits (行政强制法第五十三条).
/// </summary>
public sealed class Remedy
{
    private Remedy() { }

    internal Remedy(int number, RemedyData data, string recordedBy)
    {
        Number = number;
        Kind = data.Kind;
        AppliedOn = data.AppliedOn;
        Body = data.Body;
        RecordedBy = recordedBy;
    }

    public long Id { get; private set; }

    /// <summary>Case-local number (the first remedy is 1), so its outcome can name it.</summary>
    public int Number { get; private set; }
    public RemedyKind Kind { get; private set; }
    public DateOnly AppliedOn { get; private set; }

    /// <summary>行政复议机关 or 人民法院.</summary>
    public string Body { get; private set; } = "";
    public RemedyOutcome? Outcome { get; private set; }

    /// <summary>The day the party received the reconsideration decision or the final judgment (or withdrew).</summary>
    public DateOnly? EndedOn { get; private set; }
    public string? OutcomeNote { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public bool Pending => Outcome is null;

    internal void End(RemedyOutcomeData data)
    {
        Outcome = data.Outcome;
        EndedOn = data.EndedOn;
        OutcomeNote = data.Note;
    }
}

public sealed class Reinspection
{
    private readonly List<string> officerUserIds = [];

    private Reinspection() { }

    internal Reinspection(ReinspectionData data)
    {
        CorrectionNumber = data.CorrectionNumber;
        InspectedOn = data.InspectedOn;
        officerUserIds.AddRange(data.OfficerUserIds);
        Corrected = data.Corrected;
        Findings = data.Findings;
        Obstructed = data.Obstructed;
    }

    public long Id { get; private set; }
    public int CorrectionNumber { get; private set; }
    public DateOnly InspectedOn { get; private set; }
    public IReadOnlyList<string> OfficerUserIds => officerUserIds;
    public bool Corrected { get; private set; }
    public string Findings { get; private set; } = "";

    /// <summary>当事人拒绝、阻挠复查 (令第28号第十三条; 法典第一千零六十条第一款).</summary>
    public bool Obstructed { get; private set; }
}

/// <summary>
/// 中止 interval: the decision clock does not run from <see cref="From"/> to <see cref="To"/> (null while
/// suspended). <see cref="SuspendedFrom"/> is the state the case returns to.
/// </summary>
public sealed class SuspensionInterval
{
    private SuspensionInterval() { }

    internal SuspensionInterval(SuspensionData data, CaseState suspendedFrom, string approvedBy)
    {
        From = data.From;
        Reason = data.Reason;
        SuspendedFrom = suspendedFrom;
        ApprovedBy = approvedBy;
    }

    public long Id { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string Reason { get; private set; } = "";
    public CaseState SuspendedFrom { get; private set; }
    public string ApprovedBy { get; private set; } = "";
    public string? ResumeApprovedBy { get; private set; }

    internal void End(DateOnly to, string approvedBy)
    {
        To = to;
        ResumeApprovedBy = approvedBy;
    }
}

public sealed class DeadlineExtension
{
    private DeadlineExtension() { }

    internal DeadlineExtension(ExtensionData data, string approvedBy)
    {
        Kind = data.Kind;
        ApprovedOn = data.ApprovedOn;
        Days = data.Days;
        Reason = data.Reason;
        CollectiveDecision = data.CollectiveDecision;
        ApprovedBy = approvedBy;
    }

    public long Id { get; private set; }
    public ExtensionKind Kind { get; private set; }
    public DateOnly ApprovedOn { get; private set; }
    public int Days { get; private set; }
    public string Reason { get; private set; } = "";
    public string? CollectiveDecision { get; private set; }
    public string ApprovedBy { get; private set; } = "";
}

public sealed record Closure(DateOnly ClosedOn, ClosureGround Ground, string Remark, string ClosedBy)
{
    /// <summary>The opinions given on the 结案审批表, with who and when (null: none recorded).</summary>
    public ClosureOpinions? Opinions { get; init; }
}

/// <summary>
/// 结案审批表: the 承办人's opinion (who, when), the 承办机构's opinion and its head, and the 负责人's own opinion (given
/// by the head who closes the case, on the closing day). Each part is printed only when it was recorded.
/// </summary>
public sealed record ClosureOpinions(
    string? HandlerOpinion, string? HandlerName, DateOnly? HandlerSignedOn,
    string? DepartmentOpinion, string? DepartmentHead, string? HeadOpinion);

/// <summary>行政处罚决定公示 (行政处罚法第四十八条): when, where and by whom it was recorded.</summary>
public sealed record Publication(DateOnly PublishedOn, string Channel, string? Url, string RecordedBy);

public sealed record ArchiveRecord(DateOnly ArchivedOn, string FileNumber, string ArchivedBy);

/// <summary>One line of the case history: every step appends one (server instant, user, short summary).</summary>
public sealed class CaseEvent
{
    private CaseEvent() { }

    internal CaseEvent(CaseState? from, CaseState to, CaseTrigger trigger, DateTimeOffset at, string userId, string summary)
    {
        From = from;
        To = to;
        Trigger = trigger;
        At = at;
        UserId = userId;
        Summary = summary;
    }

    public long Id { get; private set; }
    public CaseState? From { get; private set; }
    public CaseState To { get; private set; }
    public CaseTrigger Trigger { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserId { get; private set; } = "";
    public string Summary { get; private set; } = "";
}
