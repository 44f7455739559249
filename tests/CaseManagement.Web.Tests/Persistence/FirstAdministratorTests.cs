using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>A real installation: no demo data, the bureau's own organisation and first administrator from settings.</summary>
public sealed class InstallationFactory : AppFactory
{
    protected override bool SeedDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Organisation:Name", "某市生态环境局某某分局");
        builder.UseSetting("Organisation:ShortCode", "某环");
        builder.UseSetting("Organisation:Court", "某某县人民法院");
        builder.UseSetting("Seed:AdminUserName", "sysadmin");
        builder.UseSetting("Seed:AdminPassword", "Install#2026a");
    }
}

public sealed class FirstAdministratorTests(InstallationFactory factory) : IClassFixture<InstallationFactory>
{
    [Fact]
    public async Task Installation_WithoutDemo_CreatesTheOrganisationAndOnlyItsFirstAdministrator()
    {
        var client = factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "sysadmin", password = "Install#2026a" });
        var demo = await client.PostAsJsonAsync("/api/auth/login", new { userName = "zhangsan", password = "Demo#2026" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(["Administrator", "InstallationAdministrator"], JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var organisation = await db.Organisations.SingleAsync();
        Assert.Equal("某环", organisation.ShortCode);
        Assert.Equal("某市生态环境局某某分局", organisation.SealText);
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.False(await db.Cases.AnyAsync());
    }
}
