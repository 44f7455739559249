using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// Queues this server's writers to the SQLite file in order, so they take SQLite's single write lock one after
/// another without sleeping. SQLite admits one writer at a time, and Microsoft.Data.Sqlite answers a busy file by
/// blocking the thread for 150 ms and trying again: with a few dozen concurrent steps the lock then sits idle while
/// the waiters sleep, and the pool's threads are held by the sleeps (measured: 20 writers, 20 steps per second,
/// p95 2.2 s). Here a writer waits asynchronously for its turn instead, and begins its transaction when the
/// previous one has finished.
/// <para>
/// A writer is a transaction (held from BEGIN to its commit or rollback, or to the connection's close when a
/// transaction is disposed unfinished) or a save outside any transaction. Another process on the same file (the
/// data generator) still meets the driver's busy retry. Registered after the audit sealer, so a transaction's
/// checkpoint is written before the next writer starts.
/// </para>
/// <para>
/// A transaction that takes the turn runs on the connection pool's writer connection when the pool lends one
/// (<see cref="SqliteConnectionPool.WritesOnOneConnection"/>): the turn is still held, counted and given back in the
/// name of the context's own connection.
/// </para>
/// </summary>
internal sealed class SqliteWriteGate(TimeSpan timeout) : IDbTransactionInterceptor, ISaveChangesInterceptor, IDbConnectionInterceptor
{
    private readonly SemaphoreSlim turn = new(1, 1);

    private long writers;

    /// <summary>How many writers have had their turn and finished (committed, rolled back or closed): <see cref="SqliteCheckpointer"/> looks for new ones.</summary>
    public long FinishedWriters => Interlocked.Read(ref writers);

    private long heldTicks;

    /// <summary>
    /// How long the turn has been held in all, by writers and by <see cref="TryAlone"/>'s work. Every write of the server
    /// passes through the turn one at a time, so the share of a period it was held is how close the writes are to this
    /// server's ceiling: held all the time, more users only queue (the steps driver prints it).
    /// </summary>
    public TimeSpan Held => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref heldTicks));

    // Who on each connection holds the turn: its transaction or a save outside a transaction.
    private readonly ConditionalWeakTable<DbConnection, Holder> holders = [];

    private enum Owner
    {
        None,
        Transaction,
        Save,
    }

    private sealed class Holder
    {
        public Owner Owner;

        /// <summary>When the turn was taken (<see cref="Stopwatch"/> ticks).</summary>
        public long Since;
    }

    // -- transactions ------------------------------------------------------------------------------

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Take(connection, Owner.Transaction);
        return OnWriter(connection, eventData, result);
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await TakeAsync(connection, Owner.Transaction, cancellationToken);
        return OnWriter(connection, eventData, result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Give(Connection(eventData), Owner.Transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Give(Connection(eventData), Owner.Transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        // A failed BEGIN leaves no transaction; a failed commit or rollback ends it (SQLite rolls back).
        Give(Connection(eventData), Owner.Transaction);
    }

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    // -- saves outside a transaction ---------------------------------------------------------------

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Connection(eventData) is { } connection && eventData.Context!.Database.CurrentTransaction is null)
        {
            Take(connection, Owner.Save);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Connection(eventData) is { } connection && eventData.Context!.Database.CurrentTransaction is null)
        {
            await TakeAsync(connection, Owner.Save, cancellationToken);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Give(Connection(eventData), Owner.Save);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Give(Connection(eventData), Owner.Save);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Give(Connection(eventData), Owner.Save);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Give(Connection(eventData), Owner.Save);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesCanceled(eventData);
        return Task.CompletedTask;
    }

    // -- the safety net: a transaction disposed without commit or rollback closes its connection -----

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Give(connection, Owner.None);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Give(connection, Owner.None);
        return Task.CompletedTask;
    }

    /// <summary>A pooled connection given back to its pool releases the turn it still held, as a closing one does.</summary>
    public void Release(DbConnection connection) => Give(connection, Owner.None);

    /// <summary>
    /// Runs <paramref name="work"/> while no writer of this server holds its turn, waiting up to <paramref name="wait"/>
    /// for it (on a thread of the caller's own: the wait blocks); false when the turn did not come. Not counted as a
    /// writer. <see cref="SqliteCheckpointer"/> restarts the log this way.
    /// </summary>
    public bool TryAlone(TimeSpan wait, Action work)
    {
        if (!turn.Wait(wait))
        {
            return false;
        }

        var since = Stopwatch.GetTimestamp();
        try
        {
            work();
        }
        finally
        {
            Interlocked.Add(ref heldTicks, Stopwatch.GetTimestamp() - since);
            turn.Release();
        }

        return true;
    }

    /// <summary>
    /// Begins the transaction, which now holds the turn, on the pool's writer connection when the pool lends one
    /// (<see cref="SqliteConnectionPool.WritesOnOneConnection"/>); otherwise EF begins it on the context's connection.
    /// </summary>
    private InterceptionResult<DbTransaction> OnWriter(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (result.HasResult || eventData.Context?.GetService<IRelationalConnection>() is not PooledSqliteRelationalConnection pooled)
        {
            return result;
        }

        try
        {
            return pooled.BorrowWriter() is { } writer
                ? InterceptionResult<DbTransaction>.SuppressWithResult(writer.BeginTransaction(eventData.IsolationLevel))
                : result;
        }
        catch
        {
            pooled.ForgetWriter();
            Give(connection, Owner.Transaction); // no transaction began: the turn goes to the next writer
            throw;
        }
    }

    /// <summary>The context's own connection: the turn is held in its name even while its transaction runs on the writer connection.</summary>
    private static DbConnection? Connection(DbContextEventData eventData) =>
        eventData.Context is not { } context ? null
        : context.GetService<IRelationalConnection>() is PooledSqliteRelationalConnection pooled ? pooled.Own
        : context.Database.GetDbConnection();

    private void Take(DbConnection connection, Owner owner)
    {
        var holder = holders.GetOrCreateValue(connection);
        if (holder.Owner != Owner.None)
        {
            return; // this connection already has its turn (a save inside its own transaction)
        }

        if (!turn.Wait(timeout))
        {
            throw Busy();
        }

        holder.Since = Stopwatch.GetTimestamp();
        holder.Owner = owner;
    }

    private async Task TakeAsync(DbConnection connection, Owner owner, CancellationToken cancellationToken)
    {
        var holder = holders.GetOrCreateValue(connection);
        if (holder.Owner != Owner.None)
        {
            return;
        }

        if (!await turn.WaitAsync(timeout, cancellationToken))
        {
            throw Busy();
        }

        holder.Since = Stopwatch.GetTimestamp();
        holder.Owner = owner;
    }

    /// <summary>Ends the turn of <paramref name="owner"/> on the connection (<see cref="Owner.None"/>: whoever holds it).</summary>
    private void Give(DbConnection? connection, Owner owner)
    {
        if (connection is null || !holders.TryGetValue(connection, out var holder) || holder.Owner == Owner.None)
        {
            return;
        }

        if (owner != Owner.None && holder.Owner != owner)
        {
            return; // e.g. EF's own transaction inside a save: the save gives the turn back when it ends
        }

        holder.Owner = Owner.None;
        Interlocked.Add(ref heldTicks, Stopwatch.GetTimestamp() - holder.Since);
        Interlocked.Increment(ref writers);
        turn.Release();
    }

    private TimeoutException Busy() => new($"The database stayed busy with other writers for {timeout.TotalSeconds:N0} s.");
}
