using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.Web.Features.Cases;

public static class CaseServices
{
    /// <summary>The shared services of the case use cases (handlers and validators are found by MediatorSetup).</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => CaseStepTurns.From(
            sp.GetRequiredService<IConfiguration>(), oneWriteTurn: sp.GetService<Persistence.SqliteWriteGate>() is not null));
        services.AddScoped<CaseContextFactory>();
        services.AddScoped<CaseStepRunner>();
        services.AddScoped<CaseViewBuilder>();
        services.AddScoped<DemoCases>();
        return services;
    }
}
