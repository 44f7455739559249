namespace CaseManagement.Web.Audit;

public static class AuditSetup
{
    /// <summary>
    /// The key (from <c>Audit:Key</c> or the key file, created on first start), the checkpoint and the status of
    /// the audit chain. Configuration: section <c>Audit</c> (<see cref="AuditOptions"/>).
    /// </summary>
    public static WebApplicationBuilder AddAuditChain(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(_ => AuditKey.Load(options, contentRoot));
        services.AddSingleton(sp => new AuditCheckpoint(
            Path.GetFullPath(Path.Combine(contentRoot, options.CheckpointDirectory)), sp.GetService<ILogger<AuditCheckpoint>>()));
        services.AddSingleton<AuditChainStatus>();
        services.AddSingleton<AuditSealer>();
        return builder;
    }
}
