using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.Web.Infrastructure;

/// <summary>Business dates are in China Standard Time, UTC+8 without daylight saving (DECISIONS.md §2).</summary>
public static class ChinaClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static IServiceCollection AddClock(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static DateOnly TodayInChina(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
