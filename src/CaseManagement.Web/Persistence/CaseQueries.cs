using CaseManagement.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Persistence;

public static class CaseQueries
{
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
