using CaseManagement.Domain.Cases;
using CaseManagement.Web.Persistence;

namespace CaseManagement.Web.Audit;

/// <summary>
/// Appends to and verifies the keyed, hash-chained audit log. <see cref="Append"/> only stages the entry:
/// it is written (sequence and HMAC assigned) by the same <c>SaveChanges</c> as the change it records.
/// </summary>
public sealed class AuditLog(CaseDbContext db, TimeProvider clock, AuditVerifier verifier)
{
    public AuditEntry Append(string? userId, string action, long? caseId, string summary, string? before = null, string? after = null,
        PenaltyCase? stateAfter = null, string? files = null)
    {
        var entry = new AuditEntry(clock.GetUtcNow().UtcDateTime, userId, action, caseId, summary, before, after,
            stateAfter is null ? null : CaseStateDigest.Compute(stateAfter), files);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>See <see cref="AuditVerifier"/>.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken ct = default) => verifier.VerifyAsync(ct);
}
