using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Web.Audit;

/// <summary>
/// One line of the append-only, keyed hash chain of the audit log. <see cref="Sequence"/>, <see cref="PreviousHash"/>
/// and <see cref="Hash"/> are assigned when the entry is saved (<see cref="AuditChain"/>). <see cref="Hash"/> is an
/// HMAC-SHA-256 under <see cref="AuditKey"/>, so whoever holds the database alone cannot recompute it.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The hash that precedes the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The action of a gap marker: the chain went on from the last good entry after entries went missing.</summary>
    public const string GapAction = "审计链断点";

    private AuditEntry()
    {
    }

    public AuditEntry(DateTime occurredAtUtc, string? userId, string action, long? caseId, string summary, string? before, string? after,
        string? stateSha256 = null, string? files = null)
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
        StateSha256 = stateSha256;
        Files = files;
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

    /// <summary>SHA-256 of the case's legally relevant state after the step (<see cref="CaseStateDigest"/>); null for entries that changed no case.</summary>
    public string? StateSha256 { get; private set; }

    /// <summary>The files this entry created, as <see cref="AuditFiles"/> writes them: documents and evidence with their SHA-256.</summary>
    public string? Files { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public bool IsGapMarker => Action == GapAction;

    internal void Seal(long sequence, string previousHash, ReadOnlySpan<byte> key)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash(key);
    }

    public string ComputeHash(ReadOnlySpan<byte> key)
    {
        Span<byte> mac = stackalloc byte[32];
        Mac(key, Sequence, OccurredAt.Ticks, UserId, Action, CaseId, Summary, Before, After, StateSha256, Files, PreviousHash, mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>
    /// HMAC-SHA-256 over every field and the previous hash, each written with its length (so no separator inside a
    /// summary can make two different entries alike) and the time as ticks (so no provider's date format matters).
    /// </summary>
    public static void Mac(ReadOnlySpan<byte> key, long sequence, long ticks, string? userId, string action, long? caseId, string summary,
        string? before, string? after, string? stateSha256, string? files, string previousHash, Span<byte> destination)
    {
        var length = 8 + 8 + 9 + (9 * 8)
            + Max(userId) + Max(action) + Max(summary) + Max(before) + Max(after) + Max(stateSha256) + Max(files) + Max(previousHash);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = rented.AsSpan();
            var at = 0;
            BinaryPrimitives.WriteInt64LittleEndian(span[at..], sequence);
            at += 8;
            BinaryPrimitives.WriteInt64LittleEndian(span[at..], ticks);
            at += 8;
            span[at++] = caseId is null ? (byte)0 : (byte)1;
            BinaryPrimitives.WriteInt64LittleEndian(span[at..], caseId ?? 0);
            at += 8;
            at += Field(span[at..], userId);
            at += Field(span[at..], action);
            at += Field(span[at..], summary);
            at += Field(span[at..], before);
            at += Field(span[at..], after);
            at += Field(span[at..], stateSha256);
            at += Field(span[at..], files);
            at += Field(span[at..], previousHash);
            HMACSHA256.HashData(key, span[..at], destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int Max(string? text) => text is null ? 0 : Encoding.UTF8.GetMaxByteCount(text.Length);

    // A null field (-1) differs from an empty one (0).
    private static int Field(Span<byte> span, string? text)
    {
        if (text is null)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span, -1);
            span[4] = 0;
            return 5;
        }

        var written = Encoding.UTF8.GetBytes(text, span[5..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, written);
        span[4] = 1;
        return 5 + written;
    }

    public override string ToString() =>
        new StringBuilder().Append('#').Append(Sequence).Append(' ').Append(Action).Append(": ").Append(Summary).ToString();
}
