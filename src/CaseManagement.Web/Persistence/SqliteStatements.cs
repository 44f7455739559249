using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// Open SQLite connections kept between requests, each with the statements it has compiled. Microsoft.Data.Sqlite
/// compiles a command's SQL again for every new command object (it keeps the compiled statement only on the command,
/// and EF makes a new command for every query), and closing a connection throws its statements away. Compiling was the
/// largest single cost of a step: the case row alone (130 columns and which of its sixteen child tables hold rows)
/// takes SQLite about 0.27 ms to compile and 0.05 ms to run, and compiling all of a step's statements was about a
/// third of the server's busy time under load. Here a context borrows an open connection, its statements are run by
/// commands the connection keeps per SQL text (<see cref="SqliteStatementReuse"/>), and the connection goes back to
/// the pool when the context is disposed — unless anything is left unfinished on it (a transaction, a statement in
/// progress), in which case it is closed, which rolls the transaction back.
/// </summary>
public sealed class SqliteConnectionPool(int capacity = 64) : IDisposable
{
    // Last in, first out: the connection used most recently (its statements and pages warm) is lent next.
    private readonly ConcurrentStack<SqliteConnection> idle = new();
    private int idleCount;
    private volatile bool disposed;

    /// <summary>The statements each pooled connection keeps (only pooled connections have an entry).</summary>
    internal static readonly ConditionalWeakTable<SqliteConnection, StatementSet> Statements = [];

    /// <summary>The server's queue of writers: a connection given back releases the writer's turn it still held.</summary>
    internal SqliteWriteGate? WriteGate { get; set; }

    /// <summary>Connections kept open for the next context (a measure for tests and the benchmarks).</summary>
    public int IdleCount => Volatile.Read(ref idleCount);

    /// <summary>An open connection from the pool, or <paramref name="create"/>'s new one, opened and set up here.</summary>
    internal SqliteConnection Rent(Func<SqliteConnection> create)
    {
        if (!disposed && idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref idleCount);
            FollowCheckpointing(connection);
            return connection;
        }

        connection = create();
        if (disposed)
        {
            return connection; // closed: EF opens and closes it as usual
        }

        return Prepare(connection);
    }

    /// <summary>Opens a new connection and gives it the settings and the statement set of a pooled one.</summary>
    private SqliteConnection Prepare(SqliteConnection connection)
    {
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            // The settings SqliteWalInterceptor gives a connection EF opens itself (EF never opens a pooled one).
            command.CommandText = SqliteWalInterceptor.Pragma;
            command.ExecuteNonQuery();
        }

        var set = new StatementSet();
        Statements.AddOrUpdate(connection, set);
        if (!checkpointsOnCommit)
        {
            SetCheckpointing(connection, set);
        }

        return connection;
    }

    // The connection the server's write transactions run on (see WritesOnOneConnection); only the writer holding
    // SqliteWriteGate's turn touches it, and ReleaseMemory while no writer does.
    private SqliteConnection? writer;

    /// <summary>
    /// Whether the write transactions of this server run on one connection of their own, lent by
    /// <see cref="SqliteWriteGate"/> to the transaction holding its turn, instead of on the connection of their context.
    /// SQLite throws away a connection's whole page cache when it next reads after another connection has committed
    /// (<c>pager_reset</c>): with every commit of the server on one connection, that connection never sees another's
    /// commit, and a transaction finds the pages the previous ones read and wrote (the case table, its indexes, the
    /// history and the audit chain's end) still in its cache instead of reading each from the file again. Off until the
    /// database is initialised (<see cref="PersistenceServiceCollectionExtensions.InitialiseDatabaseAsync"/>): a SQLite
    /// migration that rebuilds a table turns <c>PRAGMA foreign_keys</c> off on its context's connection outside its
    /// transaction, and that setting belongs to the connection.
    /// </summary>
    public bool WritesOnOneConnection { get; set; }

    /// <summary>
    /// The writer connection for the transaction about to begin, or null when write transactions run on their context's
    /// connection (<see cref="WritesOnOneConnection"/> off, or the pool gone). Called by <see cref="SqliteWriteGate"/>
    /// while it holds its turn, so one transaction at a time. A writer left with a transaction or a statement open (its
    /// context never finished it) is closed, which rolls that back, and a new one is opened.
    /// </summary>
    internal SqliteConnection? LendWriter(Func<SqliteConnection> create)
    {
        if (disposed || !WritesOnOneConnection)
        {
            return null;
        }

        if (writer is { } current && (current.State != ConnectionState.Open || !IsQuiet(current)))
        {
            writer = null;
            current.Dispose();
        }

        if (writer is null)
        {
            writer = Prepare(create());
        }
        else
        {
            FollowCheckpointing(writer);
        }

        return writer;
    }

    private volatile bool checkpointsOnCommit = true;

    /// <summary>
    /// Whether the connections lent from now on copy the write-ahead log back into the database file themselves, at the
    /// end of the commit that fills it past SQLite's 1,000 pages (its default), or leave it to
    /// <see cref="SqliteCheckpointer"/>. Only the checkpointer turns it off, while it runs: a process without it (the
    /// data generator, a test's database) keeps SQLite's own checkpoints and so a log of bounded size.
    /// </summary>
    public bool CheckpointsOnCommit
    {
        get => checkpointsOnCommit;
        set => checkpointsOnCommit = value;
    }

    /// <summary>Gives a kept connection the checkpointing set since it was last lent (<see cref="CheckpointsOnCommit"/>).</summary>
    private void FollowCheckpointing(SqliteConnection connection)
    {
        if (Statements.TryGetValue(connection, out var kept) && kept.CheckpointsOnCommit != checkpointsOnCommit)
        {
            SetCheckpointing(connection, kept);
        }
    }

    private void SetCheckpointing(SqliteConnection connection, StatementSet set)
    {
        var on = checkpointsOnCommit;
        using var command = connection.CreateCommand();
        command.CommandText = on ? "PRAGMA wal_autocheckpoint=1000;" : "PRAGMA wal_autocheckpoint=0;";
        command.ExecuteNonQuery();
        set.CheckpointsOnCommit = on;
    }

    /// <summary>
    /// Takes a connection back when its context is done; false when it must be disposed instead: the pool is full or
    /// gone, or the connection was closed, or a transaction or a statement is still open on it.
    /// </summary>
    internal bool Return(SqliteConnection connection)
    {
        WriteGate?.Release(connection);
        if (disposed || connection.State != ConnectionState.Open || !Statements.TryGetValue(connection, out _) || !IsQuiet(connection))
        {
            return false;
        }

        if (Interlocked.Increment(ref idleCount) > capacity)
        {
            Interlocked.Decrement(ref idleCount);
            return false;
        }

        idle.Push(connection);
        if (disposed)
        {
            Drain();
        }

        return true;
    }

    /// <summary>
    /// No transaction open and no statement left running: a reader nobody disposed keeps its read transaction, and with it
    /// the file as it was, for every later statement on the connection. SQLite tells both with sqlite3_txn_state (none,
    /// read or write) on the bundled engine; on another engine only an open transaction can be seen.
    /// </summary>
    private static bool IsQuiet(SqliteConnection connection)
    {
        var handle = connection.Handle;
        if (handle is null || raw.sqlite3_get_autocommit(handle) == 0)
        {
            return false;
        }

        return !SqliteEngine.Bundled || SqliteEngine.TransactionState(handle.DangerousGetHandle(), 0) == SqliteEngine.NoTransaction;
    }

    /// <summary>
    /// Gives back the page cache of the connections waiting in the pool (called when the server is idle): each keeps up
    /// to 2 MB of the file's pages, of little use after a pause, since a write by another connection invalidates them.
    /// Each connection is taken out of the pool while it shrinks, so no request uses it meanwhile; the writer connection
    /// shrinks only if no write transaction holds the turn at that moment. Returns the bytes of page cache given back.
    /// </summary>
    public long ReleaseMemory()
    {
        long freed = 0;
        var taken = new List<SqliteConnection>();
        while (idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref idleCount);
            taken.Add(connection);
        }

        foreach (var connection in taken)
        {
            try
            {
                freed += Shrink(connection);
            }
            catch (SqliteException)
            {
                connection.Dispose(); // a connection that cannot even shrink is not lent again
                continue;
            }

            if (!Return(connection))
            {
                connection.Dispose();
            }
        }

        // The writer's cache is given back the same way while no write transaction is using it.
        WriteGate?.TryAlone(TimeSpan.Zero, () =>
        {
            if (writer is { State: ConnectionState.Open } idleWriter && IsQuiet(idleWriter))
            {
                try
                {
                    freed += Shrink(idleWriter);
                }
                catch (SqliteException)
                {
                    writer = null; // the next write transaction opens a new one
                    idleWriter.Dispose();
                }
            }
        });

        return freed;
    }

    private static long Shrink(SqliteConnection connection)
    {
        var before = CacheUsed(connection);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA shrink_memory;"; // sqlite3_db_release_memory on this connection
            command.ExecuteNonQuery();
        }

        return Math.Max(0, before - CacheUsed(connection));
    }

    /// <summary>Bytes of page cache the connection holds (SQLITE_DBSTATUS_CACHE_USED).</summary>
    internal static long CacheUsed(SqliteConnection connection) => Status(connection, raw.SQLITE_DBSTATUS_CACHE_USED);

    /// <summary>Bytes the connection's compiled statements hold (SQLITE_DBSTATUS_STMT_USED).</summary>
    internal static long StatementMemory(SqliteConnection connection) => Status(connection, raw.SQLITE_DBSTATUS_STMT_USED);

    private static long Status(SqliteConnection connection, int what)
    {
        raw.sqlite3_db_status(connection.Handle!, what, out var current, out _, 0);
        return current;
    }

    private void Drain()
    {
        while (idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref idleCount);
            connection.Dispose();
        }
    }

    public void Dispose()
    {
        disposed = true;
        Drain();
        writer?.Dispose();
    }

    /// <summary>Commands of one connection by SQL text, each keeping its compiled statements.</summary>
    internal sealed class StatementSet
    {
        /// <summary>Beyond this many texts the set starts again (SaveChanges batches make texts of many shapes).</summary>
        public const int Capacity = 256;

        public readonly Dictionary<string, Entry> ByText = new(StringComparer.Ordinal);

        /// <summary>The connection's own checkpointing (PRAGMA wal_autocheckpoint) as last set.</summary>
        public bool CheckpointsOnCommit = true;
    }

    internal sealed class Entry(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        /// <summary>The reader of its last run: while it is open, the command cannot run again.</summary>
        public SqliteDataReader? Reader { get; set; }
    }
}

/// <summary>
/// The SQLite engine bundled with the provider (e_sqlite3), for the calls its wrapper does not offer or makes slower:
/// sqlite3_txn_state here, the column accessors of the audit verifier (<see cref="Audit.SqliteColumns"/>).
/// </summary>
internal static class SqliteEngine
{
    public const string Library = "e_sqlite3";

    public const int NoTransaction = 0; // SQLITE_TXN_NONE

    /// <summary>Whether the provider loaded the bundled engine (another build of SQLite may lack these entry points).</summary>
    public static bool Bundled { get; } = raw.GetNativeLibraryName() == Library;

    /// <summary>SQLITE_TXN_NONE, _READ or _WRITE of the connection (schema null: the highest over its databases).</summary>
    [System.Runtime.InteropServices.DllImport(Library, EntryPoint = "sqlite3_txn_state", CallingConvention = System.Runtime.InteropServices.CallingConvention.Cdecl)]
    public static extern int TransactionState(nint connection, nint schema);
}

/// <summary>
/// Runs EF's commands on a pooled connection (<see cref="SqliteConnectionPool"/>) through the command that connection
/// keeps for the same SQL text, so SQLite compiles each statement once per connection instead of once per run. The
/// parameters EF bound are moved onto the kept command; the reader, its errors and its results are the same as the
/// command's own would have been. A connection that is not pooled, or a text whose command is still reading, runs as
/// usual.
/// </summary>
internal sealed class SqliteStatementReuse : DbCommandInterceptor
{
    // A parameter this long is not kept alive on a cached command until that text runs again.
    private const int LargeParameter = 64 * 1024;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        !result.HasResult && Prepared(command) is { } entry
            ? InterceptionResult<DbDataReader>.SuppressWithResult(entry.Reader = entry.Command.ExecuteReader())
            : result;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (result.HasResult || Prepared(command) is not { } entry)
        {
            return result;
        }

        var reader = (SqliteDataReader)await entry.Command.ExecuteReaderAsync(cancellationToken);
        entry.Reader = reader;
        return InterceptionResult<DbDataReader>.SuppressWithResult(reader);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        !result.HasResult && Prepared(command) is { } entry
            ? InterceptionResult<int>.SuppressWithResult(entry.Command.ExecuteNonQuery())
            : result;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        !result.HasResult && Prepared(command) is { } entry
            ? InterceptionResult<int>.SuppressWithResult(await entry.Command.ExecuteNonQueryAsync(cancellationToken))
            : result;

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        !result.HasResult && Prepared(command) is { } entry
            ? InterceptionResult<object>.SuppressWithResult(entry.Command.ExecuteScalar()!)
            : result;

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        !result.HasResult && Prepared(command) is { } entry
            ? InterceptionResult<object>.SuppressWithResult((await entry.Command.ExecuteScalarAsync(cancellationToken))!)
            : result;

    /// <summary>The kept command for this text with EF's parameters moved onto it, or null to run EF's command as it is.</summary>
    private static SqliteConnectionPool.Entry? Prepared(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { } connection } sqlite
            || !SqliteConnectionPool.Statements.TryGetValue(connection, out var set)
            || string.IsNullOrEmpty(sqlite.CommandText))
        {
            return null;
        }

        foreach (SqliteParameter parameter in sqlite.Parameters)
        {
            if (parameter.Value is string { Length: > LargeParameter } or byte[] { Length: > LargeParameter })
            {
                return null;
            }
        }

        if (!set.ByText.TryGetValue(sqlite.CommandText, out var entry))
        {
            if (set.ByText.Count >= SqliteConnectionPool.StatementSet.Capacity)
            {
                foreach (var old in set.ByText.Values)
                {
                    if (old.Reader is null or { IsClosed: true })
                    {
                        old.Command.Dispose();
                    }
                }

                set.ByText.Clear();
            }

            entry = new SqliteConnectionPool.Entry(new SqliteCommand(sqlite.CommandText, connection));
            set.ByText.Add(sqlite.CommandText, entry);
        }
        else if (entry.Reader is { IsClosed: false })
        {
            return null; // its last reader is still being read: run EF's own command beside it
        }

        var kept = entry.Command;
        kept.Transaction = sqlite.Transaction;
        kept.CommandTimeout = sqlite.CommandTimeout;
        kept.Parameters.Clear();
        var parameters = new SqliteParameter[sqlite.Parameters.Count];
        sqlite.Parameters.CopyTo(parameters, 0);
        sqlite.Parameters.Clear();
        kept.Parameters.AddRange(parameters);
        entry.Reader = null;
        return entry;
    }
}

/// <summary>
/// EF's SQLite connection, borrowing its <see cref="SqliteConnection"/> from the <see cref="SqliteConnectionPool"/> given
/// in the context's options and giving it back when the context is disposed. A borrowed connection is already open, so
/// EF neither opens nor closes it (it only closes connections it opened itself). While a write transaction runs on the
/// pool's writer connection (<see cref="SqliteConnectionPool.WritesOnOneConnection"/>), that is the connection EF sees.
/// </summary>
#pragma warning disable EF1001 // SqliteRelationalConnection is EF's own SQLite connection service; only its connection's lifetime changes here.
internal sealed class PooledSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private SqliteConnectionPool? Pool => Dependencies.ContextOptions.FindExtension<SqlitePoolExtension>()?.Pool;

    protected override DbConnection CreateDbConnection() =>
        Pool is { } pool ? pool.Rent(() => (SqliteConnection)base.CreateDbConnection()) : base.CreateDbConnection();

    // The pool's writer connection while this context's write transaction runs on it (SqliteConnectionPool.WritesOnOneConnection).
    private SqliteConnection? writing;

    /// <summary>
    /// The connection EF runs this context's commands on: the pool's writer connection from the begin of a write
    /// transaction lent it (<see cref="SqliteWriteGate"/>) to that transaction's end, otherwise the context's own.
    /// </summary>
    [AllowNull]
    public override DbConnection DbConnection
    {
        get => writing ?? base.DbConnection;
        set => base.DbConnection = value;
    }

    /// <summary>The context's own connection, borrowed from the pool, whichever connection its transaction runs on.</summary>
    internal DbConnection Own => base.DbConnection;

    /// <summary>
    /// Moves this context's commands onto the pool's writer connection for the transaction about to begin, and returns
    /// it; null when the pool lends none. Called by <see cref="SqliteWriteGate"/> while it holds its turn for this context.
    /// </summary>
    internal SqliteConnection? BorrowWriter()
    {
        writing = Pool?.LendWriter(() => (SqliteConnection)base.CreateDbConnection());
        return writing;
    }

    /// <summary>The transaction could not begin on the writer connection: the context's commands go back to its own.</summary>
    internal void ForgetWriter() => writing = null;

    // EF clears the current transaction when it commits, rolls back or is disposed: from then on the context's own connection.
    public override IDbContextTransaction? CurrentTransaction
    {
        get => base.CurrentTransaction;
        protected set
        {
            base.CurrentTransaction = value;
            if (value is null)
            {
                writing = null;
            }
        }
    }

    // EF closes the connection before disposing of it; a pooled one stays open for the next context (Return decides).
    private bool Pooled => Own is SqliteConnection connection && SqliteConnectionPool.Statements.TryGetValue(connection, out _);

    protected override void CloseDbConnection()
    {
        if (!Pooled)
        {
            base.CloseDbConnection();
        }
    }

    protected override Task CloseDbConnectionAsync() => Pooled ? Task.CompletedTask : base.CloseDbConnectionAsync();

    protected override void DisposeDbConnection()
    {
        if (!ReturnedToPool())
        {
            base.DisposeDbConnection();
        }
    }

    protected override ValueTask DisposeDbConnectionAsync() => ReturnedToPool() ? ValueTask.CompletedTask : base.DisposeDbConnectionAsync();

    // A pooled context, given back, would keep its connection for its next lease; the connection goes back to the
    // connection pool instead (which closes it if it still holds a transaction or a reader), as when a context is disposed.
    protected override void ResetState(bool disposeDbConnection)
    {
        base.ResetState(disposeDbConnection: true);
        writing = null;
    }

    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        await base.ResetStateAsync(disposeDbConnection: true);
        writing = null;
    }

    /// <summary>Gives the connection back instead of disposing of it; false when the pool does not take it.</summary>
    private bool ReturnedToPool() => Own is SqliteConnection connection && Pool is { } pool && pool.Return(connection);
}
#pragma warning restore EF1001

/// <summary>Carries the application's <see cref="SqliteConnectionPool"/> in a context's options.</summary>
internal sealed class SqlitePoolExtension(SqliteConnectionPool pool) : IDbContextOptionsExtension
{
    public SqliteConnectionPool Pool { get; } = pool;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "UsingConnectionPool ";

        // Every application's pool works with the same EF services: one internal service provider serves them all.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["CaseManagement:SqliteConnectionPool"] = "1";
    }
}

internal static class SqlitePoolOptions
{
    /// <summary>Borrows the context's connection from <paramref name="pool"/> and reuses each connection's compiled statements.</summary>
    public static DbContextOptionsBuilder UseConnectionPool(this DbContextOptionsBuilder options, SqliteConnectionPool pool)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new SqlitePoolExtension(pool));
#pragma warning disable EF1001 // see PooledSqliteRelationalConnection
        return options.ReplaceService<ISqliteRelationalConnection, PooledSqliteRelationalConnection>()
            .AddInterceptors(new SqliteStatementReuse());
#pragma warning restore EF1001
    }
}
