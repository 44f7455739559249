using CaseManagement.Web.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests;

/// <summary>
/// A SQLite file with every migration applied and nothing else, made once per test run through the app's own
/// persistence setup; a test host starts on a copy of it instead of migrating a new file.
/// <para>
/// Applying the migrations to a new file was about a ninth of the web set's CPU (each host builds every migration's
/// target model and generates its SQL). A host on the copy starts as the app does on an existing database: it reads
/// the history, finds nothing pending, and seeds. Migrating a new file is still tested where it is the subject
/// (<c>MigrationTests</c>, with <c>TestDatabase</c>'s <c>newFile</c>; every database of the PostgreSQL round) and here,
/// once per run. The copy is in rollback-journal mode (VACUUM INTO), so each host's first connection also switches a
/// file to WAL, as on a restored copy (<c>RestoredCopyTests</c>).
/// </para>
/// </summary>
public static class MigratedSqliteTemplate
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "casemanagement-tests", "template-" + Environment.ProcessId);

    private static readonly Lazy<string> File = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the template to <paramref name="databasePath"/> unless a database is already there.</summary>
    public static void CopyTo(string databasePath)
    {
        if (System.IO.File.Exists(databasePath))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        System.IO.File.Copy(File.Value, databasePath);
    }

    private static string Create()
    {
        // The test host is often ended without running exit handlers: the templates of runs that are over go here.
        var parent = Path.GetDirectoryName(Folder)!;
        foreach (var stale in Directory.Exists(parent) ? Directory.GetDirectories(parent, "template-*") : [])
        {
            if (int.TryParse(Path.GetFileName(stale)["template-".Length..], out var pid) && !IsRunning(pid))
            {
                TryDelete(stale);
            }
        }

        Directory.CreateDirectory(Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(Folder);

        var builder = PersistenceHost.CreateBuilder(Folder, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:Path"] = Path.Combine(Folder, "migrating.db"),
        });
        var template = Path.Combine(Folder, "case.db");
        using (var app = builder.Build())
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            db.Database.Migrate();
            // One self-contained file, whatever is still in the write-ahead log; the app sets WAL again when it opens it.
            db.Database.ExecuteSql($"VACUUM INTO {template}");
        }

        SqliteConnection.ClearAllPools();
        return template;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Another user's: left alone.
        }
    }
}
