using CaseManagement.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Persistence;

public static class CaseQueries
{
    /// <summary>
    /// The records a case's deadlines are computed from (<see cref="PenaltyCase.Timeline"/>): enough for a read-only
    /// list of deadlines, not for a step (no officers, evidence, records or history).
    /// </summary>
    public static IQueryable<PenaltyCase> WithTimeline(this IQueryable<PenaltyCase> cases) => cases
        .Include(c => c.Notices)
        .Include(c => c.Statements)
        .Include(c => c.Hearings)
        .Include(c => c.Services)
        .Include(c => c.Payments)
        .Include(c => c.Instalments)
        .Include(c => c.Demands)
        .Include(c => c.Corrections)
        .Include(c => c.Reinspections)
        .Include(c => c.Remedies)
        .Include(c => c.Suspensions)
        .Include(c => c.Extensions)
        .AsSplitQuery();

    /// <summary>
    /// For read-only lists of cases that show their deadlines and what a user may do now: the deadlines' records
    /// and the officers. <see cref="PenaltyCase.AllowedActions"/> asks the guards without step data, and without
    /// data no guard reads the evidence, the investigation records or the history (they check a step's own
    /// dates and evidence numbers) — the tables that grow with every case, left out here.
    /// </summary>
    public static IQueryable<PenaltyCase> ForLists(this IQueryable<PenaltyCase> cases) => cases
        .WithTimeline()
        .Include(c => c.Officers);

    /// <summary>
    /// The whole aggregate, as the state machine needs it to decide a step. Split queries: one round trip
    /// per child table instead of a cartesian product of fifteen collections.
    /// </summary>
    public static IQueryable<PenaltyCase> WithEverything(this IQueryable<PenaltyCase> cases) => cases
        .Include(c => c.Officers)
        .Include(c => c.Evidence)
        .Include(c => c.Records)
        .Include(c => c.Notices)
        .Include(c => c.Statements)
        .Include(c => c.Hearings)
        .Include(c => c.Services)
        .Include(c => c.Payments)
        .Include(c => c.Instalments)
        .Include(c => c.Demands)
        .Include(c => c.Corrections)
        .Include(c => c.Reinspections)
        .Include(c => c.Remedies)
        .Include(c => c.Suspensions)
        .Include(c => c.Extensions)
        .Include(c => c.History)
        .AsSplitQuery();
}
