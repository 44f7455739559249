using CaseManagement.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Persistence.Calendar;

/// <summary>
/// Builds the domain <see cref="LegalCalendar"/> from the holiday rows and caches it. Saving a year
/// through <see cref="SaveYearAsync"/> drops the cache; the cache also expires after a few minutes so
/// that an edit made on another server sharing the database is picked up.
/// </summary>
public sealed class HolidayCalendarProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile CachedCalendar? cached;

    public async Task<LegalCalendar> GetCalendarAsync(CancellationToken ct = default)
    {
        var current = cached;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < MaxAge)
        {
            return current.Calendar;
        }

        await loading.WaitAsync(ct);
        try
        {
            current = cached;
            if (current is not null && clock.GetUtcNow() - current.LoadedAt < MaxAge)
            {
                return current.Calendar;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var calendar = new LegalCalendar(new HolidayCalendar(await LoadYearsAsync(db, ct)));
            cached = new CachedCalendar(calendar, clock.GetUtcNow());
            return calendar;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Invalidate() => cached = null;

    /// <summary>
    /// Replaces the schedule of one year (an administrator enters each new year when the State Council
    /// publishes it). Returns the problems in Chinese; nothing is saved when there are any.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveYearAsync(CaseDbContext db, HolidayYear year, CancellationToken ct = default)
    {
        var problems = year.Problems();
        if (problems.Count > 0)
        {
            return problems;
        }

        var existing = await db.HolidayYears.Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year.Year, ct);
        if (existing is not null)
        {
            db.HolidayYears.Remove(existing);
            await db.SaveChangesAsync(ct);
        }

        db.HolidayYears.Add(ToRow(year, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        Invalidate();
        return [];
    }

    internal static HolidayYearRow ToRow(HolidayYear year, DateTime updatedAtUtc)
    {
        var row = new HolidayYearRow(year.Year, updatedAtUtc);
        row.Days.AddRange(year.Holidays.Select(d => new HolidayDayRow(d, HolidayDayKind.Holiday)));
        row.Days.AddRange(year.MakeupWorkdays.Select(d => new HolidayDayRow(d, HolidayDayKind.Makeup)));
        return row;
    }

    internal static async Task<IReadOnlyList<HolidayYear>> LoadYearsAsync(CaseDbContext db, CancellationToken ct)
    {
        var days = await db.HolidayDays.AsNoTracking().Select(d => new { d.Year, d.Date, d.Kind }).ToListAsync(ct);
        var years = await db.HolidayYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        return [.. years.Select(year => new HolidayYear(
            year,
            [.. days.Where(d => d.Year == year && d.Kind == HolidayDayKind.Holiday).Select(d => d.Date)],
            [.. days.Where(d => d.Year == year && d.Kind == HolidayDayKind.Makeup).Select(d => d.Date)]))];
    }

    private sealed record CachedCalendar(LegalCalendar Calendar, DateTimeOffset LoadedAt);
}
