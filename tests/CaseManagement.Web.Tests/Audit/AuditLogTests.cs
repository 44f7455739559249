using CaseManagement.Web.Audit;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Audit;

public sealed class AuditLogTests
{
    private static async Task AppendAsync(TestDatabase database, params string[] summaries)
    {
        await using var scope = database.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        foreach (var summary in summaries)
        {
            log.Append("user-1", "RecordStatement", 42, summary, "Notified", "Notified");
        }

        await scope.ServiceProvider.GetRequiredService<CaseDbContext>().SaveChangesAsync();
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync();
    }

    [Fact]
    public async Task Verify_CountsTheGapMarkerOfAFreshLog()
    {
        // A marker the chain wrote after a break, read by a verify whose buffer never held it before.
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一");
        await using (var scope = database.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditLog>().Append(null, AuditEntry.GapAction, null, "第 2 至第 2 条缺失", null, null);
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().SaveChangesAsync();
        }

        await AppendAsync(database, "三");

        var result = await VerifyAsync(database);

        Assert.True(result.Valid);
        Assert.Equal(1, result.Gaps);
    }

    [Fact]
    public async Task Verify_WhenEntriesAppendedInSeveralSaves_IsValidAndChained()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一");
        await AppendAsync(database, "二", "三");
        await AppendAsync(database, "四");

        var result = await VerifyAsync(database);

        Assert.Equal(new AuditVerification(true, 4, null), result);
        await using var scope = database.CreateScope();
        var entries = await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L, 4L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditEntry.GenesisHash, entries[0].PreviousHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public async Task Append_WhenSavedSynchronously_ContinuesTheChain()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一");
        await using (var scope = database.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditLog>().Append(null, "SaveYear", null, "录入2027年节假日");
            scope.ServiceProvider.GetRequiredService<CaseDbContext>().SaveChanges();
        }

        Assert.Equal(new AuditVerification(true, 2, null), await VerifyAsync(database));
    }

    [Fact]
    public async Task Verify_WhenNothingWasLogged_IsValid()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);

        Assert.Equal(new AuditVerification(true, 0, null), await VerifyAsync(database));
    }

    [Fact]
    public async Task Verify_WhenARowIsAlteredBehindTheApp_ReportsItAsFirstBroken()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一", "二", "三", "四", "五");
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database
                .ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Summary" = '罚款改为一元' WHERE "Sequence" = 3""");
        }

        var result = await VerifyAsync(database);

        Assert.Equal((false, 5L, (long?)3), (result.Valid, result.Entries, result.FirstBrokenEntry));
    }

    [Fact]
    public async Task Verify_WhenTheLastRowIsDeletedBehindTheApp_ReportsTheMissingEntry()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一", "二", "三");
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database
                .ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");
        }

        var result = await VerifyAsync(database);

        Assert.Equal((false, 2L, (long?)3), (result.Valid, result.Entries, result.FirstBrokenEntry));
    }

    [Fact]
    public async Task Verify_WhenAMiddleRowIsDeletedBehindTheApp_ReportsTheGap()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一", "二", "三");
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database
                .ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");
        }

        var result = await VerifyAsync(database);

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBrokenEntry);
    }

    [Fact]
    public async Task Verify_WhenOnlyAPreviousHashIsReplaced_ReportsTheBrokenLink()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一", "二", "三", "四");
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database
                .ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "PreviousHash" = replace("PreviousHash", substr("PreviousHash", 1, 1), 'x') WHERE "Sequence" = 3""");
        }

        var result = await VerifyAsync(database);

        Assert.Equal((false, 4L, (long?)3), (result.Valid, result.Entries, result.FirstBrokenEntry));
    }

    [Fact]
    public async Task Verify_WhenANullFieldIsMadeEmpty_ReportsTheEntry()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using (var scope = database.CreateScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
            log.Append(null, "SaveYear", null, "录入2027年节假日");
            log.Append(null, "SaveYear", null, "录入2028年节假日");
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database
                .ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "UserId" = '' WHERE "Sequence" = 2""");
        }

        var result = await VerifyAsync(database);

        Assert.Equal((false, 2L, (long?)2), (result.Valid, result.Entries, result.FirstBrokenEntry));
    }

    [Fact]
    public async Task Verify_WhenEntriesPastTheFirstBatchAreAlteredAndDeleted_ReportsTheFirstOfThem()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, Enumerable.Range(1, 5000).Select(i => $"第{i}条").ToArray());
        await using (var scope = database.CreateScope())
        {
            var sql = scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database;
            await sql.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Summary" = '罚款改为一元' WHERE "Sequence" = 4500""");
            await sql.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 4700""");
        }

        var result = await VerifyAsync(database);

        Assert.Equal((false, 4999L, (long?)4500), (result.Valid, result.Entries, result.FirstBrokenEntry));
    }

    [Fact]
    public async Task Save_WhenAnAuditEntryIsModifiedThroughEf_Throws()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一");
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var entry = await db.AuditEntries.SingleAsync();
        db.Entry(entry).Property(e => e.Summary).CurrentValue = "改写";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Fact]
    public async Task Save_WhenAnAuditEntryIsDeletedThroughEf_Throws()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await AppendAsync(database, "一");
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(1, await db.AuditEntries.AsNoTracking().CountAsync());
    }

    [Fact]
    public async Task Append_WhenTheRecordedChangeFails_IsNotWrittenEither()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            scope.ServiceProvider.GetRequiredService<AuditLog>().Append("user-1", "UpdateOrganisation", null, "修改机关");
            db.Add(new Web.Numbering.DocumentNumberCounter(organisationId: 999, Web.Numbering.DocumentType.PenaltyDecision, 2026, 1));

            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var result = await VerifyAsync(database);

        Assert.Equal(new AuditVerification(true, 0, null), result);
    }

    [Fact]
    public async Task Append_FromConcurrentSaves_KeepsOneUnbrokenChain()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => AppendAsync(database, $"并发 {i}"))));

        Assert.Equal(new AuditVerification(true, 20, null), await VerifyAsync(database));
    }
}
