using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Calendar;
using CaseManagement.Domain.Calendar;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

public sealed class SeedTests
{
    [Theory]
    [InlineData("zhangsan", "张三", Roles.Officer)]
    [InlineData("lisi", "李四", Roles.Officer)]
    [InlineData("wangwu", "王五", Roles.LegalReviewer)]
    [InlineData("zhaoliu", "赵六", Roles.Head)]
    [InlineData("admin", "系统管理员", Roles.Administrator)]
    [InlineData("sunqi", "孙七", Roles.Clerk)]
    public async Task Initialise_WhenDemoSeed_CreatesUserWithRoleAndDemoPassword(string userName, string displayName, string role)
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await using var scope = database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        var user = await users.FindByNameAsync(userName);

        Assert.NotNull(user);
        Assert.Equal(displayName, user.DisplayName);
        // The demo administrator is also the installation's administrator (the shared holiday calendar).
        Assert.Equal(role == Roles.Administrator ? [Roles.Administrator, Roles.InstallationAdministrator] : [role],
            (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal));
        Assert.True(await users.CheckPasswordAsync(user, "Demo#2026"));
        Assert.False(await users.CheckPasswordAsync(user, "demo#2026"));
        var organisation = await db.Organisations.SingleAsync();
        Assert.Equal(organisation.Id, user.OrganisationId);
        Assert.Equal(6, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Initialise_WhenDemoSeed_CreatesTheBoxingBureau()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        var organisation = await db.Organisations.SingleAsync();

        Assert.Equal("滨州市生态环境局博兴分局", organisation.Name);
        Assert.Equal("博环", organisation.ShortCode);
        Assert.Equal("滨州市人民政府或者博兴县人民政府", organisation.ReconsiderationBody);
        Assert.Equal("博兴县人民法院", organisation.Court);
        Assert.Equal(Domain.Cases.CaseRules.Default, organisation.ToRules());
    }

    [Fact]
    public async Task Initialise_WhenDemoSeed_GivesOfficersValidCertificatesAndTheReviewerLegalQualification()
    {
        var today = new DateOnly(2026, 6, 1);
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        var profiles = await db.OfficerProfiles
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { u.UserName, Profile = p })
            .ToDictionaryAsync(x => x.UserName!, x => x.Profile);

        Assert.True(profiles["zhangsan"].HasValidCertificateOn(today));
        Assert.True(profiles["lisi"].HasValidCertificateOn(today));
        Assert.NotEqual(profiles["zhangsan"].CertificateNumber, profiles["lisi"].CertificateNumber);
        Assert.True(profiles["wangwu"].HasLegalQualification);
        Assert.False(profiles["zhangsan"].HasLegalQualification);
        Assert.False(profiles.ContainsKey("admin"));
    }

    [Fact]
    public async Task Initialise_WhenDemoDisabled_CreatesNoUsersButRolesAndHolidays()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
        Assert.Equal([2023, 2024, 2025, 2026], await db.HolidayYears.OrderBy(y => y.Year).Select(y => y.Year).ToListAsync());
    }

    [Fact]
    public async Task Initialise_WhenRunTwice_AddsNothingTwice()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        var holidayDays = 0;
        await using (var scope = database.CreateScope())
        {
            holidayDays = await scope.ServiceProvider.GetRequiredService<CaseDbContext>().HolidayDays.CountAsync();
        }

        await database.App.InitialiseDatabaseAsync();

        await using var after = database.CreateScope();
        var db = after.ServiceProvider.GetRequiredService<CaseDbContext>();
        Assert.Equal(6, await db.Users.CountAsync());
        Assert.Equal(1, await db.Organisations.CountAsync());
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.Equal(holidayDays, await db.HolidayDays.CountAsync());
    }

    [Fact]
    public async Task HolidayCalendar_FromDatabase_KnowsHolidaysAndMakeupDays()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var provider = database.Services.GetRequiredService<HolidayCalendarProvider>();

        var calendar = await provider.GetCalendarAsync();

        Assert.False(calendar.Holidays.IsWorkingDay(new DateOnly(2025, 10, 1)));
        Assert.True(calendar.Holidays.IsWorkingDay(new DateOnly(2025, 9, 28)));
        Assert.True(calendar.Holidays.IsHoliday(new DateOnly(2022, 12, 31)));
        Assert.Equal(new DateOnly(2025, 10, 10), calendar.Due(new DateOnly(2025, 9, 26), LegalPeriod.WorkingDays(5)).Date);
        Assert.False(calendar.Holidays.HasYear(2027));
    }

    [Fact]
    public async Task SaveYear_WhenAdministratorEntersAYear_RebuildsTheCalendar()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var provider = database.Services.GetRequiredService<HolidayCalendarProvider>();
        var before = await provider.GetCalendarAsync();
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var year = new HolidayYear(2027, [new DateOnly(2027, 1, 1)], [new DateOnly(2027, 1, 2)]);

        var problems = await provider.SaveYearAsync(db, year);
        var after = await provider.GetCalendarAsync();

        Assert.Empty(problems);
        Assert.False(before.Holidays.HasYear(2027));
        Assert.True(after.Holidays.HasYear(2027));
        Assert.True(after.Holidays.IsWorkingDay(new DateOnly(2027, 1, 2)));
        Assert.False(after.Holidays.IsWorkingDay(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public async Task SaveYear_WhenMakeupDayIsAWeekday_SavesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        var provider = database.Services.GetRequiredService<HolidayCalendarProvider>();
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        var problems = await provider.SaveYearAsync(db, new HolidayYear(2027, [], [new DateOnly(2027, 1, 4)]));

        Assert.NotEmpty(problems);
        Assert.False(await db.HolidayYears.AnyAsync(y => y.Year == 2027));
    }
}
