using System.Net;
using System.Text.Json;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Audit;

public sealed class AuditVerifyTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Verify_WithoutLogin_Returns401ProblemNotRedirect()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/audit/verify");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Verify_AsOfficerWithBearerToken_Returns403Problem()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "zhangsan");

        var response = await client.GetAsync("/api/audit/verify");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("无权操作", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Verify_AsHeadWithCookie_Returns403ProblemNotRedirect()
    {
        var client = await ApiLogin.CookieClientAsync(factory, "zhaoliu");

        var response = await client.GetAsync("/api/audit/verify");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Verify_AsAdministrator_ReportsIntactChainThenTheFirstRowAlteredBehindTheAppsBack()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "admin");
        await ApiLogin.PostLoginAsync(factory.CreateClient(), "wangwu");
        await ApiLogin.PostLoginAsync(factory.CreateClient(), "zhaoliu");

        var intact = await ReadAsync(await client.GetAsync("/api/audit/verify"));
        long tampered;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            tampered = await db.AuditEntries.Where(e => e.Action == "登录").OrderBy(e => e.Sequence).Skip(1).Select(e => e.Sequence).FirstAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Summary\" = '篡改的记录' WHERE \"Sequence\" = {tampered}");
        }

        var broken = await ReadAsync(await client.GetAsync("/api/audit/verify"));

        Assert.True(intact.GetProperty("valid").GetBoolean());
        Assert.True(intact.GetProperty("entries").GetInt64() >= 3);
        Assert.Equal(JsonValueKind.Null, intact.GetProperty("firstBrokenEntry").ValueKind);
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(tampered, broken.GetProperty("firstBrokenEntry").GetInt64());
        Assert.Equal(intact.GetProperty("entries").GetInt64(), broken.GetProperty("entries").GetInt64());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
