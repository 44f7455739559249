using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// The write-ahead log is copied back into the database file by a thread of its own (SqliteCheckpointer.cs), not at
/// the end of whichever commit filled it: the writers queued behind that commit no longer wait for the copy and its
/// syncs. What must hold: while it runs no commit checkpoints, it does copy everything written into the file, and
/// once it stops the connections checkpoint on commit again, so the log never grows without bound.
/// </summary>
public sealed class SqliteCheckpointerTests
{
    private const int Rows = 300;

    [SqliteFact]
    public async Task Commits_WhileTheCheckpointerRuns_LeaveTheCopyToIt_AndItCopiesEverythingIntoTheFile()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var checkpointer = database.Services.GetRequiredService<SqliteCheckpointer>();
        await checkpointer.StartAsync(CancellationToken.None);
        try
        {
            var fileBefore = new FileInfo(database.FilePath).Length;
            var payload = new string('x', 8_000);
            for (var i = 0; i < Rows; i++)
            {
                await using var scope = database.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
                Assert.Equal(0L, await AutoCheckpointAsync(db)); // this commit will not checkpoint
                db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = $"row-{i}", Xml = payload });
                await db.SaveChangesAsync();
            }

            // 300 rows of 8 KB: about 2.4 MB of pages, more than SQLite's own 1,000-page checkpoint would have let the log hold.
            await WaitUntilAsync(() => checkpointer.Last is { } last && last.LogPages > 0 && last.CopiedPages == last.LogPages
                && new FileInfo(database.FilePath).Length - fileBefore >= Rows * 8_000L);
            Assert.True(checkpointer.Runs > 0);

            await using var check = database.CreateScope();
            Assert.Equal(Rows, await check.ServiceProvider.GetRequiredService<CaseDbContext>().DataProtectionKeys
                .CountAsync(k => k.FriendlyName!.StartsWith("row-")));
        }
        finally
        {
            await checkpointer.StopAsync(CancellationToken.None);
        }
    }

    [SqliteFact]
    public async Task Connections_AfterTheCheckpointerStops_CheckpointOnCommitAgain()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var checkpointer = database.Services.GetRequiredService<SqliteCheckpointer>();
        await checkpointer.StartAsync(CancellationToken.None);
        await using (var scope = database.CreateScope())
        {
            Assert.Equal(0L, await AutoCheckpointAsync(scope.ServiceProvider.GetRequiredService<CaseDbContext>()));
        }

        await checkpointer.StopAsync(CancellationToken.None);

        // The same pooled connection, lent again: SQLite's default of 1,000 pages is back.
        await using (var scope = database.CreateScope())
        {
            Assert.Equal(1000L, await AutoCheckpointAsync(scope.ServiceProvider.GetRequiredService<CaseDbContext>()));
        }
    }

    [SqliteFact]
    public async Task Database_WithoutTheCheckpointerRunning_KeepsSqlitesOwnCheckpoints()
    {
        // The data generator and the tests' databases never start the hosted services.
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        Assert.Equal(1000L, await AutoCheckpointAsync(scope.ServiceProvider.GetRequiredService<CaseDbContext>()));
    }

    private static async Task<long> AutoCheckpointAsync(CaseDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = 0; waited < 15_000 && !condition(); waited += 50)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the checkpointer did not copy the log into the file within 15 s");
    }
}
