using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>A server clock fixed at a known instant, so that business dates in tests are deterministic.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

/// <summary>
/// The app on its own database with the server clock at 2026-11-27 09:00 China time (a Friday), without
/// the demo cases (tests create their own), plus a 内勤 (sunqi) and an officer who is also a legal
/// reviewer (qianba) for the 查审分离 tests.
/// </summary>
public class CaseApiFactory : AppFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateOnly Today = new(2026, 11, 27);

    private readonly SemaphoreSlim extraUsers = new(1, 1);
    private bool extraUsersCreated;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    public async Task EnsureExtraUsersAsync()
    {
        await extraUsers.WaitAsync();
        try
        {
            if (extraUsersCreated)
            {
                return;
            }

            await using var scope = Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var organisationId = (await users.FindByNameAsync("zhangsan"))!.OrganisationId;
            await CreateAsync(users, db, "sunqi", "孙七", organisationId, [Roles.Clerk], null);
            await CreateAsync(users, db, "qianba", "钱八", organisationId, [Roles.Officer, Roles.LegalReviewer], "鲁环执2024008");
            extraUsersCreated = true;
        }
        finally
        {
            extraUsers.Release();
        }
    }

    private static async Task CreateAsync(UserManager<AppUser> users, CaseDbContext db, string userName, string name, int? organisationId, string[] roles, string? certificate)
    {
        // The demo seeding already has the 内勤 sunqi; a copy of another factory's database (AuditTamperTests) has both.
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser(userName, name, organisationId);
        Assert.True((await users.CreateAsync(user, DatabaseInitialiser.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        if (certificate is not null)
        {
            db.OfficerProfiles.Add(new OfficerProfile(user.Id, certificate, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), true));
            await db.SaveChangesAsync();
        }
    }
}

/// <summary>The same, with the demo cases seeded at startup.</summary>
public sealed class DemoCaseApiFactory : CaseApiFactory
{
    protected override bool SeedDemoCases => true;
}
