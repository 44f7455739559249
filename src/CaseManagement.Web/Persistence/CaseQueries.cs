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

    /// <summary>
    /// One case with everything the aggregate holds, tracked, in as few round trips as its records need: the case row
    /// tells in the same statement which child tables hold rows for it, and only those are read. A case under
    /// investigation has officers, evidence, records and history and nothing else yet, so it is read in seven
    /// statements (the row, its two owned collections, four child tables) instead of nineteen. The children are read
    /// after the row, as split queries always were: a step committed in between leaves this case with an older
    /// version, and its save is refused (409).
    /// </summary>
    public static async Task<PenaltyCase?> LoadWholeAsync(this CaseDbContext db, long caseId, int organisationId, CancellationToken ct)
    {
        using var _ = db.PauseChangeDetection(); // a fresh load changes nothing to detect
        var row = await db.Cases
            .Where(c => c.Id == caseId && c.OrganisationId == organisationId)
            .Select(c => new CaseParts(c,
                c.Officers.Any(), c.Evidence.Any(), c.Records.Any(), c.Notices.Any(), c.Statements.Any(), c.Hearings.Any(),
                c.Services.Any(), c.Payments.Any(), c.Instalments.Any(), c.Demands.Any(), c.Corrections.Any(),
                c.Reinspections.Any(), c.Remedies.Any(), c.Suspensions.Any(), c.Extensions.Any(), c.History.Any()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        // Navigations by name: a lambda here would build its expression tree (and look up its property by
        // reflection) sixteen times for every case read, present or not.
        var entry = db.Entry(row.Case);
        async Task Load(bool present, string navigation)
        {
            if (present)
            {
                await entry.Collection(navigation).LoadAsync(ct);
            }
        }

        await Load(row.Officers, nameof(PenaltyCase.Officers));
        await Load(row.Evidence, nameof(PenaltyCase.Evidence));
        await Load(row.Records, nameof(PenaltyCase.Records));
        await Load(row.Notices, nameof(PenaltyCase.Notices));
        await Load(row.Statements, nameof(PenaltyCase.Statements));
        await Load(row.Hearings, nameof(PenaltyCase.Hearings));
        await Load(row.Services, nameof(PenaltyCase.Services));
        await Load(row.Payments, nameof(PenaltyCase.Payments));
        await Load(row.Instalments, nameof(PenaltyCase.Instalments));
        await Load(row.Demands, nameof(PenaltyCase.Demands));
        await Load(row.Corrections, nameof(PenaltyCase.Corrections));
        await Load(row.Reinspections, nameof(PenaltyCase.Reinspections));
        await Load(row.Remedies, nameof(PenaltyCase.Remedies));
        await Load(row.Suspensions, nameof(PenaltyCase.Suspensions));
        await Load(row.Extensions, nameof(PenaltyCase.Extensions));
        await Load(row.History, nameof(PenaltyCase.History));
        return row.Case;
    }

    private sealed record CaseParts(
        PenaltyCase Case, bool Officers, bool Evidence, bool Records, bool Notices, bool Statements, bool Hearings, bool Services,
        bool Payments, bool Instalments, bool Demands, bool Corrections, bool Reinspections, bool Remedies, bool Suspensions,
        bool Extensions, bool History);
}
