using System.Buffers;
using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseManagement.Web.Audit;

/// <summary>
/// A batch of audit rows on their way from the reader to the hashing workers: for each row the exact bytes its
/// HMAC covers (<see cref="AuditEntry.Mac"/>'s layout, written straight from the database's UTF-8 text where the
/// provider gives it) followed by the 64 hex characters of its stored hash. One pooled buffer per batch, so the
/// pass allocates nothing per row and its memory is bounded by the number of batches in flight.
/// </summary>
internal sealed class AuditChainBatch : IDisposable
{
    public const int Rows = 4096;

    private byte[] data = ArrayPool<byte>.Shared.Rent(Rows * 512);
    private int used;

    public readonly long[] Sequences = new long[Rows];
    public readonly int[] Starts = new int[Rows];
    public readonly int[] Lengths = new int[Rows];

    public int Count { get; private set; }

    public bool Full => Count == Rows;

    public ReadOnlySpan<byte> Input(int row) => data.AsSpan(Starts[row], Lengths[row]);

    /// <summary>The buffer and the offset <see cref="Begin"/> returned, for copying native memory straight in.</summary>
    public byte[] Buffer => data;

    public int Used => used;

    public ReadOnlySpan<byte> StoredHash(int row) => data.AsSpan(Starts[row] + Lengths[row], 64);

    /// <summary>Space for a row of at most <paramref name="maxLength"/> bytes (input and hash).</summary>
    public Span<byte> Begin(int maxLength)
    {
        if (used + maxLength > data.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(data.Length * 2, used + maxLength));
            data.AsSpan(0, used).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(data);
            data = bigger;
        }

        return data.AsSpan(used);
    }

    /// <summary>Ends the row begun last: <paramref name="inputLength"/> bytes of input, then 64 of hash.</summary>
    public void End(long sequence, int inputLength)
    {
        Sequences[Count] = sequence;
        Starts[Count] = used;
        Lengths[Count] = inputLength;
        used += inputLength + 64;
        Count++;
    }

    public void Dispose()
    {
        if (data.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(data);
            data = [];
        }
    }

    /// <summary>Whether the stored hex equals the lower-case hex of the MAC.</summary>
    public static bool HexEquals(ReadOnlySpan<byte> mac, ReadOnlySpan<byte> hex)
    {
        const string digits = "0123456789abcdef";
        for (var i = 0; i < mac.Length; i++)
        {
            if (hex[2 * i] != digits[mac[i] >> 4] || hex[(2 * i) + 1] != digits[mac[i] & 0xF])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One row as the chain pass reads it: what the links are checked with, and the row written into a batch.</summary>
internal interface IAuditRowSource : IAsyncDisposable
{
    /// <summary>Reads the next row into the batch; false at the end.</summary>
    ValueTask<bool> ReadAsync(AuditChainBatch batch, CancellationToken ct);

    long Sequence { get; }

    bool IsGapMarker { get; }

    /// <summary>The stored previous-hash and hash, 64 ASCII hex characters each.</summary>
    ReadOnlySpan<byte> PreviousHash { get; }

    ReadOnlySpan<byte> Hash { get; }
}

/// <summary>Writes <see cref="AuditEntry.Mac"/>'s layout from UTF-8 fields.</summary>
internal static class AuditMacLayout
{
    public const int FixedLength = 8 + 8 + 9;

    public static int Head(Span<byte> span, long sequence, long ticks, long? caseId)
    {
        BinaryPrimitives.WriteInt64LittleEndian(span, sequence);
        BinaryPrimitives.WriteInt64LittleEndian(span[8..], ticks);
        span[16] = caseId is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt64LittleEndian(span[17..], caseId ?? 0);
        return FixedLength;
    }

    /// <summary>A field: its length (-1 for null) and a null flag, then its UTF-8 bytes.</summary>
    public static int Field(Span<byte> span, ReadOnlySpan<byte> utf8, bool isNull)
    {
        if (isNull)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span, -1);
            span[4] = 0;
            return 5;
        }

        BinaryPrimitives.WriteInt32LittleEndian(span, utf8.Length);
        span[4] = 1;
        utf8.CopyTo(span[5..]);
        return 5 + utf8.Length;
    }

    /// <summary>
    /// The ticks of an instant as SQLite holds it ("yyyy-MM-dd HH:mm:ss" with up to seven fraction digits, the form EF
    /// writes), read without making a string; any other form through the parser the provider itself uses.
    /// </summary>
    public static long Ticks(ReadOnlySpan<byte> text)
    {
        if (text.Length >= 19 && text[4] == '-' && text[7] == '-' && text[10] == ' ' && text[13] == ':' && text[16] == ':'
            && (text.Length == 19 || (text[19] == '.' && text.Length <= 27 && text.Length > 20)))
        {
            var ok = true;
            int Number(ReadOnlySpan<byte> digits)
            {
                var value = 0;
                foreach (var d in digits)
                {
                    if (d is < (byte)'0' or > (byte)'9')
                    {
                        ok = false;
                        return 0;
                    }

                    value = (value * 10) + (d - '0');
                }

                return value;
            }

            var year = Number(text[..4]);
            var month = Number(text[5..7]);
            var day = Number(text[8..10]);
            var hour = Number(text[11..13]);
            var minute = Number(text[14..16]);
            var second = Number(text[17..19]);
            var fraction = 0;
            if (text.Length > 20)
            {
                fraction = Number(text[20..]);
                for (var i = text.Length - 20; i < 7; i++)
                {
                    fraction *= 10;
                }
            }

            if (ok && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(1, year), month) && hour < 24 && minute < 60 && second < 60)
            {
                return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks + fraction;
            }
        }

        return DateTime.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture).Ticks;
    }
}

/// <summary>
/// SQLite: the rows straight from the engine's statement, each text column's UTF-8 bytes copied into the batch
/// without becoming a string (what made the pass read-bound). The column accessors are called on the engine
/// directly, without the GC transition (<see cref="SqliteColumns"/>): a dozen of them per row cost more than the
/// step itself through the provider's safe-handle wrappers, and the reader is the one serial part of the pass.
/// </summary>
internal sealed class SqliteAuditRows : IAuditRowSource
{
    private const int Columns = 12;

    private static readonly byte[] Gap = Encoding.UTF8.GetBytes(AuditEntry.GapAction);

    private readonly sqlite3_stmt statement;
    private readonly nint handle;
    private readonly byte[] previous = new byte[64];
    private readonly byte[] hash = new byte[64];
    private readonly nint[] texts = new nint[Columns];
    private readonly int[] lengths = new int[Columns];
    private byte[] occurred = new byte[32];

    private SqliteAuditRows(sqlite3_stmt statement)
    {
        this.statement = statement;
        handle = statement.DangerousGetHandle();
    }

    /// <summary>Whether the provider runs the bundled engine that <see cref="SqliteColumns"/> calls (not, say, SQLCipher).</summary>
    public static bool Supported => Persistence.SqliteEngine.Bundled;

    public static SqliteAuditRows Open(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }

        return new SqliteAuditRows(statement);
    }

    public long Sequence { get; private set; }

    public bool IsGapMarker { get; private set; }

    public ReadOnlySpan<byte> PreviousHash => previous;

    public ReadOnlySpan<byte> Hash => hash;

    public ValueTask<bool> ReadAsync(AuditChainBatch batch, CancellationToken ct)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_DONE)
        {
            return ValueTask.FromResult(false);
        }

        if (rc != raw.SQLITE_ROW)
        {
            throw new SqliteException("审计日志读取失败（SQLite " + rc.ToString(CultureInfo.InvariantCulture) + "）", rc);
        }

        // Columns as ChainQuery lists them; each text's bytes stay valid until the next step.
        var s = handle;
        Sequence = SqliteColumns.Int64(s, 0);
        long? caseId = SqliteColumns.Type(s, 4) == raw.SQLITE_NULL ? null : SqliteColumns.Int64(s, 4);
        var max = AuditMacLayout.FixedLength + 64 + (5 * 8);
        for (var c = 1; c < Columns; c++)
        {
            if (c == 4)
            {
                continue;
            }

            texts[c] = SqliteColumns.Blob(s, c);
            lengths[c] = SqliteColumns.Bytes(s, c);
            max += lengths[c];
        }

        if (lengths[1] > occurred.Length)
        {
            occurred = new byte[lengths[1]];
        }

        CopyColumn(1, occurred, 0);
        batch.Begin(max);
        var buffer = batch.Buffer;
        var start = batch.Used;
        var at = start + AuditMacLayout.Head(buffer.AsSpan(start), Sequence, AuditMacLayout.Ticks(occurred.AsSpan(0, lengths[1])), caseId);
        at += Field(buffer, at, 2, nullable: true);
        var action = at + 5; // past the field's length and null flag
        at += Field(buffer, at, 3, nullable: false);
        IsGapMarker = buffer.AsSpan(action, lengths[3]).SequenceEqual(Gap);
        at += Field(buffer, at, 5, nullable: false);
        at += Field(buffer, at, 6, nullable: true);
        at += Field(buffer, at, 7, nullable: true);
        at += Field(buffer, at, 8, nullable: true);
        at += Field(buffer, at, 9, nullable: true);
        at += Field(buffer, at, 10, nullable: false);
        Copy(buffer.AsSpan(at - lengths[10], lengths[10]), previous);
        if (lengths[11] == 64)
        {
            CopyColumn(11, hash, 0);
        }
        else
        {
            hash.AsSpan().Fill((byte)'?');
        }

        hash.CopyTo(buffer.AsSpan(at));
        batch.End(Sequence, at - start);
        return ValueTask.FromResult(true);
    }

    // AuditMacLayout.Field for a column still in the engine's memory. SQLite gives no bytes for both NULL and an
    // empty text: only then is the type asked.
    private int Field(byte[] buffer, int at, int column, bool nullable)
    {
        var length = lengths[column];
        if (length == 0 && nullable && SqliteColumns.Type(handle, column) == raw.SQLITE_NULL)
        {
            return AuditMacLayout.Field(buffer.AsSpan(at), [], isNull: true);
        }

        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), length);
        buffer[at + 4] = 1;
        CopyColumn(column, buffer, at + 5);
        return 5 + length;
    }

    private void CopyColumn(int column, byte[] to, int at)
    {
        if (lengths[column] > 0)
        {
            Marshal.Copy(texts[column], to, at, lengths[column]);
        }
    }

    // A stored hash is 64 hex characters; anything else can match nothing, so it is kept as 64 non-hex bytes.
    private static void Copy(ReadOnlySpan<byte> from, byte[] to)
    {
        if (from.Length == 64)
        {
            from.CopyTo(to);
        }
        else
        {
            to.AsSpan().Fill((byte)'?');
        }
    }

    public ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The four column accessors of the SQLite engine the app's provider loads (the bundled e_sqlite3), called without
/// the GC transition: each only reads the current row and returns at once, and the statement outlives the calls.
/// </summary>
internal static class SqliteColumns
{
    private const string Library = Persistence.SqliteEngine.Library;

    [DllImport(Library, EntryPoint = "sqlite3_column_int64", CallingConvention = CallingConvention.Cdecl)]
    [SuppressGCTransition]
    public static extern long Int64(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_type", CallingConvention = CallingConvention.Cdecl)]
    [SuppressGCTransition]
    public static extern int Type(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_blob", CallingConvention = CallingConvention.Cdecl)]
    [SuppressGCTransition]
    public static extern nint Blob(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_bytes", CallingConvention = CallingConvention.Cdecl)]
    [SuppressGCTransition]
    public static extern int Bytes(nint statement, int column);
}

/// <summary>Any other provider: the ADO.NET reader, each text encoded into the batch.</summary>
internal sealed class ProviderAuditRows(DbDataReader reader) : IAuditRowSource
{
    private readonly byte[] previous = new byte[64];
    private readonly byte[] hash = new byte[64];

    public long Sequence { get; private set; }

    public bool IsGapMarker { get; private set; }

    public ReadOnlySpan<byte> PreviousHash => previous;

    public ReadOnlySpan<byte> Hash => hash;

    public async ValueTask<bool> ReadAsync(AuditChainBatch batch, CancellationToken ct)
    {
        if (!await reader.ReadAsync(ct))
        {
            return false;
        }

        Sequence = reader.GetInt64(0);
        var ticks = reader.GetDateTime(1).Ticks;
        var userId = reader.IsDBNull(2) ? null : reader.GetString(2);
        var action = reader.GetString(3);
        long? caseId = reader.IsDBNull(4) ? null : reader.GetInt64(4);
        var texts = new[]
        {
            reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9),
        };
        var previousText = reader.GetString(10);
        var hashText = reader.GetString(11);
        IsGapMarker = action == AuditEntry.GapAction;

        var max = AuditMacLayout.FixedLength + 64 + (8 * 5) + Max(userId) + Max(action) + Max(previousText) + texts.Sum(Max);
        var span = batch.Begin(max);
        var at = AuditMacLayout.Head(span, Sequence, ticks, caseId);
        at += Field(span[at..], userId);
        at += Field(span[at..], action);
        foreach (var text in texts)
        {
            at += Field(span[at..], text);
        }

        Ascii(previousText, previous);
        at += AuditMacLayout.Field(span[at..], Encoding.UTF8.GetBytes(previousText), isNull: false);
        Ascii(hashText, hash);
        hash.CopyTo(span[at..]);
        batch.End(Sequence, at);
        return true;
    }

    private static int Max(string? text) => text is null ? 0 : Encoding.UTF8.GetMaxByteCount(text.Length);

    private static int Field(Span<byte> span, string? text) =>
        AuditMacLayout.Field(span, text is null ? [] : Encoding.UTF8.GetBytes(text), text is null);

    // As SqliteAuditRows.Copy: a text that is not 64 ASCII characters can match nothing.
    private static void Ascii(string text, byte[] to)
    {
        to.AsSpan().Fill((byte)'?');
        if (text.Length == 64 && text.All(char.IsAscii))
        {
            for (var i = 0; i < 64; i++)
            {
                to[i] = (byte)text[i];
            }
        }
    }

    public async ValueTask DisposeAsync() => await reader.DisposeAsync();
}
