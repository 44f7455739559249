using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Audit;

public sealed record AuditVerification(bool Valid, long Entries, long? FirstBrokenEntry);

/// <summary>
/// Appends to and verifies the hash-chained audit log. <see cref="Append"/> only stages the entry:
/// it is written (sequence and hash assigned) by the same <c>SaveChanges</c> as the change it records.
/// </summary>
public sealed class AuditLog(CaseDbContext db, TimeProvider clock)
{
    public AuditEntry Append(string? userId, string action, long? caseId, string summary, string? before = null, string? after = null)
    {
        var entry = new AuditEntry(clock.GetUtcNow().UtcDateTime, userId, action, caseId, summary, before, after);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>
    /// Recomputes the whole chain in sequence order. The first broken entry is the first whose sequence,
    /// previous hash or own hash does not match; a missing tail is reported as the first missing sequence.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var expectedSequence = 1L;
        var previous = AuditEntry.GenesisHash;
        long? broken = null;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (broken is null
                && (entry.Sequence != expectedSequence || entry.PreviousHash != previous || entry.ComputeHash() != entry.Hash))
            {
                broken = Math.Min(entry.Sequence, expectedSequence);
            }

            previous = entry.Hash;
            expectedSequence++;
        }

        var count = expectedSequence - 1;
        var head = await db.AuditChainHeads.AsNoTracking()
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .Select(h => (long?)h.LastSequence)
            .SingleOrDefaultAsync(ct);
        if (broken is null && head != count)
        {
            broken = count + 1;
        }

        return new AuditVerification(broken is null, count, broken);
    }
}
