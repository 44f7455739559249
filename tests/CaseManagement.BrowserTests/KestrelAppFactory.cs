using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CaseManagement.BrowserTests;

/// <summary>
/// The whole app on a real Kestrel port of 127.0.0.1 (a browser cannot talk to the in-memory test
/// server), on its own SQLite file in a temporary folder, seeded with the demo organisation and users.
/// </summary>
public sealed class KestrelAppFactory : WebApplicationFactory<global::Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "casemanagement-browser-tests", Guid.NewGuid().ToString("N"));

    public KestrelAppFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:Path", Path.Combine(folder, "case.db"));
        builder.UseSetting("Storage:Path", Path.Combine(folder, "files"));
        builder.UseSetting("Audit:KeyFile", Path.Combine(folder, "keys", "audit.key"));
        builder.UseSetting("Audit:CheckpointDirectory", Path.Combine(folder, "audit-checkpoint"));
        builder.UseSetting("Seed:Demo", "true");
        // Demo users, no demo cases: every test here registers the cases it walks (the field-work fixture keeps the
        // demo cases, for lists with rows to show as cards).
        builder.UseSetting("Seed:DemoCases", "false");
        // PDFs on demand (as 预览 asks for them): converting every issued document in the background would compete with
        // the browser for the two cores without anything here looking at those PDFs.
        builder.UseSetting("Documents:PrerenderPdf", "false");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureServices(services => services.UseFewerPasswordRounds());
        QuietLog.Apply(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the test.
        }
    }
}
