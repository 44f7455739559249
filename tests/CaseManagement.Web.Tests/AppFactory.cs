using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CaseManagement.Web.Tests;

/// <summary>
/// The whole app on its own SQLite file in a temporary folder (migrated and seeded at startup, as
/// <c>dotnet run</c> does), so tests never write into the source tree and never share data.
/// </summary>
public class AppFactory : WebApplicationFactory<global::Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "casemanagement-tests", Guid.NewGuid().ToString("N"));

    public string DataFolder => folder;

    /// <summary>The demo organisation and its users (the accounts most tests sign in with).</summary>
    protected virtual bool SeedDemo => true;

    /// <summary>The demo cases are off unless a test reads them: each test creates the cases it needs.</summary>
    protected virtual bool SeedDemoCases => false;

    /// <summary>Background PDF rendering of issued documents; off unless a test is about it (each would start LibreOffice).</summary>
    protected virtual bool PrerenderPdf => false;

    /// <summary>
    /// The production limit on login requests per client address; off by default because every test client of one
    /// in-process server comes from the same address and a suite signs in far more than sixty times a minute.
    /// </summary>
    protected virtual bool ProductionLoginRateLimit => false;

    /// <summary>The PostgreSQL database of this app, when the tests run on PostgreSQL (<see cref="Persistence.PostgreSqlServer"/>).</summary>
    public string? PostgreSqlConnectionString { get; private set; }

    /// <summary>Run on this PostgreSQL database (another factory's, or one a test made) and leave dropping it to its owner.</summary>
    public string? SharedPostgreSqlConnectionString { get; init; }

    /// <summary>Keep evidence and documents in this folder (the storage every server of a deployment shares).</summary>
    public string? SharedStoragePath { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:Path", Path.Combine(folder, "case.db"));
        builder.UseSetting("Storage:Path", SharedStoragePath ?? Path.Combine(folder, "files"));
        // Servers of one deployment share the audit key and the chain's checkpoint, as they share the storage.
        var auditFolder = SharedStoragePath is null ? folder : Path.GetDirectoryName(Path.GetFullPath(SharedStoragePath))!;
        builder.UseSetting("Audit:KeyFile", Path.Combine(auditFolder, "keys", "audit.key"));
        builder.UseSetting("Audit:CheckpointDirectory", Path.Combine(auditFolder, "audit-checkpoint"));
        builder.UseSetting("Seed:Demo", SeedDemo ? "true" : "false");
        builder.UseSetting("Seed:DemoCases", SeedDemoCases ? "true" : "false");
        builder.UseSetting("Documents:PrerenderPdf", PrerenderPdf ? "true" : "false");
        if (!ProductionLoginRateLimit)
        {
            builder.UseSetting("Auth:Throttle:RequestsPerAddressPerMinute", "100000");
        }

        builder.ConfigureServices(services => services.UseFewerPasswordRounds());
        QuietLog.Apply(builder);

        if (Persistence.PostgreSqlServer.IsTestProvider || SharedPostgreSqlConnectionString is not null)
        {
            PostgreSqlConnectionString ??= SharedPostgreSqlConnectionString ?? Persistence.PostgreSqlServer.NewDatabase();
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:CaseDb", PostgreSqlConnectionString);
        }
        else
        {
            MigratedSqliteTemplate.CopyTo(Path.Combine(folder, "case.db"));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (PostgreSqlConnectionString is not null && SharedPostgreSqlConnectionString is null)
        {
            await Persistence.PostgreSqlServer.DropAsync(PostgreSqlConnectionString);
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the test.
        }

        GC.SuppressFinalize(this);
    }
}
