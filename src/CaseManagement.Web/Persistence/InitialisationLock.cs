using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// One server at a time through the start-up work on the database (<see cref="DatabaseInitialiser"/>): migrating, the
/// audit key check and the seeding. The servers of a new deployment are often started together on an empty database;
/// EF's own migration lock on PostgreSQL is a table lock taken inside each migration's transaction, and three servers
/// started at once on a new database failed to start with "relation … does not exist" and "column … already exists"
/// (FirstStartOnPostgreSqlTests), and the seeding after it has no lock at all (two organisations, a duplicate user).
/// <para>
/// The lock is the database server's own, held by a connection of its own and released when it closes, so a server
/// that dies while holding it does not block the others: PostgreSQL's session advisory lock, SQL Server's session
/// application lock (<c>sp_getapplock</c>). SQLite serves one server only, and needs none.
/// </para>
/// </summary>
internal sealed class InitialisationLock : IAsyncDisposable
{
    // Any fixed number known to every server of the product ("CaseMgmt" in ASCII); the name for SQL Server.
    private const long AdvisoryKey = 0x436173654D676D74;
    private const string AppLockName = "CaseManagement.Initialise";

    private readonly DbConnection connection;
    private readonly string release;

    private InitialisationLock(DbConnection connection, string release)
    {
        this.connection = connection;
        this.release = release;
    }

    /// <summary>Waits for the lock (logging that it waits, when another server holds it); null on SQLite.</summary>
    public static async Task<InitialisationLock?> TakeAsync(CaseDbContext db, ILogger logger, CancellationToken ct)
    {
        string tryTake, take, release;
        DbConnection connection;
        if (db.Database.IsNpgsql())
        {
            connection = new NpgsqlConnection(db.Database.GetConnectionString());
            tryTake = $"SELECT pg_try_advisory_lock({AdvisoryKey})";
            take = $"SELECT 1 FROM pg_advisory_lock({AdvisoryKey})"; // the function returns void
            release = $"SELECT pg_advisory_unlock({AdvisoryKey})";
        }
        else if (db.Database.IsSqlServer())
        {
            connection = new SqlConnection(db.Database.GetConnectionString());
            const string Get = $"DECLARE @r int; EXEC @r = sp_getapplock @Resource = N'{AppLockName}', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = ";
            tryTake = Get + "0; SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END";
            take = Get + "-1; SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END";
            release = $"EXEC sp_releaseapplock @Resource = N'{AppLockName}', @LockOwner = N'Session'";
        }
        else
        {
            return null;
        }

        try
        {
            // The lock lives in the database, so a new one is made first (as migrating would); a server that finds
            // another has just made it goes on.
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(ct))
            {
                try
                {
                    await creator.CreateAsync(ct);
                }
                catch (DbException) when (creator.Exists())
                {
                }
            }

            await connection.OpenAsync(ct);
            if (!await RunAsync(connection, tryTake, ct))
            {
                logger.LogInformation("Another server is migrating or seeding the database; waiting for it to finish.");
                if (!await RunAsync(connection, take, ct))
                {
                    throw new InvalidOperationException("Could not take the database's initialisation lock.");
                }
            }

            return new InitialisationLock(connection, release);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> RunAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0; // the wait for another server's migration has no fixed bound
        var result = await command.ExecuteScalarAsync(ct);
        return result is true || (result is int i && i == 1) || (result is long l && l == 1);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(connection, release, CancellationToken.None);
        }
        catch (DbException)
        {
            // The connection broke: its session, and with it the lock, is gone already. The start itself succeeded.
        }
        finally
        {
            await connection.DisposeAsync(); // closing the session releases the lock as well
        }
    }
}
