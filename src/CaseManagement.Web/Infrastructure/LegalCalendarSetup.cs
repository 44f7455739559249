using CaseManagement.Domain.Calendar;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// Where the holiday calendar comes from. Today the seed compiled into the domain; later the
/// administrator-maintained table (DECISIONS.md §2), by registering another implementation in
/// <see cref="LegalCalendarSetup.AddLegalCalendar"/> — the only place that changes.
/// </summary>
public interface ILegalCalendarProvider
{
    /// <summary>The calendar to use now; a database-backed provider may return a fresh one after an edit.</summary>
    LegalCalendar Current { get; }
}

/// <summary>The State Council schedules 2023–2026 shipped with the domain (<see cref="HolidayCalendar.Seed"/>).</summary>
public sealed class SeedLegalCalendarProvider : ILegalCalendarProvider
{
    public LegalCalendar Current { get; } = new(HolidayCalendar.Seed);
}

public static class LegalCalendarSetup
{
    /// <summary>
    /// Registers the provider (singleton) and <see cref="LegalCalendar"/> itself, resolved once per
    /// request from the provider so one request sees one calendar even if it is reloaded meanwhile.
    /// </summary>
    public static IServiceCollection AddLegalCalendar(this IServiceCollection services)
    {
        services.AddSingleton<ILegalCalendarProvider, SeedLegalCalendarProvider>();
        services.AddScoped(provider => provider.GetRequiredService<ILegalCalendarProvider>().Current);
        return services;
    }
}
