using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// A new provincial deployment: its servers are started together on an empty database. One migrates (the database's
/// migration lock keeps the others waiting); the seeding after it — the holiday calendar, the roles, the organisation
/// and its first users — must also happen once: every server starts, and there is one organisation, one of each user,
/// one row per holiday year.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class FirstStartOnPostgreSqlTests
{
    [PostgreSqlFact]
    public async Task ServersStartingTogetherOnANewDatabase_AllStart_AndSeedOnce()
    {
        const int Servers = 3;
        var database = PostgreSqlServer.NewDatabase();
        // Storage shared as in a deployment, and with it the audit key and the checkpoint (made by whichever server is first).
        using var shared = new ScratchFolder("first-start-");
        var servers = Enumerable.Range(0, Servers)
            .Select(_ => new AppFactory { SharedPostgreSqlConnectionString = database, SharedStoragePath = Path.Combine(shared, "files") })
            .ToList();
        try
        {
            var started = await AtOnce.RunAsync(Servers, n =>
            {
                try
                {
                    servers[n].CreateClient().Dispose(); // starts the host: migrate and seed
                    return null;
                }
                catch (Exception e)
                {
                    return e.GetBaseException().Message;
                }
            });

            Assert.All(started, Assert.Null);
            await using var scope = servers[0].Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            Assert.Equal(1, await db.Organisations.CountAsync());
            var userNames = await db.Users.Select(u => u.UserName!).ToListAsync();
            Assert.Equal(userNames.Distinct().Count(), userNames.Count);
            Assert.Contains("zhangsan", userNames);
            var years = await db.HolidayYears.Select(y => y.Year).ToListAsync();
            Assert.Equal(years.Distinct().Count(), years.Count);
            Assert.NotEmpty(years);
            Assert.Equal(await db.Roles.CountAsync(), await db.Roles.Select(r => r.NormalizedName).Distinct().CountAsync());

            // The first users sign in on different servers at the same moment, each of which may make the first key of the
            // token ring; a token issued by any server is accepted by every other.
            var tokens = await Task.WhenAll(servers.Select(server => ApiLogin.TokenAsync(server.CreateClient(), "zhangsan")));
            for (var issuer = 0; issuer < Servers; issuer++)
            {
                for (var reader = 0; reader < Servers; reader++)
                {
                    var client = servers[reader].CreateClient();
                    client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens[issuer]);
                    Assert.True((await client.GetAsync("/api/auth/me")).IsSuccessStatusCode, $"a token of server {issuer} on server {reader}");
                }
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }

            await PostgreSqlServer.DropAsync(database);
        }
    }
}
