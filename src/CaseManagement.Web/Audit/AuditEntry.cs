using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaseManagement.Web.Audit;

/// <summary>
/// One line of the append-only, hash-chained audit log. <see cref="Sequence"/>, <see cref="PreviousHash"/>
/// and <see cref="Hash"/> are assigned by <see cref="Persistence.CaseDbContext"/> when it saves the entry.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The hash that precedes the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
    }

    public AuditEntry(DateTime occurredAtUtc, string? userId, string action, long? caseId, string summary, string? before, string? after)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(summary);
        // Whole microseconds: the finest instant every provider stores (PostgreSQL's timestamp keeps no 100 ns
        // ticks), so the hash computed now is the hash recomputed from the stored row.
        var utc = occurredAtUtc.ToUniversalTime();
        OccurredAt = DateTime.SpecifyKind(new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond)), DateTimeKind.Utc);
        UserId = userId;
        Action = action;
        CaseId = caseId;
        Summary = summary;
        Before = before;
        After = after;
    }

    /// <summary>Row key only; the chain order is <see cref="Sequence"/>, assigned at save time.</summary>
    public long Id { get; private set; }

    public long Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public string? UserId { get; private set; }

    public string Action { get; private set; } = "";

    public long? CaseId { get; private set; }

    public string Summary { get; private set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    internal void Seal(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>
    /// SHA-256 over a canonical JSON array of every field and the previous hash. JSON (not a joined
    /// string) so that no separator inside a summary can make two different entries hash alike;
    /// the time is written as ticks so neither provider's date format nor DateTimeKind matters.
    /// </summary>
    public string ComputeHash()
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            Sequence, OccurredAt.Ticks, UserId, Action, CaseId, Summary, Before, After, PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    public override string ToString() =>
        new StringBuilder().Append('#').Append(Sequence).Append(' ').Append(Action).Append(": ").Append(Summary).ToString();
}
