using System.Data;
using System.Security.Cryptography;
using System.Threading.Channels;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.Web.Audit;

/// <summary>
/// The result of verifying the audit log. <paramref name="FirstBrokenEntry"/> is the first entry that no longer
/// holds: edited, deleted, missing from the end, or whose case state or files no longer match what it recorded.
/// </summary>
public sealed record AuditVerification(bool Valid, long Entries, long? FirstBrokenEntry)
{
    /// <summary>Why the first broken entry is broken (Chinese, for the administrator).</summary>
    public string? Reason { get; init; }

    /// <summary>Gap markers found: places where the chain was continued after entries went missing.</summary>
    public int Gaps { get; init; }

    public long CasesChecked { get; init; }

    public long FilesChecked { get; init; }
}

/// <summary>
/// Verifies the whole audit log in one streaming pass plus two keyed passes, with memory bounded by batch sizes:
/// <list type="number">
/// <item>the chain: every entry's HMAC recomputed (on all cores, the rows read once in sequence order), each
/// entry linked to the one before, gap markers counted as breaks, the head row and the checkpoint file compared
/// with the last entry (a cut-off tail shows);</item>
/// <item>the cases: each case's current legally relevant state (<see cref="CaseStateDigest"/>) against the last
/// entry that recorded it;</item>
/// <item>the files: every document and evidence file an entry created, read back and hashed.</item>
/// </list>
/// </summary>
public sealed class AuditVerifier(CaseDbContext db, AuditKey key, AuditCheckpoint checkpoint, AuditChainStatus status, IServiceProvider services)
{
    private const int BatchSize = 4096;
    private const int CaseChunk = 200;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        var chain = await VerifyChainAsync(ct);
        var broken = new Broken();
        broken.Report(chain.FirstBroken, chain.Reason);
        var cases = await VerifyCasesAsync(broken, ct);
        var files = await VerifyFilesAsync(broken, ct);
        var result = new AuditVerification(broken.Sequence is null && chain.Reason is null, chain.Entries, broken.Sequence)
        {
            Reason = broken.Reason ?? chain.Reason,
            Gaps = chain.Gaps,
            CasesChecked = cases,
            FilesChecked = files,
        };
        status.RecordVerification(result);
        return result;
    }

    /// <summary>
    /// Pass 1 alone (what the benchmark times per entry). One task reads the rows in sequence order and checks the
    /// links (sequence, previous hash, gap markers, the checkpoint's head) while the others recompute each row's
    /// HMAC from batches of the exact bytes it covers, so the reading and the hashing run on different cores.
    /// </summary>
    public async Task<(long Entries, long? FirstBroken, string? Reason, int Gaps)> VerifyChainAsync(CancellationToken ct = default)
    {
        var head = checkpoint.ReadHead();
        var headHash = head is { } hh ? System.Text.Encoding.ASCII.GetBytes(hh.Hash) : null;
        var broken = new Broken();
        var workers = Math.Max(1, Environment.ProcessorCount);
        var channel = Channel.CreateBounded<AuditChainBatch>(new BoundedChannelOptions(workers * 2) { SingleWriter = true });
        var keyBytes = key.Bytes;
        var hashers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            // One keyed context per worker, reset after each entry instead of keyed again.
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, keyBytes);
            var mac = new byte[32];
            await foreach (var batch in channel.Reader.ReadAllAsync(ct))
            {
                using (batch)
                {
                    CheckMacs(batch, hmac, mac, broken);
                }
            }
        }, ct)).ToList();

        long count = 0;
        long expected = 1;
        var previous = System.Text.Encoding.ASCII.GetBytes(AuditEntry.GenesisHash);
        var gaps = 0;
        try
        {
            var connection = db.Database.GetDbConnection();
            var opened = connection.State != ConnectionState.Open;
            if (opened)
            {
                await connection.OpenAsync(ct);
            }

            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ChainQuery();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                await using IAuditRowSource rows = connection is Microsoft.Data.Sqlite.SqliteConnection sqlite && SqliteAuditRows.Supported
                    ? SqliteAuditRows.Open(sqlite, command.CommandText)
                    : new ProviderAuditRows(await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct));
                var batch = new AuditChainBatch();
                try
                {
                    while (await rows.ReadAsync(batch, ct))
                    {
                        count++;
                        var sequence = rows.Sequence;
                        if (sequence != expected)
                        {
                            if (rows.IsGapMarker && rows.PreviousHash.SequenceEqual(previous) && sequence > expected)
                            {
                                gaps++;
                                broken.Report(expected, $"第 {expected} 条起的记录缺失，日志在第 {sequence} 条记录了断点后续写。");
                            }
                            else
                            {
                                var first = Math.Min(expected, sequence);
                                broken.Report(first, $"第 {first} 条记录缺失或序号被改动。");
                            }
                        }
                        else if (!rows.PreviousHash.SequenceEqual(previous))
                        {
                            broken.Report(sequence, $"第 {sequence} 条记录与前一条的链接不符（前一条被改动、删除或插入了记录）。");
                        }
                        else if (rows.IsGapMarker)
                        {
                            gaps++;
                        }

                        if (head is { } h && sequence == h.Sequence && !rows.Hash.SequenceEqual(headHash))
                        {
                            broken.Report(sequence, $"第 {sequence} 条记录与检查点文件记载的不符（日志被重写）。");
                        }

                        rows.Hash.CopyTo(previous);
                        expected = sequence + 1;
                        if (batch.Full)
                        {
                            await channel.Writer.WriteAsync(batch, ct);
                            batch = new AuditChainBatch();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        await channel.Writer.WriteAsync(batch, ct);
                        batch = null;
                    }
                }
                finally
                {
                    batch?.Dispose();
                }
            }
            finally
            {
                if (opened)
                {
                    await connection.CloseAsync();
                }
            }
        }
        finally
        {
            channel.Writer.TryComplete();
            await Task.WhenAll(hashers);
        }

        var last = expected - 1;
        var recorded = await db.AuditChainHeads.AsNoTracking()
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .Select(h => (long?)h.LastSequence)
            .SingleOrDefaultAsync(ct);
        if (recorded is { } r && r > last)
        {
            broken.Report(last + 1, $"链头记录为第 {r} 条，最后一条记录为第 {last} 条：日志末尾的记录被删除。");
        }

        string? reason = null;
        if (head is { } checkpointHead && checkpointHead.Sequence > last)
        {
            broken.Report(last + 1, $"检查点文件记载日志已有 {checkpointHead.Sequence} 条，数据库中只到第 {last} 条：日志末尾的记录被删除。");
        }
        else if (head is null && count > 0)
        {
            reason = "检查点文件缺失：无法确认日志末尾是否被截断。";
        }

        return (count, broken.Sequence, broken.Reason ?? reason, gaps);
    }

    private static void CheckMacs(AuditChainBatch batch, IncrementalHash hmac, byte[] mac, Broken broken)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            hmac.AppendData(batch.Input(i));
            hmac.GetHashAndReset(mac);
            if (!AuditChainBatch.HexEquals(mac, batch.StoredHash(i)))
            {
                var sequence = batch.Sequences[i];
                broken.Report(sequence, $"第 {sequence} 条记录的内容与其密钥哈希不符（被改动或伪造）。");
            }
        }
    }

    private async Task<long> VerifyCasesAsync(Broken broken, CancellationToken ct)
    {
        long checkedCases = 0;
        long after = long.MinValue;
        while (true)
        {
            var latest = await db.AuditEntries.AsNoTracking()
                .Where(e => e.StateSha256 != null && e.CaseId != null && e.CaseId > after)
                .Where(e => e.Sequence == db.AuditEntries.Where(x => x.CaseId == e.CaseId && x.StateSha256 != null).Max(x => x.Sequence))
                .OrderBy(e => e.CaseId)
                .Select(e => new { CaseId = e.CaseId!.Value, e.Sequence, e.StateSha256 })
                .Take(CaseChunk)
                .ToListAsync(ct);
            if (latest.Count == 0)
            {
                return checkedCases;
            }

            var ids = latest.Select(l => l.CaseId).ToList();
            var cases = await db.Cases.AsNoTracking().WithEverything().AsSplitQuery().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
            foreach (var entry in latest)
            {
                checkedCases++;
                if (!cases.TryGetValue(entry.CaseId, out var penaltyCase))
                {
                    broken.Report(entry.Sequence, $"第 {entry.Sequence} 条记录的案件（编号 {entry.CaseId}）已不在数据库中。");
                }
                else if (CaseStateDigest.Compute(penaltyCase) != entry.StateSha256)
                {
                    broken.Report(entry.Sequence, $"案件 {penaltyCase.CaseNumber ?? entry.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture)} 的状态、罚款、缴款、决定或文号与第 {entry.Sequence} 条记录不符（数据被改动）。");
                }
            }

            after = latest[^1].CaseId;
        }
    }

    private async Task<long> VerifyFilesAsync(Broken broken, CancellationToken ct)
    {
        var store = services.GetService<EvidenceFileStore>();
        long checkedFiles = 0;
        var after = 0L;
        while (true)
        {
            var entries = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Files != null && e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Select(e => new { e.Sequence, e.CaseId, e.Files })
                .Take(CaseChunk)
                .ToListAsync(ct);
            if (entries.Count == 0)
            {
                return checkedFiles;
            }

            foreach (var entry in entries)
            {
                foreach (var file in AuditFiles.Parse(entry.Files))
                {
                    checkedFiles++;
                    var problem = await CheckFileAsync(entry.CaseId, file, store, ct);
                    if (problem is not null)
                    {
                        broken.Report(entry.Sequence, $"第 {entry.Sequence} 条记录的{problem}");
                    }
                }
            }

            after = entries[^1].Sequence;
        }
    }

    private async Task<string?> CheckFileAsync(long? caseId, AuditFiles.Reference file, EvidenceFileStore? store, CancellationToken ct)
    {
        switch (file.Kind)
        {
            case 'd':
                var contents = await db.Set<IssuedDocument>().AsNoTracking()
                    .Where(d => d.CaseId == caseId && d.Sha256 == file.Sha256)
                    .Select(d => d.Content)
                    .ToListAsync(ct);
                if (contents.Count == 0)
                {
                    return $"文书（SHA-256 {file.Sha256[..12]}…）已不在数据库中，或其哈希被改动。";
                }

                return contents.Any(c => IssuedDocument.HashOf(c) == file.Sha256) ? null : $"文书（SHA-256 {file.Sha256[..12]}…）内容被改动。";
            case 'e':
                var stored = await db.EvidenceFiles.AsNoTracking()
                    .Where(f => f.CaseId == caseId && f.EvidenceNumber == file.EvidenceNumber)
                    .Select(f => f.Sha256)
                    .FirstOrDefaultAsync(ct);
                if (stored != file.Sha256)
                {
                    return $"证据{file.EvidenceNumber}的文件记录已不在或其哈希被改动。";
                }

                if (store is null)
                {
                    return null;
                }

                try
                {
                    await using var stream = await store.OpenVerifiedAsync(file.Sha256, ct);
                    return null;
                }
                catch (StoredFileCorruptedException e)
                {
                    return e.Problem == StoredFileProblem.Missing ? $"证据{file.EvidenceNumber}的文件缺失。" : $"证据{file.EvidenceNumber}的文件内容被改动。";
                }

            default:
                return $"文件引用“{file.Sha256}”无法识别。";
        }
    }

    private string ChainQuery()
    {
        var entries = StoreNames.Of<AuditEntry>(db);
        var columns = string.Join(", ", new[]
        {
            nameof(AuditEntry.Sequence), nameof(AuditEntry.OccurredAt), nameof(AuditEntry.UserId), nameof(AuditEntry.Action),
            nameof(AuditEntry.CaseId), nameof(AuditEntry.Summary), nameof(AuditEntry.Before), nameof(AuditEntry.After),
            nameof(AuditEntry.StateSha256), nameof(AuditEntry.Files), nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash),
        }.Select(entries.Column));
        return $"SELECT {columns} FROM {entries.Table} ORDER BY {entries.Column(nameof(AuditEntry.Sequence))}";
    }

    /// <summary>The lowest broken sequence reported from any thread, with its reason.</summary>
    private sealed class Broken
    {
        private readonly Lock gate = new();

        public long? Sequence { get; private set; }

        public string? Reason { get; private set; }

        public void Report(long? sequence, string? reason)
        {
            if (sequence is not { } s)
            {
                return;
            }

            lock (gate)
            {
                if (Sequence is null || s < Sequence)
                {
                    Sequence = s;
                    Reason = reason;
                }
            }
        }
    }
}
