using CaseManagement.Domain.Calendar;
using CaseManagement.Web.Persistence.Calendar;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// Where the holiday calendar comes from: the administrator-maintained table (DECISIONS.md §2),
/// seeded from the State Council schedules shipped with the domain.
/// </summary>
public interface ILegalCalendarProvider
{
    /// <summary>The calendar to use now; a database-backed provider may return a fresh one after an edit.</summary>
    LegalCalendar Current { get; }
}

/// <summary>The calendar of the holiday table, cached by <see cref="HolidayCalendarProvider"/> and rebuilt after an edit.</summary>
public sealed class DatabaseLegalCalendarProvider(HolidayCalendarProvider holidays) : ILegalCalendarProvider
{
    // Served from the provider's cache nearly always; a reload (every few minutes, or after an edit)
    // blocks one request briefly. ASP.NET Core has no synchronisation context, so this cannot deadlock.
    public LegalCalendar Current => holidays.GetCalendarAsync().GetAwaiter().GetResult();
}

public static class LegalCalendarSetup
{
    /// <summary>
    /// Registers the provider (singleton) and <see cref="LegalCalendar"/> itself, resolved once per
    /// request from the provider so one request sees one calendar even if it is reloaded meanwhile.
    /// </summary>
    public static IServiceCollection AddLegalCalendar(this IServiceCollection services)
    {
        services.AddSingleton<ILegalCalendarProvider, DatabaseLegalCalendarProvider>();
        services.AddScoped(provider => provider.GetRequiredService<ILegalCalendarProvider>().Current);
        return services;
    }
}
