using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Audit;

/// <summary>Assigns sequence numbers and hashes to the audit entries of one save, inside its transaction.</summary>
internal static class AuditChain
{
    public static void Seal(CaseDbContext db)
    {
        var pending = Pending(db);
        var reserved = db.AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdate(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence + pending.Count));
        EnsureHead(reserved);
        var last = db.AuditChainHeads.AsNoTracking().Single(h => h.Id == AuditChainHead.SingletonId).LastSequence;
        var first = last - pending.Count + 1;
        var previous = db.AuditEntries.AsNoTracking().Where(e => e.Sequence == first - 1).Select(e => e.Hash).SingleOrDefault();
        Chain(pending, first, previous);
    }

    public static async Task SealAsync(CaseDbContext db, CancellationToken ct)
    {
        var pending = Pending(db);
        var reserved = await db.AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence + pending.Count), ct);
        EnsureHead(reserved);
        var last = (await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct)).LastSequence;
        var first = last - pending.Count + 1;
        var previous = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence == first - 1).Select(e => e.Hash).SingleOrDefaultAsync(ct);
        Chain(pending, first, previous);
    }

    private static List<AuditEntry> Pending(CaseDbContext db) =>
        [.. db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .OrderBy(e => e.OccurredAt)];

    private static void EnsureHead(int updated)
    {
        if (updated != 1)
        {
            throw new InvalidOperationException("审计日志链头缺失，数据库未正确初始化。");
        }
    }

    private static void Chain(List<AuditEntry> pending, long first, string? previousHash)
    {
        if (first > 1 && previousHash is null)
        {
            throw new InvalidOperationException($"审计日志第 {first - 1} 条缺失，无法续写日志链。");
        }

        var previous = previousHash ?? AuditEntry.GenesisHash;
        var sequence = first;
        foreach (var entry in pending)
        {
            entry.Seal(sequence++, previous);
            previous = entry.Hash;
        }
    }
}
