using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Calendar;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Administration;

/// <summary>One year of the holiday calendar as loaded (DECISIONS.md §2), and which years are loaded at all.</summary>
public static class GetHolidayYear
{
    public sealed record Query(int Year) : IRequest<View>;

    /// <param name="Loaded">False: deadlines falling in this year count weekends only and are shown as provisional.</param>
    public sealed record View(int Year, bool Loaded, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeupWorkdays, DateTime? UpdatedAtUtc, IReadOnlyList<int> LoadedYears);

    internal sealed class Handler(CaseDbContext db) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken ct)
        {
            var years = await db.HolidayYears.AsNoTracking().OrderBy(y => y.Year).Select(y => new { y.Year, y.UpdatedAt }).ToListAsync(ct);
            var days = await db.HolidayDays.AsNoTracking().Where(d => d.Year == query.Year).OrderBy(d => d.Date).Select(d => new { d.Date, d.Kind }).ToListAsync(ct);
            var year = years.SingleOrDefault(y => y.Year == query.Year);
            return new View(
                query.Year,
                year is not null,
                [.. days.Where(d => d.Kind == HolidayDayKind.Holiday).Select(d => d.Date)],
                [.. days.Where(d => d.Kind == HolidayDayKind.Makeup).Select(d => d.Date)],
                year?.UpdatedAt,
                [.. years.Select(y => y.Year)]);
        }
    }
}
