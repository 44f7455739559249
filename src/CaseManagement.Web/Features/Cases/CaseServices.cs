namespace CaseManagement.Web.Features.Cases;

public static class CaseServices
{
    /// <summary>The shared services of the case use cases (handlers and validators are found by MediatorSetup).</summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<CaseContextFactory>();
        services.AddScoped<CaseStepRunner>();
        services.AddScoped<CaseViewBuilder>();
        services.AddScoped<DemoCases>();
        return services;
    }
}
