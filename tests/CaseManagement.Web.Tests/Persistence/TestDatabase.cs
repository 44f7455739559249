using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>A real SQLite file in its own temporary folder, migrated and seeded the way the app does at startup.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder, WebApplication app, string? postgreSql)
    {
        Folder = folder;
        App = app;
        PostgreSqlConnectionString = postgreSql;
    }

    /// <summary>Set when the tests run on PostgreSQL (<see cref="PostgreSqlServer.IsTestProvider"/>).</summary>
    public string? PostgreSqlConnectionString { get; }

    public string Folder { get; }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="demo">Seed the demo organisation and users.</param>
    /// <param name="newFile">Migrate a new file, as a first installation does; otherwise start on a copy of the migrated
    /// template (<see cref="MigratedSqliteTemplate"/>), as the app starts on an existing database.</param>
    public static async Task<TestDatabase> CreateAsync(bool demo = true, bool newFile = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "casemanagement-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:Path"] = "data/case.db",
            ["Seed:Demo"] = demo ? "true" : "false",
        };
        var postgreSql = PostgreSqlServer.IsTestProvider ? PostgreSqlServer.NewDatabase() : null;
        if (postgreSql is not null)
        {
            settings["Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:CaseDb"] = postgreSql;
        }
        else if (!newFile)
        {
            MigratedSqliteTemplate.CopyTo(Path.Combine(folder, "data", "case.db"));
        }

        var builder = PersistenceHost.CreateBuilder(folder, settings);
        var app = builder.Build();
        await app.InitialiseDatabaseAsync();
        return new TestDatabase(folder, app, postgreSql);
    }

    public string FilePath => Path.Combine(Folder, "data", "case.db");

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (PostgreSqlConnectionString is not null)
        {
            await PostgreSqlServer.DropAsync(PostgreSqlConnectionString);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the test.
        }
    }
}
