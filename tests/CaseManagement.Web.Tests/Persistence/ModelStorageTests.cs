using CaseManagement.Domain.Cases;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

public sealed class ModelStorageTests
{
    private static readonly OrganisationDetails Details = new("测试局", "测环", "测试局", "地址", "电话", "复议机关", "法院", "缴款方式");

    [SqliteFact]
    public async Task Money_WhenStoredOnSqlite_IsIntegerFenThatComparesAndSumsInTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        db.Organisations.Add(new Organisation(Details with { ShortCode = "甲" }, CaseRules.Default with { HearingThresholdOrganisation = 10_000.55m }));
        db.Organisations.Add(new Organisation(Details with { ShortCode = "乙" }, CaseRules.Default with { HearingThresholdOrganisation = 9_999.99m }));
        db.Organisations.Add(new Organisation(Details with { ShortCode = "丙" }, CaseRules.Default with { HearingThresholdOrganisation = 20_000m }));
        await db.SaveChangesAsync();

        var stored = await db.Database.SqlQueryRaw<long>("""SELECT "HearingThresholdOrganisation" AS "Value" FROM "Organisations" WHERE "ShortCode" = '甲'""").SingleAsync();
        var sumAbove = await db.Organisations.Where(o => o.HearingThresholdOrganisation > 10_000m).SumAsync(o => o.HearingThresholdOrganisation);
        var highest = await db.Organisations.OrderByDescending(o => o.HearingThresholdOrganisation).Select(o => o.ShortCode).FirstAsync();

        Assert.Equal(1_000_055L, stored);
        Assert.Equal(30_000.55m, sumAbove);
        Assert.Equal("丙", highest);
    }

    [Fact]
    public async Task Money_WithMoreThanTwoPlaces_IsRefusedRatherThanRounded()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        db.Organisations.Add(new Organisation(Details, CaseRules.Default with { HearingThresholdIndividual = 3_000.005m }));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal(0, await db.Organisations.AsNoTracking().CountAsync());
    }

    [Fact]
    public async Task Organisation_WhenReadBack_ReturnsTheSameRules()
    {
        var rules = CaseRules.Default with { StatementPeriodWorkingDays = 7, SurchargeRatePerDay = 0.0125m, HearingThresholdIndividual = 5_000m };
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            db.Organisations.Add(new Organisation(Details, rules));
            await db.SaveChangesAsync();
        }

        await using var readScope = database.CreateScope();
        var organisation = await readScope.ServiceProvider.GetRequiredService<CaseDbContext>().Organisations.SingleAsync();

        Assert.Equal(rules, organisation.ToRules());
        Assert.Equal(Details, organisation.Details);
    }

    [Fact]
    public async Task Save_WhenVersionIsStale_ThrowsConcurrencyException()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        int id;
        Guid firstVersion;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var organisation = new Organisation(Details, CaseRules.Default);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            id = organisation.Id;
            firstVersion = organisation.Version;
        }

        await using var scopeA = database.CreateScope();
        await using var scopeB = database.CreateScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<CaseDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<CaseDbContext>();
        var copyA = await dbA.Organisations.SingleAsync(o => o.Id == id);
        var copyB = await dbB.Organisations.SingleAsync(o => o.Id == id);
        copyA.UpdateDetails(Details with { Phone = "111" });
        await dbA.SaveChangesAsync();
        copyB.UpdateDetails(Details with { Phone = "222" });

        Assert.NotEqual(Guid.Empty, firstVersion);
        Assert.NotEqual(firstVersion, copyA.Version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
    }

    [Fact]
    public async Task Enums_WhenStored_AreTheirNames()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        var kinds = await db.Database.SqlQueryRaw<string>("""SELECT DISTINCT "Kind" AS "Value" FROM "HolidayDays" ORDER BY 1""").ToListAsync();

        Assert.Equal(["Holiday", "Makeup"], kinds);
    }

    [Fact]
    public async Task DateTime_WhenReadBack_IsUtc()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        var updatedAt = await db.HolidayYears.Select(y => y.UpdatedAt).FirstAsync();

        Assert.Equal(DateTimeKind.Utc, updatedAt.Kind);
    }

    [Fact]
    public async Task OfficerProfile_WithTrainings_RoundTrips()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var userId = await db.Users.Where(u => u.UserName == "lisi").Select(u => u.Id).SingleAsync();
        var profile = await db.OfficerProfiles.SingleAsync(p => p.UserId == userId);
        profile.AddTraining(new DateOnly(2026, 5, 6), "证据收集规范", 2.5m);
        await db.SaveChangesAsync();

        var hours = await db.TrainingRecords.Where(t => t.OfficerProfileId == profile.Id).SumAsync(t => t.Hours);

        Assert.Equal(18.5m, hours);
        Assert.True(profile.HasValidCertificateOn(new DateOnly(2026, 5, 6)));
        Assert.False(profile.HasValidCertificateOn(new DateOnly(2029, 1, 1)));
    }
}
