using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Auth;

public sealed class TokenLifetimeTests : IAsyncLifetime
{
    private readonly AppFactory root = new();
    private readonly MovableClock clock = new();
    private WebApplicationFactory<global::Program> factory = null!;

    public Task InitializeAsync()
    {
        factory = root.WithWebHostBuilder(web => web
            .UseSetting("Auth:TokenLifetime", "00:30:00")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await root.DisposeAsync();
    }

    [Fact]
    public async Task BearerToken_WhenConfiguredLifetimeHasPassed_IsRejected()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await ApiLogin.PostLoginAsync(client, "zhangsan");
        var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("token").GetString());

        var fresh = await client.GetAsync("/api/auth/me");
        clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/api/auth/me");

        Assert.Equal(clock.GetUtcNow() - TimeSpan.FromMinutes(1), body.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        await ProblemAssert.IsProblemAsync(expired, HttpStatusCode.Unauthorized);
    }

    private sealed class MovableClock : TimeProvider
    {
        private readonly DateTimeOffset start = DateTimeOffset.UtcNow;
        private TimeSpan offset;

        public void Advance(TimeSpan by) => offset += by;

        // Frozen apart from Advance, so the issued expiry can be compared exactly.
        public override DateTimeOffset GetUtcNow() => start + offset;
    }
}
