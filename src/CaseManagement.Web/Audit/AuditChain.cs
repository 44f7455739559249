using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Audit;

/// <summary>
/// Assigns sequence numbers and keyed hashes to the audit entries of one save, inside its transaction. A chain
/// found broken at its end (rows deleted behind the app's back, the head row missing or lowered) never stops the
/// save: the entries go on from the last entry that exists, after a gap marker that records which sequences were
/// missing, and the break is logged and shown to the administrator (<see cref="AuditChainStatus"/>).
/// </summary>
internal static class AuditChain
{
    // Compiled once per model: every save with audit entries runs them. The last entry alone: when the head row is missing.
    private static readonly CompiledPerModel<Func<CaseDbContext, CancellationToken, Task<ChainEnd?>>> LastEntry = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, CancellationToken ct) => db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence).Select(e => new ChainEnd(e.Sequence, e.Hash)).FirstOrDefault()));

    // The head's sequence and the last entry in one statement (one round trip fewer on a database server): the path of
    // every save once the head exists.
    private static readonly CompiledPerModel<Func<CaseDbContext, CancellationToken, Task<ChainState?>>> HeadAndLastEntry = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, CancellationToken ct) => db.AuditChainHeads.AsNoTracking()
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .Select(h => new ChainState(
                h.LastSequence,
                db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefault(),
                db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefault()))
            .SingleOrDefault()));

    /// <summary>
    /// The head's two updates as SQL made once per model, with the table and columns as the model maps them, quoted by
    /// the provider. Both run inside the write turn of every save with audit entries, and a LINQ <c>ExecuteUpdate</c>
    /// builds its expression tree and looks it up in EF's query cache each time.
    /// <para>
    /// <c>LockedByBegin</c>: on SQLite the save's transaction already holds the file's single write lock from its
    /// BEGIN (EF begins SQLite transactions IMMEDIATE, as <see cref="Numbering.DocumentNumberAllocator"/> also relies on),
    /// so nothing can write between the read below and the commit, and the no-op update that takes the head's row lock
    /// on a database server would be one more statement inside every step's write turn.
    /// </para>
    /// </summary>
    private sealed record HeadUpdates(string Lock, string Set, bool LockedByBegin);

    private static readonly CompiledPerModel<HeadUpdates> HeadUpdatesSql = new(db =>
    {
        var head = StoreNames.Of<AuditChainHead>(db);
        var name = head.Table;
        var id = head.Column(nameof(AuditChainHead.Id));
        var last = head.Column(nameof(AuditChainHead.LastSequence));
        return new HeadUpdates(
            $"UPDATE {name} SET {last} = {last} WHERE {id} = {{0}}", $"UPDATE {name} SET {last} = {{0}} WHERE {id} = {{1}}", db.Database.IsSqlite());
    });

    private sealed record ChainEnd(long Sequence, string Hash);

    private sealed record ChainState(long Recorded, long? LastSequence, string? LastHash);

    public static async Task<(long Sequence, string Hash)> SealAsync(CaseDbContext db, AuditSealer sealer, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .OrderBy(e => e.OccurredAt)
            .ToList();

        // Take the write lock first (a no-op update of the head), so that what is read below stays true until commit;
        // on SQLite the transaction holds it already. Not locked on a server: the head row is missing.
        var updates = HeadUpdatesSql.For(db);
        var locked = updates.LockedByBegin || await db.Database.ExecuteSqlRawAsync(updates.Lock, [AuditChainHead.SingletonId], ct) == 1;
        var state = locked ? await HeadAndLastEntry.For(db)(db, ct) : null;
        var headExists = state is not null;
        long recorded;
        ChainEnd? last;
        if (state is not null)
        {
            recorded = state.Recorded;
            last = state.LastSequence is { } lastSequenceFound ? new ChainEnd(lastSequenceFound, state.LastHash!) : null;
        }
        else
        {
            recorded = 0L;
            last = await LastEntry.For(db)(db, ct);
        }

        var lastSequence = last?.Sequence ?? 0L;
        var previous = last?.Hash ?? AuditEntry.GenesisHash;
        var sequence = Math.Max(recorded, lastSequence) + 1;

        if (!headExists && lastSequence > 0)
        {
            sealer.ReportBreak(lastSequence + 1, "审计日志链头记录缺失，已按现有最后一条重建。");
        }

        if (recorded > lastSequence)
        {
            // Entries lastSequence+1 .. recorded were written once and are gone: say so in the chain itself.
            // Stamped with the time of the entries that found the gap (the server's clock, as they are).
            var gap = new AuditEntry(pending[0].OccurredAt, null, AuditEntry.GapAction, null,
                $"审计日志第 {lastSequence + 1} 至第 {recorded} 条缺失（链头记录为第 {recorded} 条），自第 {lastSequence} 条之后续写。",
                lastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                recorded.ToString(System.Globalization.CultureInfo.InvariantCulture));
            db.AuditEntries.Add(gap);
            pending.Insert(0, gap);
            sealer.ReportBreak(lastSequence + 1, $"审计日志第 {lastSequence + 1} 至第 {recorded} 条缺失，已记录断点并从第 {lastSequence} 条续写。");
        }

        foreach (var entry in pending)
        {
            entry.Seal(sequence++, previous, sealer.Key.Bytes);
            previous = entry.Hash;
        }

        var final = sequence - 1;
        if (headExists)
        {
            await db.Database.ExecuteSqlRawAsync(updates.Set, [final, AuditChainHead.SingletonId], ct);
        }
        else
        {
            db.AuditChainHeads.Add(new AuditChainHead(final));
        }

        return (final, previous);
    }
}
