using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Statistics;

/// <summary>
/// The year's figures of the organisation: cases registered per month by their current state, decided
/// fines per violation, and how often each of the agency's own deadlines was met on time.
/// </summary>
/// <remarks>
/// The first two are grouped by the database (indexes on RegisteredOn and DecidedOn). The on-time rates
/// need each case's deadlines, which only the domain computes: the cases decided in the year are loaded
/// without tracking in batches of <see cref="Batch"/> (one split query per child table per batch) and
/// their deadlines computed in memory, then dropped. The cost is therefore linear in the number of cases
/// decided in the chosen year — bounded by the period, never by the whole table — and memory holds at
/// most one batch.
/// </remarks>
public static class CaseStatistics
{
    public const int Batch = 100;

    public sealed record Query(int Year) : IRequest<Report>;

    public sealed record Report(
        int Year, IReadOnlyList<CaseState> States, IReadOnlyList<MonthRow> Months,
        IReadOnlyList<FineRow> Fines, IReadOnlyList<OnTimeRow> OnTime, int CasesExamined);

    /// <param name="Counts">Cases registered in the month, by current state (only the states of <see cref="Report.States"/>).</param>
    public sealed record MonthRow(int Month, IReadOnlyDictionary<CaseState, int> Counts)
    {
        public int Total => Counts.Values.Sum();

        public int Count(CaseState state) => Counts.TryGetValue(state, out var n) ? n : 0;
    }

    public sealed record FineRow(string ViolationCode, string ViolationName, int Count, decimal Sum);

    public sealed record OnTimeRow(DeadlineKind Kind, string Label, int Met, int Late)
    {
        public int Total => Met + Late;

        /// <summary>Percentage met on time, one decimal; null when none was due.</summary>
        public decimal? Rate => Total == 0 ? null : Math.Round(100m * Met / Total, 1, MidpointRounding.AwayFromZero);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("年份须在2000至2100之间");
    }

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var from = new DateOnly(query.Year, 1, 1);
            var until = from.AddYears(1);
            var cases = db.Cases.AsNoTracking().Where(c => c.OrganisationId == context.OrganisationId);

            var monthly = await cases
                .Where(c => c.RegisteredOn >= from && c.RegisteredOn < until)
                .GroupBy(c => new { c.RegisteredOn.Month, c.State })
                .Select(g => new { g.Key.Month, g.Key.State, Count = g.Count() })
                .ToListAsync(ct);
            var states = monthly.Select(m => m.State).Distinct().Order().ToList();
            var months = Enumerable.Range(1, 12)
                .Select(month => new MonthRow(month, monthly.Where(m => m.Month == month).ToDictionary(m => m.State, m => m.Count)))
                .ToList();

            var decided = cases.Where(c => c.Decision != null && c.Decision.DecidedOn >= from && c.Decision.DecidedOn < until);
            var fines = await decided
                .Where(c => c.Decision!.Kind == DecisionKind.Penalty)
                .GroupBy(c => c.ViolationCode)
                .Select(g => new { Code = g.Key, Count = g.Count(), Sum = g.Sum(c => c.Decision!.Fine) })
                .ToListAsync(ct);
            var fineRows = fines
                .Select(f => new FineRow(f.Code, ViolationCatalogue.Default.TryGet(f.Code, out var v) ? v.Name : f.Code, f.Count, f.Sum))
                .OrderByDescending(f => f.Sum).ThenBy(f => f.ViolationCode, StringComparer.Ordinal)
                .ToList();

            var (onTime, examined) = await OnTimeAsync(decided, context.Clock, ct);
            return new Report(query.Year, states, months, fineRows, onTime, examined);
        }

        private async Task<(IReadOnlyList<OnTimeRow> Rows, int Examined)> OnTimeAsync(
            IQueryable<PenaltyCase> decided, CaseClock clock, CancellationToken ct)
        {
            var met = NextDeadline.AgencyKinds.ToDictionary(k => k, _ => 0);
            var late = NextDeadline.AgencyKinds.ToDictionary(k => k, _ => 0);
            var examined = 0;
            long after = 0;
            while (true)
            {
                // Keyset paging over the ids, then the whole aggregates of that batch only.
                var ids = await decided.Where(c => c.Id > after).OrderBy(c => c.Id).Select(c => c.Id).Take(Batch).ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }

                var batch = await db.Cases.AsNoTracking().WithEverything().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
                foreach (var deadline in batch.SelectMany(c => c.Deadlines(clock)).Where(d => NextDeadline.AgencyKinds.Contains(d.Kind)))
                {
                    if (deadline.Status == DeadlineStatus.Met)
                    {
                        met[deadline.Kind]++;
                    }
                    else if (deadline.Status == DeadlineStatus.Overdue)
                    {
                        late[deadline.Kind]++;
                    }
                }

                examined += batch.Count;
                after = ids[^1];
            }

            var rows = Enum.GetValues<DeadlineKind>()
                .Where(k => NextDeadline.AgencyKinds.Contains(k) && met[k] + late[k] > 0)
                .Select(k => new OnTimeRow(k, k.Label(), met[k], late[k]))
                .ToList();
            return (rows, examined);
        }
    }
}
