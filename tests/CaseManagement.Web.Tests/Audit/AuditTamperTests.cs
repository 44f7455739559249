using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
using CaseManagement.Web.Tests.Api.Auth;
using CaseManagement.Web.Tests.Api.Cases;
using CaseManagement.Web.Tests.Persistence;
using CaseManagement.Web.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Audit;

/// <summary>
/// Someone with the database file and the stored files (not the key) tampers with them in each of the ways the
/// audit chain must catch; verifying names the first entry that no longer holds. Each test builds its own
/// decided, served and paid case with an uploaded evidence file, so every scenario starts from a valid chain.
/// The tampering is done on a copy of the SQLite file, so these run in the SQLite pass only.
/// </summary>
public sealed class AuditTamperTests(AuditTamperTests.PaidCaseSnapshot snapshot) : IAsyncLifetime, IClassFixture<AuditTamperTests.PaidCaseSnapshot>
{
    private SnapshotFactory factory = null!;
    private CaseApi api = null!;
    private CaseHandle paidCase = null!;

    /// <summary>The paid case is built once; each test starts the app on its own copy of the database, files, key and checkpoint.</summary>
    public sealed class PaidCaseSnapshot : IAsyncLifetime
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "casemanagement-tests", "tamper-" + Guid.NewGuid().ToString("N"));

        public long CaseId { get; private set; }

        public async Task InitializeAsync()
        {
            if (PostgreSqlServer.IsTestProvider)
            {
                return; // the snapshot is a copy of the SQLite file and the stored files; every test here is skipped on PostgreSQL
            }

            await using var source = new CaseApiFactory();
            var c = await PaidCaseWithEvidenceFileAsync(new CaseApi(source));
            CaseId = c.Id;
            await using (var scope = source.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            Copy(source.DataFolder, Folder);
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>The app on a copy of the snapshot.</summary>
    public sealed class SnapshotFactory(string snapshot) : CaseApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            Copy(snapshot, DataFolder);
            base.ConfigureWebHost(builder);
        }
    }

    internal static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public async Task InitializeAsync()
    {
        factory = new SnapshotFactory(snapshot.Folder);
        api = new CaseApi(factory);
        paidCase = new CaseHandle(api, await api.GetAsync("zhangsan", snapshot.CaseId));
        var intact = await VerifyAsync();
        Assert.True(intact.Valid, intact.Reason);
        Assert.Null(intact.FirstBrokenEntry);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [SqliteFact]
    public async Task EditedSummary_IsReportedAtThatEntry()
    {
        var target = await SequenceAsync("登录", skip: 1);
        await SqlAsync($"UPDATE AuditEntries SET Summary = '篡改的记录' WHERE Sequence = {target}");

        await AssertBrokenAtAsync(target);
    }

    [SqliteFact]
    public async Task ForgedRowRechainedWithoutTheKey_IsReportedAtTheForgedRow()
    {
        var last = await LastSequenceAsync();
        var previous = await HashOfAsync(last);
        var forged = last + 1;
        var hash = ForgeHash(forged, "伪造的登录记录", previous);
        await SqlAsync($"INSERT INTO AuditEntries (Sequence, OccurredAt, UserId, Action, CaseId, Summary, PreviousHash, Hash) VALUES ({forged}, '2026-11-27 01:00:00', NULL, '登录', NULL, '伪造的登录记录', '{previous}', '{hash}')");
        await SqlAsync($"UPDATE AuditChainHeads SET LastSequence = {forged}");

        await AssertBrokenAtAsync(forged);
    }

    [SqliteFact]
    public async Task WholeTailRecomputedWithPlainSha256_IsReportedAtTheFirstRewrittenEntry()
    {
        var from = await SequenceAsync("登录", skip: 2);
        await SqlAsync($"UPDATE AuditEntries SET Summary = Summary || '（改）' WHERE Sequence = {from}");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var previous = await HashOfAsync(from - 1);
            foreach (var entry in await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= from).OrderBy(e => e.Sequence).ToListAsync())
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new object?[] { entry.Sequence, entry.Summary, previous })));
                await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET PreviousHash = {previous}, Hash = {hash} WHERE Sequence = {entry.Sequence}");
                previous = hash;
            }
        }

        await AssertBrokenAtAsync(from);
    }

    [SqliteFact]
    public async Task LastFiftyRowsCutOffAndHeadLowered_IsReportedByTheCheckpoint()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
            for (var i = 0; i < 50; i++)
            {
                log.Append(null, "登录失败", null, $"登录失败：用户名“guess{i}”不存在");
            }

            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().SaveChangesAsync();
        }

        var last = await LastSequenceAsync();
        await SqlAsync($"DELETE FROM AuditEntries WHERE Sequence > {last - 50}");
        await SqlAsync($"UPDATE AuditChainHeads SET LastSequence = {last - 50}");

        await AssertBrokenAtAsync(last - 49);
    }

    [SqliteFact]
    public async Task LastRowDeleted_IsReportedAndLoginsAndStepsGoOnAfterAGapMarker()
    {
        var last = await LastSequenceAsync();
        await SqlAsync($"DELETE FROM AuditEntries WHERE Sequence = {last}");

        var login = await ApiLogin.PostLoginAsync(factory.CreateClient(), "zhaoliu");
        await paidCase.RefreshAsync();
        await paidCase.StepAsync("zhaoliu", "Close", new { closedOn = "2026-11-06", ground = "PerformedInFull", remark = "已全额缴纳" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await AssertBrokenAtAsync(last);
        var verification = await VerifyAsync();
        Assert.Equal(1, verification.Gaps);
        await using var scope = factory.Services.CreateAsyncScope();
        var gap = await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries.SingleAsync(e => e.Action == AuditEntry.GapAction);
        Assert.Contains($"第 {last} 至第 {last} 条缺失", gap.Summary, StringComparison.Ordinal);
        Assert.Equal(last, scope.ServiceProvider.GetRequiredService<AuditChainStatus>().LastBreak?.FirstBrokenEntry);
    }

    [SqliteFact]
    public async Task MiddleRowDeleted_IsReportedAtTheMissingSequence()
    {
        var target = await SequenceAsync("登录", skip: 1);
        await SqlAsync($"DELETE FROM AuditEntries WHERE Sequence = {target}");

        await AssertBrokenAtAsync(target);
    }

    [SqliteFact]
    public async Task PaymentAmountEdited_IsReportedAtTheCasesLastStep()
    {
        var entry = await LastStateEntryAsync();
        await SqlAsync($"UPDATE Payments SET Amount = '5000' WHERE CaseId = {paidCase.Id}");

        await AssertBrokenAtAsync(entry);
    }

    [SqliteFact]
    public async Task DecidedFineEdited_IsReportedAtTheCasesLastStep()
    {
        var entry = await LastStateEntryAsync();
        await SqlAsync($"UPDATE Cases SET DecidedFine = '500' WHERE Id = {paidCase.Id}");

        await AssertBrokenAtAsync(entry);
    }

    [SqliteFact]
    public async Task DecisionNumberEdited_IsReportedAtTheCasesLastStep()
    {
        var entry = await LastStateEntryAsync();
        await SqlAsync($"UPDATE Cases SET DecisionNumber = DecisionNumber || '改' WHERE Id = {paidCase.Id}");

        await AssertBrokenAtAsync(entry);
    }

    [SqliteFact]
    public async Task CaseStateMovedBack_IsReportedAtTheCasesLastStep()
    {
        var entry = await LastStateEntryAsync();
        await SqlAsync($"UPDATE Cases SET State = 'PendingDecision' WHERE Id = {paidCase.Id}");

        await AssertBrokenAtAsync(entry);
    }

    [SqliteFact]
    public async Task DocumentBlobChangedWithItsHashColumn_IsReportedAtTheEntryThatIssuedIt()
    {
        long documentId;
        string sha;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            (documentId, sha) = await db.Set<Web.Documents.IssuedDocument>().Where(d => d.CaseId == paidCase.Id && d.TemplateName == "penalty-decision")
                .Select(d => new ValueTuple<long, string>(d.Id, d.Sha256)).SingleAsync();
        }

        var entry = await FileEntryAsync(AuditFiles.Document(sha));
        var forged = "forged document"u8.ToArray();
        var forgedSha = Convert.ToHexStringLower(SHA256.HashData(forged));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database
                .ExecuteSqlAsync($"UPDATE IssuedDocuments SET Content = {forged}, Sha256 = {forgedSha}, Length = {forged.LongLength} WHERE Id = {documentId}");
        }

        await AssertBrokenAtAsync(entry);
    }

    [SqliteFact]
    public async Task DocumentBlobChanged_DownloadIsRefusedAsAltered()
    {
        long documentId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            documentId = await db.Set<Web.Documents.IssuedDocument>().Where(d => d.CaseId == paidCase.Id).Select(d => d.Id).FirstAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE IssuedDocuments SET Content = {new byte[] { 1, 2, 3 }} WHERE Id = {documentId}");
        }

        var client = await api.As("zhangsan");
        var response = await client.GetAsync($"/api/documents/{documentId}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [SqliteFact]
    public async Task EvidenceFileSwappedWithBothHashColumnsUpdated_IsReportedAtTheUpload()
    {
        var (sha, entry) = await EvidenceUploadAsync();
        var store = factory.Services.GetRequiredService<EvidenceFileStore>();
        StoredFile swapped;
        await using (var other = new MemoryStream(Samples.Pdf(4096)))
        {
            swapped = await store.SaveAsync(other, "swapped.pdf", CancellationToken.None);
        }

        await SqlAsync($"UPDATE EvidenceFiles SET Sha256 = '{swapped.Sha256}' WHERE Sha256 = '{sha}'");
        await SqlAsync($"UPDATE EvidenceItems SET Sha256 = '{swapped.Sha256}' WHERE Sha256 = '{sha}'");

        await AssertBrokenAtAsync(entry);
    }

    [SqliteFact]
    public async Task EvidenceFileBytesChangedInPlace_IsReportedAtTheUpload()
    {
        var (sha, entry) = await EvidenceUploadAsync();
        var path = Directory.EnumerateFiles(Path.Combine(factory.DataFolder, "files"), sha, SearchOption.AllDirectories).Single();
        File.SetAttributes(path, FileAttributes.Normal);
        await File.WriteAllBytesAsync(path, Samples.Pdf(2048));

        await AssertBrokenAtAsync(entry);
    }

    [SqliteFact]
    public async Task TwoEntriesSwapped_IsReportedAtTheFirstOfThem()
    {
        var first = await SequenceAsync("登录", skip: 1);
        await SqlAsync($"UPDATE AuditEntries SET Sequence = -1 WHERE Sequence = {first}");
        await SqlAsync($"UPDATE AuditEntries SET Sequence = {first} WHERE Sequence = {first + 1}");
        await SqlAsync($"UPDATE AuditEntries SET Sequence = {first + 1} WHERE Sequence = -1");

        await AssertBrokenAtAsync(first);
    }

    [SqliteFact]
    public async Task CheckpointFileDeleted_ChainIsNoLongerReportedValid()
    {
        File.Delete(factory.Services.GetRequiredService<AuditCheckpoint>().FilePath);

        var result = await VerifyAsync();

        Assert.False(result.Valid);
        Assert.Contains("检查点文件缺失", result.Reason, StringComparison.Ordinal);
    }

    internal static async Task<CaseHandle> PaidCaseWithEvidenceFileAsync(CaseApi api)
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（审计）");
        await UploadAsync(api, c);
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 50_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        await c.StepAsync("zhangsan", "RecordPayment", new { paidOn = "2026-11-05", amount = 50_000m, reference = "非税收入缴款书审计" });
        return c;
    }

    private static async Task<JsonElement> UploadAsync(CaseApi api, CaseHandle c)
    {
        var client = await api.As("zhangsan");
        await c.RefreshAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Samples.Pdf(3000));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "现场照片.pdf");
        form.Add(new StringContent(c.Version.ToString()), "version");
        form.Add(new StringContent("Documentary"), "kind");
        form.Add(new StringContent("现场检查照片"), "title");
        form.Add(new StringContent("2026-10-15"), "collectedOn");
        form.Add(new StringContent("厂区"), "place");
        form.Add(new StringContent("zhangsan"), "officers");
        form.Add(new StringContent("lisi"), "officers");
        var response = await client.PostAsync($"/api/cases/{c.Id}/evidence", form);
        var body = await CaseApi.ReadAsync(response, HttpStatusCode.Created);
        await c.RefreshAsync();
        return body;
    }

    private async Task<(string Sha, long Entry)> EvidenceUploadAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var file = await db.EvidenceFiles.AsNoTracking().SingleAsync(f => f.CaseId == paidCase.Id);
        return (file.Sha256, await FileEntryAsync(AuditFiles.Evidence(file.EvidenceNumber, file.Sha256)));
    }

    private async Task<long> FileEntryAsync(string reference)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.AuditEntries.Where(e => e.CaseId == paidCase.Id && e.Files != null && e.Files.Contains(reference)).Select(e => e.Sequence).SingleAsync();
    }

    private async Task<long> LastStateEntryAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries
            .Where(e => e.CaseId == paidCase.Id && e.StateSha256 != null).MaxAsync(e => e.Sequence);
    }

    private async Task<long> SequenceAsync(string action, int skip)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries
            .Where(e => e.Action == action).OrderBy(e => e.Sequence).Skip(skip).Select(e => e.Sequence).FirstAsync();
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries.MaxAsync(e => e.Sequence);
    }

    private async Task<string> HashOfAsync(long sequence)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries
            .Where(e => e.Sequence == sequence).Select(e => e.Hash).SingleAsync();
    }

    // What an attacker without the key can do: a keyed hash under a key of his own.
    private static string ForgeHash(long sequence, string summary, string previous)
    {
        var mac = new byte[32];
        AuditEntry.Mac(RandomNumberGenerator.GetBytes(32), sequence, new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc).Ticks, null, "登录", null, summary,
            null, null, null, null, previous, mac);
        return Convert.ToHexStringLower(mac);
    }

    private async Task SqlAsync(string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
#pragma warning disable EF1002 // the tampering statements are the test's own constants
        await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        var client = await api.As("admin");
        var response = await client.GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<AuditVerification>(await response.Content.ReadAsStringAsync(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private async Task AssertBrokenAtAsync(long expected)
    {
        var result = await VerifyAsync();
        Assert.False(result.Valid);
        Assert.True(expected == result.FirstBrokenEntry, $"expected entry {expected}, got {result.FirstBrokenEntry}: {result.Reason}");
    }
}
