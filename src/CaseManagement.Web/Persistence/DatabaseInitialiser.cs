using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence.Calendar;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Persistence;

/// <summary>Migrates and seeds at startup. Seeding only adds what is missing; it never overwrites an administrator's edits.</summary>
internal sealed class DatabaseInitialiser(
    CaseDbContext db,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IOptions<SeedOptions> seed,
    HolidayCalendarProvider calendar,
    TimeProvider clock,
    ILogger<DatabaseInitialiser> logger,
    IServiceProvider services,
    IConfiguration configuration,
    Audit.AuditKey auditKey)
{
    public const string DemoPassword = "Demo#2026";

    public static readonly OrganisationDetails DemoOrganisation = new(
        Name: "滨州市生态环境局博兴分局",
        ShortCode: "博环",
        SealText: "滨州市生态环境局博兴分局",
        Address: "山东省滨州市博兴县（演示地址，请管理员修改）",
        Phone: "0543-0000000（演示）",
        ReconsiderationBody: "滨州市人民政府或者博兴县人民政府",
        Court: "博兴县人民法院",
        PaymentInstructions: "山东省非税收入统一缴款渠道（演示内容，请管理员填写实际缴款银行及账号）");

    public async Task InitialiseAsync(CancellationToken ct)
    {
        // Servers started together on a new database take turns: the first migrates and seeds, the next find it done.
        await using var turn = await InitialisationLock.TakeAsync(db, logger, ct);

        // Reading the history is enough on most starts.
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }

        // Before anything is written: new entries sealed under another key would break the whole chain.
        if (await Audit.AuditKeyCheck.ProblemAsync(db, auditKey, ct) is { } problem)
        {
            throw new Audit.StartRefusedException(problem);
        }

        await SeedHolidaysAsync(ct);

        // A projection a migration created is filled from the cases by the domain's rules: here when there is nothing
        // to fill, otherwise in the background once the app answers (Features/Home/WorkQueueRebuildService).
        await services.GetRequiredService<Features.Home.WorkQueueRebuild>().CompleteIfNothingLeftAsync(ct);
        await SeedRolesAsync();
        var empty = !await db.Organisations.AnyAsync(ct) && !await db.Users.AnyAsync(ct);
        if (seed.Value.Demo && empty)
        {
            await SeedDemoAsync(ct);
        }
        else if (!seed.Value.Demo && empty)
        {
            await SeedFirstAdministratorAsync(ct);
        }

        // Sample cases need the case services (registered by the web app, not by persistence alone).
        if (seed.Value.Demo && services.GetService<Features.Cases.DemoCases>() is { } demoCases)
        {
            await demoCases.SeedAsync(ct);
        }
    }

    // The State Council schedules shipped with the product are reference data, not demo data (DECISIONS.md §2).
    private async Task SeedHolidaysAsync(CancellationToken ct)
    {
        var loaded = await db.HolidayYears.Select(y => y.Year).ToListAsync(ct);
        var missing = HolidayCalendar.LoadSeed().Where(y => !loaded.Contains(y.Year)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.HolidayYears.AddRange(missing.Select(y => HolidayCalendarProvider.ToRow(y, now)));
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        logger.LogInformation("Seeded holiday calendar years {Years}", string.Join(", ", missing.Select(y => y.Year)));
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new AppRole(role)), role);
            }
        }
    }

    private async Task SeedDemoAsync(CancellationToken ct)
    {
        var organisation = new Organisation(DemoOrganisation, CaseRules.Default);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);

        var validFrom = new DateOnly(2024, 1, 1);
        var validTo = new DateOnly(2028, 12, 31);
        await CreateUserAsync("zhangsan", "张三", organisation.Id, Roles.Officer, new("鲁环执2024001", validFrom, validTo, false), ct);
        await CreateUserAsync("lisi", "李四", organisation.Id, Roles.Officer, new("鲁环执2024002", validFrom, validTo, false), ct);
        await CreateUserAsync("wangwu", "王五", organisation.Id, Roles.LegalReviewer, new("鲁环执2024003", validFrom, validTo, true), ct);
        await CreateUserAsync("zhaoliu", "赵六", organisation.Id, Roles.Head, new("鲁环执2024004", validFrom, validTo, false), ct);
        // 内勤: records service and payments, archives closed cases (结案归档), so the demo covers the whole lifecycle.
        await CreateUserAsync("sunqi", "孙七", organisation.Id, Roles.Clerk, null, ct);
        await CreateUserAsync("admin", "系统管理员", organisation.Id, Roles.Administrator, null, ct);
        await AddInstallationAdministratorAsync("admin");
        logger.LogInformation("Seeded the demo organisation {Organisation} and its users", organisation.Name);
    }

    // A real installation starts with its own organisation (Organisation:Name, Organisation:ShortCode, …) and one
    // administrator (Seed:AdminUserName, Seed:AdminPassword), who then enters the users, settings and certificates.
    private async Task SeedFirstAdministratorAsync(CancellationToken ct)
    {
        var section = configuration.GetSection("Organisation");
        var name = section["Name"]?.Trim();
        var shortCode = section["ShortCode"]?.Trim();
        if (string.IsNullOrEmpty(seed.Value.AdminPassword) || string.IsNullOrEmpty(name) || string.IsNullOrEmpty(shortCode))
        {
            logger.LogWarning(
                "The database has no organisation and no user. Start once with Organisation:Name, Organisation:ShortCode and Seed:AdminPassword "
                + "(optionally Seed:AdminUserName and the other Organisation:* fields) to create the organisation and its first administrator.");
            return;
        }

        var organisation = new Organisation(new OrganisationDetails(
            Name: name,
            ShortCode: shortCode,
            SealText: section["SealText"]?.Trim() is { Length: > 0 } seal ? seal : name,
            Address: section["Address"]?.Trim() ?? "",
            Phone: section["Phone"]?.Trim() ?? "",
            ReconsiderationBody: section["ReconsiderationBody"]?.Trim() ?? "",
            Court: section["Court"]?.Trim() ?? "",
            PaymentInstructions: section["PaymentInstructions"]?.Trim() ?? ""), CaseRules.Default);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        await CreateUserAsync(seed.Value.AdminUserName, "系统管理员", organisation.Id, Roles.Administrator, null, ct, seed.Value.AdminPassword);
        await AddInstallationAdministratorAsync(seed.Value.AdminUserName!);
        logger.LogInformation("Created the organisation {Organisation} and its first administrator {User}", organisation.Name, seed.Value.AdminUserName);
    }

    // The first administrator of an installation also administers what all its organisations share (the holiday calendar).
    private async Task AddInstallationAdministratorAsync(string userName) =>
        Check(await users.AddToRoleAsync((await users.FindByNameAsync(userName))!, Roles.InstallationAdministrator), userName);

    private async Task CreateUserAsync(
        string userName, string displayName, int organisationId, string role, Credentials? credentials, CancellationToken ct, string password = DemoPassword)
    {
        var user = new AppUser(userName, displayName, organisationId);
        Check(await users.CreateAsync(user, password), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
        if (credentials is not null)
        {
            var profile = new OfficerProfile(user.Id, credentials.CertificateNumber, credentials.ValidFrom, credentials.ValidTo, credentials.LegalQualification);
            profile.AddTraining(new DateOnly(2025, 3, 18), "行政处罚法及生态环境执法规范培训", 16m);
            db.OfficerProfiles.Add(profile);
            await db.SaveChangesAsync(ct);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private sealed record Credentials(string CertificateNumber, DateOnly ValidFrom, DateOnly ValidTo, bool LegalQualification);
}
