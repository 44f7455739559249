using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

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
    public async Task Log_WhileWritersAndReadersNeverPause_IsStartedFromItsBeginningAgain()
    {
        // Copying the log back is not enough: SQLite starts it over only when a writer finds it all copied and unread,
        // and writers that never pause always append first. The log then grew without end (470 MB in 30 s of load).
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var checkpointer = new SqliteCheckpointer($"Data Source={database.FilePath}", database.Services.GetRequiredService<SqliteConnectionPool>(),
            database.Services.GetRequiredService<SqliteWriteGate>(), NullLogger<SqliteCheckpointer>.Instance, TimeSpan.FromMilliseconds(20))
        {
            RestartPages = 64,
        };
        await checkpointer.StartAsync(CancellationToken.None);
        var written = 0;
        using var stop = new CancellationTokenSource();
        try
        {
            var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await using var scope = database.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<CaseDbContext>().DataProtectionKeys.CountAsync();
                }
            })).ToArray();

            // Rows of 8 KB, four writers at a time, until the log has been started over twice: at least 400 rows (some 800
            // pages through the log, a dozen restarts' worth at 64 pages), and on a machine too busy to let the checkpointer
            // run that often, more rows, up to 4,000.
            var payload = new string('x', 8_000);
            var next = 0;
            var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i <= 400 || i <= 4_000 && checkpointer.Restarts < 2; i = Interlocked.Increment(ref next))
                {
                    await using var scope = database.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
                    db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = $"row-{i}", Xml = payload });
                    await db.SaveChangesAsync();
                    Interlocked.Increment(ref written);
                }
            })).ToArray();
            await Task.WhenAll(writers);
            await stop.CancelAsync();
            await Task.WhenAll(readers);
        }
        finally
        {
            await checkpointer.StopAsync(CancellationToken.None);
        }

        // A RESTART that found no reader on the old log: the next writer started it from its beginning. (How many pages
        // the log reaches in between depends on how fast the disk syncs; without the restarts it held all 800.)
        Assert.True(checkpointer.Restarts > 1, $"the log was started again {checkpointer.Restarts} times");
        Assert.InRange(written, 400, 4_000);
        await using var check = database.CreateScope();
        Assert.Equal(written, await check.ServiceProvider.GetRequiredService<CaseDbContext>().DataProtectionKeys.CountAsync(k => k.FriendlyName!.StartsWith("row-")));
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
