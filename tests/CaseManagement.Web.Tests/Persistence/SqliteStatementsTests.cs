using System.Data;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// SQLite connections are kept open between contexts with the statements they compiled (SqliteStatements.cs): a
/// request no longer pays SQLite's compile of every statement it runs. What must not change: each context sees what
/// was committed, parameters bind anew on every run, and nothing a context left unfinished reaches the next one.
/// </summary>
public sealed class SqliteStatementsTests
{
    [SqliteFact]
    public async Task Query_RunByTwoContextsInTurn_IsCompiledOnceAndAnswersEachWithItsOwnParameter()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AddKeysAsync(database, "alpha", "beta");

        SqliteConnection? connection;
        long compiled;
        await using (var first = database.CreateScope())
        {
            var db = first.ServiceProvider.GetRequiredService<CaseDbContext>();
            connection = (SqliteConnection)db.Database.GetDbConnection();
            var before = SqliteConnectionPool.StatementMemory(connection);
            Assert.Equal("<alpha/>", await XmlOfAsync(db, "alpha"));
            compiled = SqliteConnectionPool.StatementMemory(connection);
            Assert.True(compiled > before, "the query's compiled statement is kept after its reader is done");
        }

        await using (var second = database.CreateScope())
        {
            var db = second.ServiceProvider.GetRequiredService<CaseDbContext>();
            Assert.Equal("<beta/>", await XmlOfAsync(db, "beta"));
            Assert.Null(await XmlOfAsync(db, "gamma"));
            Assert.Same(connection, db.Database.GetDbConnection()); // the connection came back and was lent again
        }

        // Run twice more with other parameters, and not one statement more compiled or kept.
        Assert.Equal(compiled, SqliteConnectionPool.StatementMemory(connection));
    }

    [SqliteFact]
    public async Task Context_ThatLeavesATransactionOpen_DoesNotLendItsConnectionAndItsWriteIsRolledBack()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var pool = database.Services.GetRequiredService<SqliteConnectionPool>();
        SqliteConnection abandoned;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            abandoned = (SqliteConnection)db.Database.GetDbConnection();
            // A transaction begun beside EF (as a careless caller might) and never ended.
            var transaction = abandoned.BeginTransaction();
            using var insert = abandoned.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ('abandoned', '<x/>')";
            insert.ExecuteNonQuery();
        }

        Assert.Equal(ConnectionState.Closed, abandoned.State); // closed, which rolled the transaction back

        await using (var next = database.CreateScope())
        {
            var db = next.ServiceProvider.GetRequiredService<CaseDbContext>();
            Assert.NotSame(abandoned, db.Database.GetDbConnection());
            Assert.Null(await XmlOfAsync(db, "abandoned"));
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "next", Xml = "<next/>" });
            await db.SaveChangesAsync(); // the writer's lock went with the closed connection
        }

        Assert.True(pool.IdleCount >= 1);
    }

    [SqliteFact]
    public async Task Context_ThatLeavesAReaderOpen_DoesNotLendItsConnection()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AddKeysAsync(database, "one", "two");
        SqliteConnection leaked;
        SqliteDataReader reader;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            leaked = (SqliteConnection)db.Database.GetDbConnection();
            var command = leaked.CreateCommand();
            command.CommandText = "SELECT \"FriendlyName\" FROM \"DataProtectionKeys\"";
            reader = command.ExecuteReader();
            Assert.True(reader.Read()); // a statement left half read holds its snapshot of the file
        }

        // A connection lent with that statement still running would show the next request the file as it was then.
        await AddKeysAsync(database, "three");
        await using (var next = database.CreateScope())
        {
            var db = next.ServiceProvider.GetRequiredService<CaseDbContext>();
            Assert.NotSame(leaked, db.Database.GetDbConnection());
            Assert.Equal("<three/>", await XmlOfAsync(db, "three"));
        }
    }

    [SqliteFact]
    public async Task Query_RunAgainWhileItsFirstReaderIsOpen_AnswersBoth()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AddKeysAsync(database, "a", "b", "c");
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var pairs = new List<string>();
        var outer = db.DataProtectionKeys.AsNoTracking().Where(k => k.FriendlyName != "x").OrderBy(k => k.FriendlyName).Select(k => k.FriendlyName);
        await foreach (var name in outer.AsAsyncEnumerable())
        {
            // The same SQL text while the first run's reader is still open: it runs on its own command.
            var inner = await db.DataProtectionKeys.AsNoTracking().Where(k => k.FriendlyName != "x").OrderBy(k => k.FriendlyName)
                .Select(k => k.FriendlyName).ToListAsync();
            pairs.Add($"{name}:{string.Join(",", inner)}");
        }

        Assert.Equal(["a:a,b,c", "b:a,b,c", "c:a,b,c"], pairs);
    }

    [SqliteFact]
    public async Task App_WhenDisposed_ClosesTheConnectionsItKept()
    {
        var database = await TestDatabase.CreateAsync(demo: false);
        SqliteConnection kept;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            await XmlOfAsync(db, "any");
            kept = (SqliteConnection)db.Database.GetDbConnection();
        }

        Assert.Equal(ConnectionState.Open, kept.State);
        await database.DisposeAsync();
        Assert.Equal(ConnectionState.Closed, kept.State);
    }

    [SqliteFact]
    public async Task ReleaseMemory_WhenIdle_EmptiesTheKeptConnectionsPageCacheAndKeepsThemLendable()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AddKeysAsync(database, [.. Enumerable.Range(1, 400).Select(i => $"key-{i:D3}")]);
        var pool = database.Services.GetRequiredService<SqliteConnectionPool>();
        SqliteConnection kept;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            Assert.Equal(400, await db.DataProtectionKeys.CountAsync(k => k.Xml!.Length > 0)); // reads every page of the table
            kept = (SqliteConnection)db.Database.GetDbConnection();
        }

        var cached = SqliteConnectionPool.CacheUsed(kept);
        var idle = pool.IdleCount;
        Assert.True(cached > 16 * 1024, $"page cache {cached} bytes");

        var freed = pool.ReleaseMemory();

        Assert.True(freed >= cached / 2, $"freed {freed} of {cached} bytes");
        Assert.True(SqliteConnectionPool.CacheUsed(kept) < cached / 2);
        Assert.Equal(idle, pool.IdleCount); // still kept, with its compiled statements
        await using (var after = database.CreateScope())
        {
            var db = after.ServiceProvider.GetRequiredService<CaseDbContext>();
            Assert.Equal("<key-123/>", await XmlOfAsync(db, "key-123"));
        }
    }

    private static Task<string?> XmlOfAsync(CaseDbContext db, string name) =>
        db.DataProtectionKeys.AsNoTracking().Where(k => k.FriendlyName == name).Select(k => k.Xml).SingleOrDefaultAsync();

    private static async Task AddKeysAsync(TestDatabase database, params string[] names)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        foreach (var name in names)
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = $"<{name}/>" });
        }

        await db.SaveChangesAsync();
    }
}
