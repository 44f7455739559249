using System.Data.Common;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// Writers of one server to one SQLite file wait their turn instead of meeting the driver's busy retry, which
/// blocks the writer's thread for 150 ms at a time (and, with the holder on the same thread, never lets go).
/// </summary>
public sealed class SqliteWriteGateTests
{
    [SqliteFact]
    public async Task Save_WhileAnotherRequestHoldsATransaction_WaitsForItsCommitThenSaves()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var first = database.CreateScope();
        await using var second = database.CreateScope();
        var holder = first.ServiceProvider.GetRequiredService<CaseDbContext>();
        var waiter = second.ServiceProvider.GetRequiredService<CaseDbContext>();

        await using var transaction = await holder.Database.BeginTransactionAsync();
        holder.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "first", Xml = "<key/>" });
        await holder.SaveChangesAsync();

        waiter.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "second", Xml = "<key/>" });
        var waiting = waiter.SaveChangesAsync();
        Assert.False(waiting.IsCompleted); // queued behind the open transaction, without holding this thread

        await transaction.CommitAsync();
        Assert.Equal(1, await waiting);

        await using var check = database.CreateScope();
        var names = await check.ServiceProvider.GetRequiredService<CaseDbContext>().DataProtectionKeys
            .Where(k => k.FriendlyName == "first" || k.FriendlyName == "second").Select(k => k.FriendlyName).ToListAsync();
        Assert.Equal(["first", "second"], names.Order());
    }

    [SqliteFact]
    public async Task Turn_HeldByAWriter_IsCountedFromItsBeginToItsCommit()
    {
        // The steps driver reports the share of time the turn was held: held all the time, the writes are at this
        // server's ceiling. A writer that kept its transaction open for a while must show that while in the count.
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var gate = database.Services.GetRequiredService<SqliteWriteGate>();
        var heldBefore = gate.Held;
        var writersBefore = gate.FinishedWriters;

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "slow", Xml = "<key/>" });
            await db.SaveChangesAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(300)); // e.g. a step rendering its document with its number taken
            Assert.Equal(writersBefore, gate.FinishedWriters); // still its turn: not yet counted
            await transaction.CommitAsync();
        }

        Assert.Equal(writersBefore + 1, gate.FinishedWriters);
        Assert.True(gate.Held - heldBefore >= TimeSpan.FromMilliseconds(290), $"held {(gate.Held - heldBefore).TotalMilliseconds:N0} ms");
    }

    [SqliteFact]
    public async Task Transaction_DisposedWithoutCommit_RollsBackAndLetsTheNextWriterIn()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using (var failed = database.CreateScope())
        {
            var db = failed.ServiceProvider.GetRequiredService<CaseDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "abandoned", Xml = "<key/>" });
            await db.SaveChangesAsync();
            // A step refused by the domain leaves here: no commit, no rollback, the transaction is disposed.
        }

        await using var next = database.CreateScope();
        var writer = next.ServiceProvider.GetRequiredService<CaseDbContext>();
        await using (var transaction = await writer.Database.BeginTransactionAsync())
        {
            writer.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "next", Xml = "<key/>" });
            await writer.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var names = await writer.DataProtectionKeys.Where(k => k.FriendlyName == "abandoned" || k.FriendlyName == "next")
            .Select(k => k.FriendlyName).ToListAsync();
        Assert.Equal(["next"], names);
    }

    [SqliteFact]
    public async Task Transaction_HoldsTheFileWriteLockFromItsBegin_SoAnotherProcessCannotWriteUntilItCommits()
    {
        // The audit chain's seal reads the chain's end and the document numbers take their serial on the strength of this
        // (no row lock to take first on SQLite): a writer outside this server — the data generator on the same file — must
        // be kept out from the BEGIN on, before the transaction has read or written anything.
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        await using var otherProcess = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = database.FilePath, Pooling = false, DefaultTimeout = 1 }.ToString());
        await otherProcess.OpenAsync();
        using (var before = otherProcess.BeginTransaction())
        {
            before.Rollback(); // nothing else holds the lock: what refuses it below is the app's BEGIN
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var refused = Assert.Throws<SqliteException>(() => otherProcess.BeginTransaction().Dispose());
            Assert.Equal(5, refused.SqliteErrorCode); // SQLITE_BUSY
            await transaction.CommitAsync();
        }

        using var after = otherProcess.BeginTransaction(); // free again once committed
        after.Rollback();
    }

    [SqliteFact]
    public async Task Saves_FromManyRequestsAtOnce_AllLandWithoutBusyErrors()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var writers = Enumerable.Range(1, 40).Select(async i =>
        {
            await using var scope = database.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = $"writer-{i}", Xml = "<key/>" });
            await db.SaveChangesAsync();
            await Task.Yield(); // the request does other work while its transaction is open
            await transaction.CommitAsync();
        });

        await Task.WhenAll(writers);

        await using var check = database.CreateScope();
        Assert.Equal(40, await check.ServiceProvider.GetRequiredService<CaseDbContext>().DataProtectionKeys
            .CountAsync(k => k.FriendlyName!.StartsWith("writer-")));
    }

    [SqliteFact]
    public async Task WriteTransactions_OfDifferentRequests_RunOnOneConnection_WhosePagesOutliveEachCommit()
    {
        // SQLite drops a connection's whole page cache when it reads after another connection's commit. With every
        // write transaction of the server on one connection, a transaction finds what the previous one read and wrote
        // still cached: the second request below reads the first one's row without reading a page from the file.
        await using var database = await TestDatabase.CreateAsync(demo: false);
        DbConnection writer;
        int id;
        await using (var first = database.CreateScope())
        {
            var db = first.ServiceProvider.GetRequiredService<CaseDbContext>();
            var own = db.Database.GetDbConnection();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                writer = db.Database.GetDbConnection();
                Assert.NotSame(own, writer);
                var key = new DataProtectionKey { FriendlyName = "first", Xml = "<key/>" };
                db.DataProtectionKeys.Add(key);
                await db.SaveChangesAsync();
                id = key.Id;
                await transaction.CommitAsync();
            }

            Assert.Same(own, db.Database.GetDbConnection()); // after the commit the request reads on its own connection again
            Assert.Equal("first", await db.DataProtectionKeys.AsNoTracking().Where(k => k.Id == id).Select(k => k.FriendlyName).SingleAsync());
        }

        await using var second = database.CreateScope();
        var other = second.ServiceProvider.GetRequiredService<CaseDbContext>();
        await using (var transaction = await other.Database.BeginTransactionAsync())
        {
            Assert.Same(writer, other.Database.GetDbConnection());
            var handle = ((SqliteConnection)writer).Handle!;
            var missesBefore = PagesReadFromFile(handle);
            var row = await other.DataProtectionKeys.SingleAsync(k => k.Id == id);
            Assert.Equal(0, PagesReadFromFile(handle) - missesBefore);

            row.FriendlyName = "second";
            await other.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using var check = database.CreateScope();
        Assert.Equal("second", await check.ServiceProvider.GetRequiredService<CaseDbContext>().DataProtectionKeys
            .Where(k => k.Id == id).Select(k => k.FriendlyName).SingleAsync());
    }

    [SqliteFact]
    public async Task WriterLeftInsideATransaction_IsReplaced_RollingItBack_AndTheNextWriteLands()
    {
        // Only a context that never finished its transaction can leave the writer connection inside one; the next writer
        // must not fail on it ("nested transactions") nor commit the abandoned work with its own.
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var pool = database.Services.GetRequiredService<SqliteConnectionPool>();
        var gate = database.Services.GetRequiredService<SqliteWriteGate>();
        DbConnection abandoned;
        await using (var earlier = database.CreateScope())
        {
            var first = earlier.ServiceProvider.GetRequiredService<CaseDbContext>();
            await using var transaction = await first.Database.BeginTransactionAsync();
            abandoned = first.Database.GetDbConnection();
            await transaction.CommitAsync();
        }

        Assert.True(gate.TryAlone(TimeSpan.FromSeconds(5), () =>
        {
            Assert.Same(abandoned, pool.LendWriter(() => throw new InvalidOperationException("the writer exists already")));
            var unfinished = abandoned.BeginTransaction(); // never committed, rolled back nor disposed
            using var command = abandoned.CreateCommand();
            command.Transaction = unfinished;
            command.CommandText = "INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES ('abandoned', '<key/>');";
            command.ExecuteNonQuery();
        }));

        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.NotSame(abandoned, db.Database.GetDbConnection());
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "next", Xml = "<key/>" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal(System.Data.ConnectionState.Closed, abandoned.State);
        var names = await db.DataProtectionKeys.Where(k => k.FriendlyName == "abandoned" || k.FriendlyName == "next")
            .Select(k => k.FriendlyName).ToListAsync();
        Assert.Equal(["next"], names);
    }

    [SqliteFact]
    public async Task BeforeTheDatabaseIsInitialised_TransactionsRunOnTheirContextsConnection()
    {
        // A SQLite migration that rebuilds a table turns foreign keys off on its context's connection, outside its
        // transaction: its transaction must run on that same connection, or the rebuild runs with foreign keys on.
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var pool = database.Services.GetRequiredService<SqliteConnectionPool>();
        Assert.True(pool.WritesOnOneConnection);
        pool.WritesOnOneConnection = false; // as while InitialiseDatabaseAsync runs the migrations
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var own = db.Database.GetDbConnection();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Same(own, db.Database.GetDbConnection());
            await transaction.CommitAsync();
        }

        await database.App.InitialiseDatabaseAsync();
        Assert.True(pool.WritesOnOneConnection);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.NotSame(own, db.Database.GetDbConnection());
            await transaction.CommitAsync();
        }
    }

    /// <summary>Pages the connection has read from the file (or the log) since it opened: SQLITE_DBSTATUS_CACHE_MISS.</summary>
    private static int PagesReadFromFile(SQLitePCL.sqlite3 handle)
    {
        SQLitePCL.raw.sqlite3_db_status(handle, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_MISS, out var misses, out _, 0);
        return misses;
    }
}
