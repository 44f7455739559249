using Microsoft.Data.Sqlite;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file on a thread of its own, a few times a second when
/// something was written, instead of inside a commit. By default SQLite does that copy (a checkpoint) at the end of the
/// commit that takes the log past 1,000 pages: every 60–80 steps one step spent about 12 ms more, with two syncs of the
/// file, and since this server's writers queue one behind another (<see cref="SqliteWriteGate"/>), everyone behind it
/// waited too. Here no commit checkpoints (the pool's connections run with <c>wal_autocheckpoint=0</c> while this
/// runs), and the copy is a PASSIVE checkpoint on its own connection: it waits for no reader or writer and lets writers
/// go on appending meanwhile. What a commit guarantees is unchanged: committed pages are in the log, and SQLite reads
/// them from there until they are copied.
/// <para>
/// Should this thread stop (the server shutting down, or an error it logs), the connections lent afterwards checkpoint
/// on commit again. Another process writing the same file (the data generator) keeps SQLite's own checkpoints.
/// </para>
/// </summary>
internal sealed class SqliteCheckpointer(
    string connectionString, SqliteConnectionPool pool, SqliteWriteGate gate, ILogger<SqliteCheckpointer> log, TimeSpan? period = null)
    : BackgroundService
{
    /// <summary>How often the thread looks for new writes.</summary>
    public TimeSpan Period { get; } = period ?? TimeSpan.FromMilliseconds(200);

    private int runs;

    /// <summary>Checkpoints run so far (for the tests and the log).</summary>
    public int Runs => Volatile.Read(ref runs);

    /// <summary>The last checkpoint: pages in the log, and how many of them are now in the database file.</summary>
    public (long LogPages, long CopiedPages)? Last { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        pool.CheckpointsOnCommit = false;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        pool.CheckpointsOnCommit = true;
    }

    // A thread of its own, not the pool's: a checkpoint blocks in the file's syncs.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stopping)
    {
        SqliteConnection? connection = null;
        var seen = -1L;
        try
        {
            while (!stopping.WaitHandle.WaitOne(Period))
            {
                var finished = gate.FinishedWriters;
                if (finished == seen)
                {
                    continue;
                }

                try
                {
                    connection ??= Open();
                    Checkpoint(connection);
                    seen = finished;
                }
                catch (SqliteException e)
                {
                    // The next round tries again on a new connection; meanwhile the log only grows.
                    log.LogWarning(e, "SQLite checkpoint failed; trying again in {Period} ms", Period.TotalMilliseconds);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            pool.CheckpointsOnCommit = true;
            log.LogError(e, "The SQLite checkpoint thread stopped; commits checkpoint the log themselves from now on");
        }
        finally
        {
            try
            {
                connection?.Dispose();
            }
            catch (SqliteException)
            {
                // Closing checkpoints once more; if that fails, the next connection to the file does it.
            }
        }
    }

    private SqliteConnection Open()
    {
        // Its own connection, outside the pool (and so outside SqliteStatementReuse): the statement is one PRAGMA.
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteWalInterceptor.Pragma + " PRAGMA wal_autocheckpoint=0;";
        command.ExecuteNonQuery();
        return connection;
    }

    private void Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            // busy (never for PASSIVE), pages in the log, pages copied into the database file
            Last = (reader.GetInt64(1), reader.GetInt64(2));
        }

        Interlocked.Increment(ref runs);
    }
}
