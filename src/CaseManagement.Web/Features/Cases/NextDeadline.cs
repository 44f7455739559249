using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The next deadline the agency itself must meet, kept on the Cases row (two persistence-only shadow
/// properties) so that the list can filter overdue and due-soon cases with an index instead of computing
/// every case's deadlines. Recomputed on every save of a case; each officer's row of the case carries the same date,
/// so that one officer's deadlines are a range of the (UserId, NextDeadlineOn) index.
/// </summary>
public static class NextDeadline
{
    public const string OnProperty = "NextDeadlineOn";
    public const string KindProperty = "NextDeadlineKind";

    /// <summary>The agency's own deadlines; the party's periods (陈述申辩、听证申请、复议、诉讼、缴款后加处罚款) are not the agency's to miss.</summary>
    public static readonly IReadOnlySet<DeadlineKind> AgencyKinds = new HashSet<DeadlineKind>
    {
        DeadlineKind.FilingDecision,
        DeadlineKind.HearingNotice,
        DeadlineKind.DecisionLimit,
        DeadlineKind.Service,
        DeadlineKind.Publication,
        DeadlineKind.Reinspection,
        DeadlineKind.Payment,
        DeadlineKind.CourtApplication,
    };

    private static readonly IReadOnlySet<CaseState> Finished = new HashSet<CaseState>
    {
        CaseState.Closed, CaseState.Archived, CaseState.NotFiled, CaseState.Cancelled, CaseState.Terminated, CaseState.Transferred,
    };

    /// <summary>The earliest agency deadline not yet met (overdue ones included); none once the case has ended.</summary>
    public static Deadline? Of(PenaltyCase c, CaseClock clock) => Finished.Contains(c.State)
        ? null
        : c.Deadlines(clock)
            .Where(d => AgencyKinds.Contains(d.Kind) && d.MetOn is null && d.Status != DeadlineStatus.Met)
            .MinBy(d => d.DueDate);

    /// <summary>The cases whose stored next deadline is before <paramref name="today"/> (逾期): a range of the deadline index.</summary>
    public static IQueryable<PenaltyCase> Overdue(this IQueryable<PenaltyCase> cases, DateOnly today) =>
        cases.Where(c => EF.Property<DateOnly?>(c, OnProperty) < today);

    public static void Store(CaseDbContext db, PenaltyCase c, CaseClock clock)
    {
        var next = Of(c, clock);
        var entry = db.Entry(c);
        entry.Property(OnProperty).CurrentValue = next?.DueDate;
        entry.Property(KindProperty).CurrentValue = next?.Kind;
        foreach (var officer in c.Officers)
        {
            db.Entry(officer).Property(OnProperty).CurrentValue = next?.DueDate;
        }
    }

    /// <summary>The next deadline and the 我的待办 lines (<see cref="Home.WorkQueue"/>), in the save of the step.</summary>
    public static async Task StoreAsync(CaseDbContext db, PenaltyCase c, CaseClock clock, CancellationToken ct)
    {
        // Both only set values through the change tracker's entries, add and remove lines: nothing here needs EF to
        // compare the case with its snapshot first, as each Entry() call otherwise does. The save detects the step's changes.
        using var _ = db.PauseChangeDetection();
        Store(db, c, clock);
        await Home.WorkQueue.RefreshAsync(db, c, clock, ct);
    }
}
