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
/// Copying is not enough to keep the log small: SQLite starts writing it from the beginning again only when a writer
/// finds everything in it copied and no reader still using it, and with steps arriving all the time, the next one has
/// always appended before that moment. The log then grew without end (470 MB after 30 s of 100 users stepping, and
/// every read slower for it). So once the log holds <see cref="RestartPages"/> pages, the thread takes the writers'
/// turn (<see cref="SqliteWriteGate.TryAlone"/>) and runs a RESTART checkpoint: it copies the little the PASSIVE one
/// just left, waits up to <see cref="ReaderWaitMilliseconds"/> for readers of the old pages to finish, and the next
/// writer starts the log from its beginning (and cuts the file back to <see cref="SqliteWalInterceptor"/>'s limit).
/// If a reader is still on the old pages, the log is restarted at a later round.
/// </para>
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

    /// <summary>
    /// The log's size, in pages, from which it is restarted (about 32 MB): each restart holds the writers for the few
    /// milliseconds readers of the old log take to finish, so at 350 steps a second it comes every second or two, not
    /// at every round (at 1,000 pages it was every round, some 10 ms of each 200).
    /// </summary>
    public long RestartPages { get; init; } = 8000;

    /// <summary>How long a restart, holding the writers' turn, waits for readers of the old log.</summary>
    public int ReaderWaitMilliseconds { get; init; } = 100;

    private int runs;
    private int restarts;

    /// <summary>Checkpoints run so far (for the tests and the log).</summary>
    public int Runs => Volatile.Read(ref runs);

    /// <summary>Checkpoints after which the next writer starts the log from its beginning.</summary>
    public int Restarts => Volatile.Read(ref restarts);

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
        // Its own connection, outside the pool (and so outside SqliteStatementReuse): the statements are PRAGMAs.
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteWalInterceptor.Pragma + $" PRAGMA wal_autocheckpoint=0; PRAGMA busy_timeout={ReaderWaitMilliseconds};";
        command.ExecuteNonQuery();
        return connection;
    }

    private void Checkpoint(SqliteConnection connection)
    {
        var (_, logPages, _) = Run(connection, "PASSIVE");
        if (logPages >= RestartPages)
        {
            gate.TryAlone(TimeSpan.FromSeconds(1), () =>
            {
                if (Run(connection, "RESTART").Busy == 0)
                {
                    Interlocked.Increment(ref restarts);
                }
            });
        }
    }

    // busy: 1 when a RESTART found readers still on the old log (or another process writing); pages in the log;
    // pages of it now in the database file.
    private (long Busy, long LogPages, long CopiedPages) Run(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        var result = reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) : (1L, 0L, 0L);
        Last = (result.Item2, result.Item3);
        Interlocked.Increment(ref runs);
        return result;
    }
}
