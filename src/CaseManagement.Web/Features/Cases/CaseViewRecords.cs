using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Web.Features.Cases;

// The records CaseView holds: the API's own shapes of the aggregate's records (DECISIONS.md §8), so that
// renaming a property of the domain does not change the JSON contract (tests compare /openapi/v1.json with a
// committed copy). Each has one From that copies the domain record field by field.

public sealed record PartyView(PartyKind Kind, string Name, string IdentifierCode, string Address, string? LegalRepresentative)
{
    public static PartyView From(Party p) => new(p.Kind, p.Name, p.IdentifierCode, p.Address, p.LegalRepresentative);
}

public sealed record FilingRequestView(DateOnly RequestedOn, string RequestedBy, string Reason)
{
    public static FilingRequestView? From(FilingRequest? r) => r is null ? null : new(r.RequestedOn, r.RequestedBy, r.Reason);
}

public sealed record ApprovalView(DateOnly On, string UserId, string Name)
{
    public static ApprovalView? From(Approval? a) => a is null ? null : new(a.On, a.UserId, a.Name);
}

public sealed record CaseOfficerView(long Id, string UserId, string Name, string CertificateNumber, DateOnly CertificateValidFrom, DateOnly CertificateValidTo)
{
    public static CaseOfficerView From(CaseOfficer o) => new(o.Id, o.UserId, o.Name, o.CertificateNumber, o.CertificateValidFrom, o.CertificateValidTo);
}

public sealed record EvidenceItemView(
    long Id, int Number, EvidenceKind Kind, string Title, DateOnly CollectedOn, string Place, IReadOnlyList<string> OfficerUserIds, string? Sha256,
    string? Source, string? Proves)
{
    public static EvidenceItemView From(EvidenceItem e) =>
        new(e.Id, e.Number, e.Kind, e.Title, e.CollectedOn, e.Place, [.. e.OfficerUserIds], e.Sha256, e.Source, e.Proves);
}

public sealed record InvestigationRecordView(
    long Id, InvestigationRecordKind Kind, DateOnly On, string Place, IReadOnlyList<string> OfficerUserIds, string Summary,
    TimeOnly? StartTime, TimeOnly? EndTime, string? PersonsPresent, double? Latitude, double? Longitude, int? PositionAccuracyMetres)
{
    public static InvestigationRecordView From(InvestigationRecord r) => new(
        r.Id, r.Kind, r.On, r.Place, [.. r.OfficerUserIds], r.Summary,
        r.StartTime, r.EndTime, r.PersonsPresent, r.Latitude, r.Longitude, r.PositionAccuracyMetres);
}

public sealed record InvestmentFindingView(DateOnly FoundOn, decimal Amount, InvestmentBasis Basis, IReadOnlyList<int> EvidenceNumbers)
{
    public static InvestmentFindingView? From(InvestmentFinding? f) => f is null ? null : new(f.FoundOn, f.Amount, f.Basis, [.. f.EvidenceNumbers]);
}

/// <param name="DiscretionFactors">The grade chosen for each discretion factor in the calculator (裁量因素).</param>
public sealed record ProposedPenaltyView(
    decimal Fine, Sanctions Sanctions, bool FlaggedForDiscussion, string? MitigationGround, string? DiscretionReasons,
    IReadOnlyList<DiscretionChoiceView> DiscretionFactors)
{
    public static ProposedPenaltyView? From(ProposedPenalty? p) => p is null
        ? null
        : new(p.Fine, p.Sanctions, p.FlaggedForDiscussion, p.MitigationGround, p.DiscretionReasons,
            [.. (p.DiscretionFactors ?? []).Select(f => new DiscretionChoiceView(f.Factor, f.Level))]);
}

/// <summary>A discretion factor and the level of the grade chosen for it (1 = the lightest).</summary>
public sealed record DiscretionChoiceView(DiscretionFactor Factor, int Level);

public sealed record FineFindingsView(EiaDocumentType? EiaDocument, bool Serious, bool Uncorrected)
{
    public static FineFindingsView From(FineFindings f) => new(f.EiaDocument, f.Serious, f.Uncorrected);
}

public sealed record ReviewItemView(bool Passed, string Opinion)
{
    public static ReviewItemView From(ReviewItem i) => new(i.Passed, i.Opinion);
}

public sealed record ReviewChecklistView(
    ReviewItemView Jurisdiction, ReviewItemView Facts, ReviewItemView Evidence, ReviewItemView Procedure, ReviewItemView Limitation,
    ReviewItemView LegalBasis, ReviewItemView Discretion, bool AllPassed)
{
    public static ReviewChecklistView From(ReviewChecklist c) => new(
        ReviewItemView.From(c.Jurisdiction), ReviewItemView.From(c.Facts), ReviewItemView.From(c.Evidence), ReviewItemView.From(c.Procedure),
        ReviewItemView.From(c.Limitation), ReviewItemView.From(c.LegalBasis), ReviewItemView.From(c.Discretion), c.AllPassed);
}

public sealed record CaseReviewView(DateOnly ReviewedOn, string ReviewerUserId, ReviewChecklistView Checklist, string Opinion, bool Passed)
{
    public static CaseReviewView? From(CaseReviewResult? r) =>
        r is null ? null : new(r.ReviewedOn, r.ReviewerUserId, ReviewChecklistView.From(r.Checklist), r.Opinion, r.Passed);
}

public sealed record ServiceWitnessView(string Name, string Unit);

/// <summary>The 送达回证 details of a service (民事诉讼法第八十七条至第九十五条).</summary>
public sealed record ServiceDetailsView(
    string? Recipient, RecipientRelation? Relation, string? Place, TimeOnly? Time, IReadOnlyList<string> ServerUserIds, string? RefusalReason,
    IReadOnlyList<ServiceWitnessView> Witnesses, IReadOnlyList<string> Recordings, string? ConsentReference, string? ElectronicAddress,
    string? Intermediary, string? TrackingNumber, DateOnly? ReturnSlipDate, PublicationGround? PublicationGround,
    IReadOnlyList<string> PublicationChannels, string? Remarks)
{
    public static ServiceDetailsView From(ServiceDetails d) => new(
        d.Recipient, d.Relation, d.Place, d.Time, [.. d.ServerUserIds], d.RefusalReason, [.. d.Witnesses.Select(w => new ServiceWitnessView(w.Name, w.Unit))],
        [.. d.Recordings], d.ConsentReference, d.ElectronicAddress, d.Intermediary, d.TrackingNumber, d.ReturnSlipDate, d.PublicationGround,
        [.. d.PublicationChannels], d.Remarks);
}

public sealed record NoticeView(
    long Id, int Cycle, string Number, DateOnly IssuedOn, decimal NotifiedFine, Sanctions NotifiedSanctions, bool HearingOffered, string IssuedBy,
    ServiceMethod? ServiceMethod, DateOnly? ServedOn, DateOnly? ServiceStepOn, ServiceDetailsView? ServiceDetails)
{
    public static NoticeView From(Notice n) => new(
        n.Id, n.Cycle, n.Number, n.IssuedOn, n.NotifiedFine, n.NotifiedSanctions, n.HearingOffered, n.IssuedBy, n.ServiceMethod, n.ServedOn,
        n.ServiceStepOn, n.ServiceDetails is { } d ? ServiceDetailsView.From(d) : null);
}

public sealed record StatementView(long Id, int NoticeCycle, DateOnly ReceivedOn, string Summary, bool WaivesStatement, bool WaivesHearing)
{
    public static StatementView From(Statement s) => new(s.Id, s.NoticeCycle, s.ReceivedOn, s.Summary, s.WaivesStatement, s.WaivesHearing);
}

public sealed record HearingView(
    long Id, int NoticeCycle, DateOnly RequestedOn, DateOnly? NoticeIssuedOn, DateOnly? NoticeServedOn, ServiceMethod? NoticeServiceMethod,
    DateOnly? HearingOn, string? Place, string? PresidingUserId, string? PresidingName, HearingPrivacyGround? NonPublicGround,
    DateOnly? ConcludedOn, HearingOutcome? Outcome, string? Summary, string? HearingOfficers, string? Clerk, string? PartyAgents)
{
    public static HearingView From(HearingRecord h) => new(
        h.Id, h.NoticeCycle, h.RequestedOn, h.NoticeIssuedOn, h.NoticeServedOn, h.NoticeServiceMethod, h.HearingOn, h.Place,
        h.PresidingUserId, h.PresidingName, h.NonPublicGround, h.ConcludedOn, h.Outcome, h.Summary, h.HearingOfficers, h.Clerk, h.PartyAgents);
}

public sealed record LegalReviewView(DateOnly ReviewedOn, string ReviewerUserId, string ReviewerName, string Opinion)
{
    public static LegalReviewView? From(LegalReviewResult? r) => r is null ? null : new(r.ReviewedOn, r.ReviewerUserId, r.ReviewerName, r.Opinion);
}

public sealed record DiscussionView(DateOnly HeldOn, IReadOnlyList<string> Participants, string Conclusion, string RecordedBy)
{
    public static DiscussionView? From(DiscussionRecord? d) => d is null ? null : new(d.HeldOn, [.. d.Participants], d.Conclusion, d.RecordedBy);
}

public sealed record DecisionView(
    DecisionKind Kind, string Number, DateOnly DecidedOn, decimal Fine, Sanctions Sanctions, string DecidedBy, string? Reason, string? MitigationGround,
    NoPenaltyGround? NoPenaltyGround)
{
    /// <summary>报经有批准权的人民政府批准: the approving government and its document, where the provision requires it.</summary>
    public string? GovernmentApproval { get; init; }

    public static DecisionView? From(Decision? d) =>
        d is null ? null : new(d.Kind, d.Number, d.DecidedOn, d.Fine, d.Sanctions, d.DecidedBy, d.Reason, d.MitigationGround, d.NoPenaltyGround)
        {
            GovernmentApproval = d.GovernmentApproval,
        };
}

public sealed record ServiceRecordView(long Id, ServiceMethod Method, DateOnly ServedOn, DateOnly DeemedServedOn, string Recipient, ServiceDetailsView Details)
{
    public static ServiceRecordView From(ServiceRecord s) => new(s.Id, s.Method, s.ServedOn, s.DeemedServedOn, s.Recipient, ServiceDetailsView.From(s.Details));
}

public sealed record ServiceAttemptView(
    ServedDocument Document, int DocumentSequence, ServiceMethod Method, DateOnly AttemptedOn, ServiceAttemptOutcome Outcome, string Note, string RecordedBy)
{
    public static ServiceAttemptView From(ServiceAttempt a) => new(a.Document, a.DocumentSequence, a.Method, a.AttemptedOn, a.Outcome, a.Note, a.RecordedBy);
}

public sealed record PaymentView(long Id, DateOnly PaidOn, decimal Amount, string Reference)
{
    public static PaymentView From(Payment p) => new(p.Id, p.PaidOn, p.Amount, p.Reference);
}

public sealed record InstalmentView(long Id, DateOnly ApprovedOn, string ApprovedBy, DateOnly DueOn, decimal Amount)
{
    public static InstalmentView From(Instalment i) => new(i.Id, i.ApprovedOn, i.ApprovedBy, i.DueOn, i.Amount);
}

public sealed record DemandView(long Id, int Number, DateOnly IssuedOn, DateOnly ServedOn, DateOnly DeemedServedOn, ServiceMethod Method, ServiceDetailsView Details)
{
    public static DemandView From(Demand d) => new(d.Id, d.Number, d.IssuedOn, d.ServedOn, d.DeemedServedOn, d.Method, ServiceDetailsView.From(d.Details));
}

public sealed record CourtApplicationView(DateOnly AppliedOn, string Court, string AppliedBy)
{
    public static CourtApplicationView? From(CourtApplication? a) => a is null ? null : new(a.AppliedOn, a.Court, a.AppliedBy);
}

public sealed record CorrectionOrderView(long Id, int Number, DateOnly OrderedOn, DateOnly DueOn, string Requirement, DateOnly? ServedOn, ServiceMethod? ServiceMethod)
{
    public static CorrectionOrderView From(CorrectionOrder o) => new(o.Id, o.Number, o.OrderedOn, o.DueOn, o.Requirement, o.ServedOn, o.ServiceMethod);
}

public sealed record ReinspectionView(long Id, int CorrectionNumber, DateOnly InspectedOn, IReadOnlyList<string> OfficerUserIds, bool Corrected, string Findings, bool Obstructed)
{
    public static ReinspectionView From(Reinspection r) => new(r.Id, r.CorrectionNumber, r.InspectedOn, [.. r.OfficerUserIds], r.Corrected, r.Findings, r.Obstructed);
}

/// <summary>A 按日连续处罚 case opened from this one for a correction order (the amount it was opened with).</summary>
public sealed record DailyPenaltyView(int CorrectionNumber, DateOnly OpenedOn, string OpenedBy, decimal Total)
{
    public static DailyPenaltyView From(DailyPenaltyLink d) => new(d.CorrectionNumber, d.OpenedOn, d.OpenedBy, d.Total);
}

/// <summary>What a 按日连续处罚 case rests on (令第28号第十七条、第十九条), fixed when it was opened.</summary>
public sealed record DailyPenaltyBasisView(
    long OriginalCaseId, string OriginalCaseNumber, string OriginalDecisionNumber, DateOnly OriginalDecidedOn,
    int CorrectionNumber, DateOnly CorrectionOrderedOn, DateOnly CorrectionServedOn, string CorrectionRequirement,
    DateOnly ReinspectedOn, bool Obstructed, string ReinspectionFindings,
    DateOnly FirstDay, DateOnly LastDay, int Days, decimal DailyAmount, decimal Total, string Basis)
{
    public static DailyPenaltyBasisView? From(DailyPenaltyBasis? b) => b is null ? null : new(
        b.OriginalCaseId, b.OriginalCaseNumber, b.OriginalDecisionNumber, b.OriginalDecidedOn,
        b.CorrectionNumber, b.CorrectionOrderedOn, b.CorrectionServedOn, b.CorrectionRequirement,
        b.ReinspectedOn, b.Obstructed, b.ReinspectionFindings, b.FirstDay, b.LastDay, b.Days, b.DailyAmount, b.Total, b.Basis);
}

/// <summary>行政复议 or 行政诉讼 against the decision and its outcome.</summary>
public sealed record RemedyView(long Id, int Number, RemedyKind Kind, DateOnly AppliedOn, string Body, RemedyOutcome? Outcome, DateOnly? EndedOn, string? OutcomeNote, bool Pending)
{
    public static RemedyView From(Remedy r) => new(r.Id, r.Number, r.Kind, r.AppliedOn, r.Body, r.Outcome, r.EndedOn, r.OutcomeNote, r.Pending);
}

public sealed record SuspensionView(long Id, DateOnly From, DateOnly? To, string Reason, CaseState SuspendedFrom, string ApprovedBy, string? ResumeApprovedBy)
{
    public static SuspensionView Of(SuspensionInterval s) => new(s.Id, s.From, s.To, s.Reason, s.SuspendedFrom, s.ApprovedBy, s.ResumeApprovedBy);
}

public sealed record ExtensionView(long Id, ExtensionKind Kind, DateOnly ApprovedOn, int Days, string Reason, string? CollectiveDecision, string ApprovedBy)
{
    public static ExtensionView From(DeadlineExtension e) => new(e.Id, e.Kind, e.ApprovedOn, e.Days, e.Reason, e.CollectiveDecision, e.ApprovedBy);
}

/// <summary>结案 and the opinions recorded for the 结案审批表 (null where not recorded).</summary>
public sealed record ClosureView(
    DateOnly ClosedOn, ClosureGround Ground, string Remark, string ClosedBy,
    string? HandlerOpinion, string? HandlerName, DateOnly? HandlerSignedOn, string? DepartmentOpinion, string? DepartmentHead, string? HeadOpinion)
{
    public static ClosureView? From(Closure? c) => c is null ? null : new(c.ClosedOn, c.Ground, c.Remark, c.ClosedBy,
        c.Opinions?.HandlerOpinion, c.Opinions?.HandlerName, c.Opinions?.HandlerSignedOn, c.Opinions?.DepartmentOpinion,
        c.Opinions?.DepartmentHead, c.Opinions?.HeadOpinion);
}

public sealed record ArchiveView(DateOnly ArchivedOn, string FileNumber, string ArchivedBy)
{
    public static ArchiveView? From(ArchiveRecord? a) => a is null ? null : new(a.ArchivedOn, a.FileNumber, a.ArchivedBy);
}

public sealed record PublicationRecordView(DateOnly PublishedOn, string Channel, string? Url, string RecordedBy)
{
    public static PublicationRecordView? From(Publication? p) => p is null ? null : new(p.PublishedOn, p.Channel, p.Url, p.RecordedBy);
}

public sealed record DeadlineView(DeadlineKind Kind, DateOnly DueDate, bool Provisional, string Basis, DeadlineStatus Status, DateOnly? MetOn, string Label)
{
    public static DeadlineView From(Deadline d) => new(d.Kind, d.DueDate, d.Provisional, d.Basis, d.Status, d.MetOn, d.Label);
}
