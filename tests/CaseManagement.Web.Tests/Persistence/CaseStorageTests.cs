using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

public sealed class CaseStorageTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly CaseClock Clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8)), Today, new LegalCalendar(HolidayCalendar.Seed), CaseRules.Default);
    private static readonly Actor Officer = new("o1", "张三", new HashSet<CaseRole> { CaseRole.Officer });
    private static readonly Actor Head = new("h1", "赵六", new HashSet<CaseRole> { CaseRole.Head });

    [Fact]
    public async Task Case_WhenSavedAndReloaded_KeepsEveryRecordAndGetsANewVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (id, _, firstVersion) = await StoreInspectedCaseAsync(database,
            c => c.AddEvidence(Officer, Clock, new EvidenceData(EvidenceKind.Documentary, "营业执照复印件", Today, "公司办公室", ["o1", "o2"], null)));

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == id);

            Assert.Equal(CaseState.Investigation, c.State);
            Assert.Equal("博环立字〔2026〕1号", c.CaseNumber);
            Assert.Equal("博兴县某建材有限公司", c.Party.Name);
            Assert.Equal(["o1", "o2"], c.Officers.Select(o => o.UserId));
            Assert.Equal(["o1", "o2"], c.Evidence.Single().OfficerUserIds);
            Assert.Equal("在建，未见环评批复", c.Records.Single().Summary);
            Assert.Equal(Today, c.FiledOn);
            Assert.Equal(5, c.History.Count);
            Assert.NotEqual(Guid.Empty, firstVersion);
            Assert.Contains(nameof(CaseTrigger.AddEvidence), c.AllowedActions(Officer, Clock));
        }
    }

    [Fact]
    public async Task Case_WhenTwoUsersSaveTheSameVersion_SecondSaveConflicts()
    {
        await using var database = await TestDatabase.CreateAsync();
        long id;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = FiledCase(await db.Organisations.Select(o => o.Id).FirstAsync());
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            id = c.Id;
        }

        await using var first = database.CreateScope();
        await using var second = database.CreateScope();
        var db1 = first.ServiceProvider.GetRequiredService<CaseDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<CaseDbContext>();
        var c1 = await db1.Cases.WithEverything().SingleAsync(x => x.Id == id);
        var c2 = await db2.Cases.WithEverything().SingleAsync(x => x.Id == id);
        c1.Suspend(Head, Clock, new SuspensionData(Today, "等待鉴定"));
        c2.Terminate(Head, Clock, new ReasonData(Today, "当事人已注销"));

        await db1.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
    }

    [Fact]
    public async Task Step_OnACaseReadWhole_TracksOnlyTheHistoryLineAndRecordItAddsAndStoresEachOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (id, organisation, _) = await StoreInspectedCaseAsync(database);

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = (await db.LoadWholeAsync(id, organisation, CancellationToken.None))!;
            Assert.Equal("在建，未见环评批复", c.Records.Single().Summary);
            Assert.Equal(4, c.History.Count); // registered, filing requested, filed, inspected

            // Read, not tracked: the lines and records already stored are neither compared nor written by the save.
            Assert.Empty(db.ChangeTracker.Entries<InvestigationRecord>());
            Assert.Empty(db.ChangeTracker.Entries<CaseEvent>());

            c.RecordInvestigation(Officer, Clock, new InvestigationRecordData(InvestigationRecordKind.Interview, Today, "办公室", ["o1", "o2"], "询问法定代表人"));
            db.ChangeTracker.DetectChanges();
            Assert.Equal([EntityState.Added], db.ChangeTracker.Entries<InvestigationRecord>().Select(e => e.State));
            Assert.Equal([EntityState.Added], db.ChangeTracker.Entries<CaseEvent>().Select(e => e.State));
            await db.SaveChangesAsync();

            // A second save on the same context: the line stored by the first is tracked now, the older ones still are not.
            c.AddEvidence(Officer, Clock, new EvidenceData(EvidenceKind.Documentary, "询问笔录", Today, "办公室", ["o1", "o2"], null));
            await db.SaveChangesAsync();
        }

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = await db.Cases.WithEverything().AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Equal(["在建，未见环评批复", "询问法定代表人"], c.Records.OrderBy(r => r.Id).Select(r => r.Summary));
            Assert.Equal(6, c.History.Count);
            Assert.Equal(6, c.History.Select(e => e.Id).Distinct().Count());
            Assert.Equal("询问笔录", c.Evidence.Single().Title);
        }
    }

    [Fact]
    public async Task Case_WithSeveralServiceAttemptsAndDailyPenaltyLinks_IsReadWholeWithEachRecordOnce()
    {
        // The case row and its two owned collections are read in one statement: the join repeats the row for every
        // 送达未果 attempt and 按日连续处罚 link, and the case must still come back with each of them, and each child, once.
        await using var database = await TestDatabase.CreateAsync();
        var (id, organisation, _) = await StoreInspectedCaseAsync(database);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            for (var i = 1; i <= 3; i++)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "ServiceAttempts" ("Document", "DocumentSequence", "Method", "AttemptedOn", "Outcome", "Note", "RecordedBy", "CaseId")
                    VALUES ('Decision', 1, 'Mail', {Today.AddDays(i)}, 'MailReturned', {$"第{i}次邮寄退回"}, 'o1', {id})
                    """);
            }

            for (var n = 1; n <= 2; n++)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "DailyPenaltyLinks" ("CorrectionNumber", "OpenedOn", "OpenedBy", "Total", "CaseId")
                    VALUES ({n}, {Today.AddDays(n)}, 'o1', 100000, {id})
                    """);
            }
        }

        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = (await db.LoadWholeAsync(id, organisation, CancellationToken.None))!;

            Assert.Equal(["第1次邮寄退回", "第2次邮寄退回", "第3次邮寄退回"], c.ServiceAttempts.Select(a => a.Note).Order());
            Assert.Equal([1, 2], c.DailyPenalties.Select(d => d.CorrectionNumber).Order());
            Assert.Equal(["o1", "o2"], c.Officers.Select(o => o.UserId).Order());
            Assert.Equal("在建，未见环评批复", c.Records.Single().Summary);
            Assert.Equal(4, c.History.Count);
            Assert.Null(await db.LoadWholeAsync(id, organisation + 1, CancellationToken.None)); // another organisation's case is not read
        }
    }

    /// <summary>A filed case with whatever <paramref name="more"/> adds and then an inspection record, stored by a scope of its own.</summary>
    private static async Task<(long Id, int Organisation, Guid Version)> StoreInspectedCaseAsync(TestDatabase database, Action<PenaltyCase>? more = null)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
        var c = FiledCase(organisation);
        more?.Invoke(c);
        c.RecordInvestigation(Officer, Clock, new InvestigationRecordData(InvestigationRecordKind.Inspection, Today, "车间", ["o1", "o2"], "在建，未见环评批复"));
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return (c.Id, organisation, c.Version);
    }

    private static PenaltyCase FiledCase(int organisationId)
    {
        var c = PenaltyCase.RegisterLead(Officer, Clock, new LeadData(
            organisationId, "日常检查", Today, "未批先建", "EiaUnapprovedConstruction", new DateOnly(2025, 5, 10),
            new Party(PartyKind.Organisation, "博兴县某建材有限公司", "91350100M000100Y43", "博兴县经济开发区", "王某")));
        c.RequestFiling(Officer, Clock, new FilingRequestData(Today, "涉嫌未批先建"));
        c.File(Head, Clock, new FilingData(Today, "博环立字〔2026〕1号", [
            new CaseOfficer("o1", "张三", "37000001", new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)),
            new CaseOfficer("o2", "李四", "37000002", new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)),
        ]));
        return c;
    }
}
