using System.Net;
using System.Net.Http.Json;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api;
using CaseManagement.Web.Tests.Api.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;


namespace CaseManagement.Web.Tests.Identity;

/// <summary>The app where a test header stands for the client's address (as Kestrel would report it).</summary>
public sealed class AddressedAppFactory : AppFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    protected override bool ProductionLoginRateLimit => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new AddressFilter()));
    }

    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class AddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }
}

/// <summary>Login guessing is slowed per address and account, and nobody can shut an account out from elsewhere.</summary>
public sealed class LoginThrottleTests : IAsyncLifetime
{
    private readonly AddressedAppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task FiveWrongPasswordsFromOneAddress_ThrottleThatAddressButTheRealUserLogsInFromAnother()
    {
        var attacker = factory.ClientFrom("203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            await ProblemAssert.IsProblemAsync(await ApiLogin.PostLoginAsync(attacker, "admin", "Wrong#2026"), HttpStatusCode.Unauthorized);
        }

        var sixth = await ApiLogin.PostLoginAsync(attacker, "admin", "Wrong#2026");
        var attackerWithRightPassword = await ApiLogin.PostLoginAsync(attacker, "admin");
        var owner = await ApiLogin.PostLoginAsync(factory.ClientFrom("198.51.100.20"), "admin");

        var throttled = await ProblemAssert.IsProblemAsync(sixth, HttpStatusCode.TooManyRequests);
        Assert.Contains("15 分钟", throttled.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, attackerWithRightPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task ThreeHundredUnknownNames_WriteOnlyAsManyAuditRowsAsTheThrottleAllows()
    {
        var guesser = factory.ClientFrom("203.0.113.9");
        var before = await AuditCountAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 300; i++)
        {
            statuses.Add((await guesser.PostAsJsonAsync("/api/auth/login", new { userName = $"nobody{i}", password = "Wrong#2026" })).StatusCode);
        }

        var written = await AuditCountAsync() - before;

        Assert.Equal(20, written);
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(280, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
    }

    [Fact]
    public async Task LoginPage_WhenThrottled_SaysInChineseWhenToTryAgain()
    {
        var session = new PageSession(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }));
        session.Client.DefaultRequestHeaders.Add(AddressedAppFactory.AddressHeader, "203.0.113.10");
        for (var i = 0; i < 5; i++)
        {
            await session.LoginAsync("zhangsan", "Wrong#2026");
        }

        var response = await session.LoginAsync("zhangsan", "Wrong#2026");
        var messages = (await response.PageAsync()).Messages();

        Assert.Contains("登录失败次数过多，请 15 分钟后再试。", messages);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries.CountAsync();
    }
}
