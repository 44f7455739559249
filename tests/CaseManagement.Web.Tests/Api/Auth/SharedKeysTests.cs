using System.Net;
using System.Net.Http.Headers;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Auth;

/// <summary>A second server on the same database (a provincial deployment behind a load balancer).</summary>
public sealed class SecondServerFactory(string databasePath) : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Path", databasePath);
    }
}

[Collection(ReadOnlyHost.Name)]
public sealed class SharedKeysTests(AppFactory factory)
{
    [Fact]
    public async Task Token_IssuedByOneServer_IsAcceptedByAnotherOnTheSameDatabase()
    {
        var token = await ApiLogin.TokenAsync(factory.CreateClient(), "zhangsan");
        await using var second = new SecondServerFactory(Path.Combine(factory.DataFolder, "case.db"))
        {
            SharedPostgreSqlConnectionString = factory.PostgreSqlConnectionString,
            // The first server's storage, and with it its audit key and checkpoint: a server with a key of its own is
            // refused on a database whose audit log another key wrote (AuditKeyCheckTests).
            SharedStoragePath = Path.Combine(factory.DataFolder, "files"),
        };
        var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var me = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CaseDbContext>().DataProtectionKeys.AnyAsync());
    }
}
