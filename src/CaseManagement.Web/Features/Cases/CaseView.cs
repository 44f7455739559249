using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The case as the API shows it (DECISIONS.md §8): every record of the aggregate, the deadlines computed
/// for today, the triggers the current user may fire now, the numbers issued and the history.
/// </summary>
public sealed record CaseView(
    long Id,
    CaseState State,
    string StateLabel,
    Guid Version,
    string? CaseNumber,
    string Cause,
    string ViolationCode,
    DateOnly? ActDate,
    bool ActPredatesCode,
    PartyView Party,
    CaseLeadView Lead,
    FilingRequestView? FilingRequest,
    ApprovalView? FilingApproval,
    IReadOnlyList<CaseOfficerView> Officers,
    IReadOnlyList<EvidenceItemView> Evidence,
    IReadOnlyList<EvidenceFileView> EvidenceFiles,
    IReadOnlyList<InvestigationRecordView> Records,
    InvestmentFindingView? InvestmentFinding,
    string? InvestigationReport,
    ProposedPenaltyView? ProposedPenalty,
    FineFindingsView FineFindings,
    StatutoryRangeView StatutoryRange,
    CaseReviewView? CaseReview,
    IReadOnlyList<NoticeView> Notices,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<HearingView> Hearings,
    DateOnly? StatementPeriodClosedOn,
    string? RecheckOpinion,
    LegalReviewView? LegalReview,
    DiscussionView? Discussion,
    DecisionView? Decision,
    IReadOnlyList<ServiceRecordView> Services,
    IReadOnlyList<ServiceAttemptView> ServiceAttempts,
    IReadOnlyList<PaymentView> Payments,
    decimal PaidAmount,
    decimal OutstandingFine,
    IReadOnlyList<InstalmentView> Instalments,
    IReadOnlyList<DemandView> Demands,
    CourtApplicationView? CourtApplication,
    IReadOnlyList<CorrectionOrderView> Corrections,
    IReadOnlyList<ReinspectionView> Reinspections,
    IReadOnlyList<DailyPenaltyView> DailyPenalties,
    IReadOnlyList<SuspensionView> Suspensions,
    CaseState? SuspendedFrom,
    IReadOnlyList<ExtensionView> Extensions,
    string? EndReason,
    DateOnly? EndedOn,
    ClosureView? Closure,
    ArchiveView? Archive,
    PublicationRecordView? Publication,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<string> AllowedActions,
    IReadOnlyList<IssuedNumberView> IssuedNumbers,
    IReadOnlyList<CaseDocumentView> Documents,
    IReadOnlyList<CaseEventView> History,
    DailyPenaltyBasisView? DailyPenaltyBasis,
    IReadOnlyList<RemedyView> Remedies,
    IReadOnlyList<LinkedCaseView> LinkedCases)
{
    /// <summary>自…起: the day a continuing or repeated act began (null: an act of one day, on ActDate).</summary>
    public DateOnly? ActStartedOn { get; init; }

    /// <summary>至今仍在继续: the act had not ended when found (ActDate is then the last day it was found continuing).</summary>
    public bool ActContinuing { get; init; }

    /// <summary>An earlier discovery than the lead's registration, recorded for 处罚时效 (行政处罚法第三十六条).</summary>
    public DateOnly? DiscoveredOn { get; init; }

    /// <summary>
    /// What the procedure waits for now, by role (whoever the user is): after 提请立案 the head's 批准立案, after
    /// 调查终结 the reviewer's 案件审查 … The pages show it beside the new state at once.
    /// </summary>
    public IReadOnlyList<NextStepView> NextSteps { get; init; } = [];
}

/// <summary>A role and the steps of the procedure it may take next (options open at any time left out).</summary>
public sealed record NextStepView(CaseRole Role, string RoleLabel, IReadOnlyList<string> Triggers, IReadOnlyList<string> Labels);

/// <summary>A 按日连续处罚 case (关联案件) opened from this one, or the original case of a linked one.</summary>
public sealed record LinkedCaseView(long Id, string? CaseNumber, CaseState State, string StateLabel, int? CorrectionNumber, decimal? Total);

/// <summary>The stored file of an evidence item, downloadable (after its hash is re-checked) at <see cref="Url"/>.</summary>
public sealed record EvidenceFileView(int Number, string FileName, string ContentType, long Length, string Sha256, string Url);

/// <summary>
/// The statutory fine range for the decision day (today while undecided): the law of the day of the act with
/// 从旧兼从轻 (行政处罚法第三十七条), its basis and the reason — or, in <see cref="Problem"/>, the fact still missing.
/// </summary>
public sealed record StatutoryRangeView(
    decimal? Minimum, decimal? Maximum, bool OptionalFine, string? Basis, string? Tier, bool LighterNewLawApplied, string? Reason, string? Problem)
{
    public static StatutoryRangeView From(StatutoryRangeCheck check) => check.Range is { } r
        ? new(r.Minimum, r.Maximum, r.OptionalFine, r.Basis, r.Tier, r.LighterNewLawApplied, r.Reason, null)
        : new(null, null, false, null, null, false, null, check.Problem);
}

public sealed record CaseLeadView(string Source, DateOnly RegisteredOn, string RegisteredBy);

/// <summary>A document number issued for this case (立案号, 罚告, 罚决, 责改, 分缴, 催告, 强执申 …).</summary>
public sealed record IssuedNumberView(DocumentType Type, string TypeLabel, string Number, bool Voided);

/// <summary>
/// A document issued for the case, in issue order: its stored bytes at <see cref="Url"/> (never re-rendered),
/// their SHA-256, and — when voided — the reason and the document issued in its place.
/// </summary>
public sealed record CaseDocumentView(
    long Id, string Template, string Title, string? Number, string Sha256, DateTimeOffset IssuedAt,
    bool Voided, string? VoidReason, long? ReplacedBy, string Url, string PdfUrl)
{
    public static CaseDocumentView From(IssuedDocumentSummary d) => new(
        d.Id, d.TemplateName, d.Title, d.DocumentNumber, d.Sha256, new DateTimeOffset(DateTime.SpecifyKind(d.IssuedAt, DateTimeKind.Utc)),
        d.VoidedAt is not null, d.VoidReason, d.ReplacedById, $"/api/documents/{d.Id}", $"/api/documents/{d.Id}/pdf");
}

public sealed record CaseEventView(
    CaseState? From, CaseState To, CaseTrigger Trigger, string TriggerLabel, DateTimeOffset At, string UserId, string? UserName, string Summary);

/// <summary>Builds <see cref="CaseView"/> from a loaded aggregate; the only extra reads are the case's numbers and the actors' names.</summary>
public sealed class CaseViewBuilder(CaseDbContext db, DocumentIssuer documents)
{
    public async Task<CaseView> BuildAsync(PenaltyCase c, CaseContext context, CancellationToken ct)
    {
        // Compiled once (per model): these run after every step, and building and hashing their expressions for the
        // query cache cost more than running them.
        var numbers = await Numbers.For(db)(db, c.Id).ToListAsync(ct);
        var files = await Files.For(db)(db, c.Id).ToListAsync(ct);
        var issued = await documents.ListAsync(c.Id, ct);

        // 关联案件: the daily-penalty cases opened from this one, or the original of a daily-penalty case. Opening one
        // always records the link on this case (PenaltyCase.OpenDailyPenaltyCase), so a case with neither has none.
        var linked = c.DailyPenaltyBasis is null && c.DailyPenalties.Count == 0
            ? []
            : await db.Cases.AsNoTracking()
                .Where(x => x.OrganisationId == c.OrganisationId
                    && (x.DailyPenaltyBasis!.OriginalCaseId == c.Id || (c.DailyPenaltyBasis != null && x.Id == c.DailyPenaltyBasis.OriginalCaseId)))
                .OrderBy(x => x.Id)
                .Select(x => new LinkedRow(x.Id, x.CaseNumber, x.State, x.DailyPenaltyBasis))
                .ToListAsync(ct);
        var userIds = c.History.Select(e => e.UserId).Append(c.RegisteredBy).Distinct().ToArray();
        var names = new Dictionary<string, string>(userIds.Length);
        await foreach (var user in Names.For(db)(db, userIds).WithCancellation(ct))
        {
            names[user.Id] = user.DisplayName;
        }

        return new CaseView(
            c.Id,
            c.State,
            c.StageLabel(),
            c.Version,
            c.CaseNumber,
            c.Cause,
            c.ViolationCode,
            c.ActDate,
            c.ActPredatesCode,
            PartyView.From(c.Party),
            new CaseLeadView(c.LeadSource, c.RegisteredOn, names.GetValueOrDefault(c.RegisteredBy) ?? c.RegisteredBy),
            FilingRequestView.From(c.FilingRequest),
            ApprovalView.From(c.FilingApproval),
            [.. c.Officers.Select(CaseOfficerView.From)],
            [.. c.Evidence.Select(EvidenceItemView.From)],
            [.. files.Select(f => f with { Url = $"/api/cases/{c.Id}/evidence/{f.Number}/file" })],
            [.. c.Records.Select(InvestigationRecordView.From)],
            InvestmentFindingView.From(c.InvestmentFinding),
            c.InvestigationReport,
            ProposedPenaltyView.From(c.ProposedPenalty),
            FineFindingsView.From(c.FineFindings),
            StatutoryRangeView.From(c.StatutoryRange(context.Clock)),
            CaseReviewView.From(c.CaseReview),
            [.. c.Notices.Select(NoticeView.From)],
            [.. c.Statements.Select(StatementView.From)],
            [.. c.Hearings.Select(HearingView.From)],
            c.StatementPeriodClosedOn,
            c.RecheckOpinion,
            LegalReviewView.From(c.LegalReview),
            DiscussionView.From(c.Discussion),
            DecisionView.From(c.Decision),
            [.. c.Services.Select(ServiceRecordView.From)],
            [.. c.ServiceAttempts.Select(ServiceAttemptView.From)],
            [.. c.Payments.Select(PaymentView.From)],
            c.PaidAmount,
            c.OutstandingFine,
            [.. c.Instalments.Select(InstalmentView.From)],
            [.. c.Demands.Select(DemandView.From)],
            CourtApplicationView.From(c.CourtApplication),
            [.. c.Corrections.Select(CorrectionOrderView.From)],
            [.. c.Reinspections.Select(ReinspectionView.From)],
            [.. c.DailyPenalties.Select(DailyPenaltyView.From)],
            [.. c.Suspensions.Select(SuspensionView.Of)],
            c.SuspendedFrom,
            [.. c.Extensions.Select(ExtensionView.From)],
            c.EndReason,
            c.EndedOn,
            ClosureView.From(c.Closure),
            ArchiveView.From(c.ArchiveRecord),
            PublicationRecordView.From(c.Publication),
            [.. c.Deadlines(context.Clock).Select(DeadlineView.From)],
            c.AllowedActions(context.Actor, context.Clock),
            [.. numbers.Select(n => new IssuedNumberView(n.DocumentType, n.DocumentType.DisplayName(), n.Text, n.VoidedAt is not null))],
            [.. issued.Select(CaseDocumentView.From)],
            [.. c.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new CaseEventView(
                e.From, e.To, e.Trigger, e.Trigger.ToChinese(), e.At, e.UserId, names.GetValueOrDefault(e.UserId), e.Summary))],
            DailyPenaltyBasisView.From(c.DailyPenaltyBasis),
            [.. c.Remedies.Select(RemedyView.From)],
            [.. linked.Select(x => new LinkedCaseView(x.Id, x.CaseNumber, x.State, x.State.ToChinese(), x.DailyPenaltyBasis?.CorrectionNumber, x.DailyPenaltyBasis?.Total))])
        {
            NextSteps = NextSteps(c, context.Clock),
            ActStartedOn = c.ActStartedOn,
            ActContinuing = c.ActContinuing,
            DiscoveredOn = c.DiscoveredOn,
        };
    }

    private sealed record NumberRow(DocumentType DocumentType, string Text, DateTime? VoidedAt);

    private sealed record LinkedRow(long Id, string? CaseNumber, CaseState State, DailyPenaltyBasis? DailyPenaltyBasis);

    private sealed record NameRow(string Id, string DisplayName);

    private static readonly CompiledPerModel<Func<CaseDbContext, long, IAsyncEnumerable<NumberRow>>> Numbers = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, long caseId) => db.IssuedNumbers.AsNoTracking()
            .Where(n => n.CaseId == caseId)
            .OrderBy(n => n.Id)
            .Select(n => new NumberRow(n.DocumentType, n.Text, n.VoidedAt))));

    private static readonly CompiledPerModel<Func<CaseDbContext, long, IAsyncEnumerable<EvidenceFileView>>> Files = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, long caseId) => db.EvidenceFiles.AsNoTracking()
            .Where(f => f.CaseId == caseId)
            .OrderBy(f => f.EvidenceNumber)
            .Select(f => new EvidenceFileView(f.EvidenceNumber, f.FileName, f.ContentType, f.Length, f.Sha256, ""))));

    private static readonly CompiledPerModel<Func<CaseDbContext, string[], IAsyncEnumerable<NameRow>>> Names = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, string[] ids) => db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new NameRow(u.Id, u.DisplayName))));

    private static readonly (CaseRole Role, string Label)[] CaseRoles =
        [(CaseRole.Officer, "执法人员"), (CaseRole.LegalReviewer, "法制审核人员"), (CaseRole.Head, "负责人"), (CaseRole.Clerk, "内勤")];

    /// <summary>
    /// Asks the machine, for a stand-in user of each role, which steps the case waits for. The stand-in is
    /// nobody in particular (for officers: a case officer), so person-bound guards (查审分离, own submission)
    /// pass; the real user's own buttons still come from <see cref="CaseView.AllowedActions"/>.
    /// </summary>
    public static IReadOnlyList<NextStepView> NextSteps(PenaltyCase c, CaseClock clock)
    {
        var steps = new List<NextStepView>();
        foreach (var (role, label) in CaseRoles)
        {
            // The officers' steps are the case officers' own (调查终结 by an investigator, 行政处罚法第五十四条).
            var standInId = role == CaseRole.Officer ? c.Officers.FirstOrDefault()?.UserId ?? c.RegisteredBy : "";
            // The role's next steps, as for a reviewer who meets 行政处罚法第五十八条第二款 (the user's own standing is checked on the step).
            var standIn = new Actor(standInId, label, new HashSet<CaseRole> { role }) { LegallyQualified = true };
            var triggers = c.AllowedActions(standIn, clock)
                .Select(Enum.Parse<CaseTrigger>)
                .Where(t => !Home.MyWork.Optional.Contains(t) && !OccasionalSteps.Contains(t))
                .Where(t => t != CaseTrigger.RecordReinspection || c.Reinspections.Count < c.Corrections.Count)
                .ToList();
            if (triggers.Count > 0)
            {
                steps.Add(new NextStepView(role, label, [.. triggers.Select(t => t.ToString())], [.. triggers.Select(t => t.ToChinese())]));
            }
        }

        return steps;
    }

    // Possible at many stages but not what the procedure is waiting for.
    private static readonly HashSet<CaseTrigger> OccasionalSteps =
        [CaseTrigger.RecordServiceAttempt, CaseTrigger.AddEvidence, CaseTrigger.EditEvidence, CaseTrigger.RecordInvestigation, CaseTrigger.RecordInvestmentFinding,
         CaseTrigger.RecordPublication, CaseTrigger.OpenDailyPenaltyCase, CaseTrigger.RecordRemedy, CaseTrigger.RecordRemedyOutcome];
}
