using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Features.Accounts;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Tests.Api.Auth;

public class LoginTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("zhangsan", Roles.Officer)]
    [InlineData("lisi", Roles.Officer)]
    [InlineData("wangwu", Roles.LegalReviewer)]
    [InlineData("zhaoliu", Roles.Head)]
    [InlineData("admin", Roles.Administrator)]
    public async Task Login_WithDemoUser_ReturnsTokenRolesAndExpiry(string userName, string role)
    {
        var response = await ApiLogin.PostLoginAsync(factory.CreateClient(), userName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("token").GetString()));
        // The demo administrator is also the installation's administrator.
        Assert.Equal(role == Roles.Administrator ? [role, Roles.InstallationAdministrator] : [role], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromHours(7.9), TimeSpan.FromHours(8));
    }

    [Fact]
    public async Task Me_WithBearerToken_ReturnsTheUser()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "wangwu");

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("wangwu", body.GetProperty("userName").GetString());
        Assert.Equal("王五", body.GetProperty("displayName").GetString());
        Assert.Equal([Roles.LegalReviewer], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(body.GetProperty("organisationId").GetInt32() > 0);
    }

    [Fact]
    public async Task Me_WithLoginCookie_ReturnsTheUser()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var login = await ApiLogin.PostLoginAsync(client, "zhaoliu");
        var response = await client.GetAsync("/api/auth/me");

        Assert.Contains(login.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(AuthSetup.CookieName + "=", StringComparison.Ordinal) && cookie.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("赵六", body.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Me_WithoutLogin_Returns401ProblemNotRedirect()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/auth/me");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("未登录", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Me_WithForgedBearerToken_Returns401Problem()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await client.GetAsync("/api/auth/me");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiRequest_WithoutLoginAskingForHtml_Returns401InsteadOfRedirect()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public void CookieOptions_ForPages_RedirectToLoginPath()
    {
        var cookie = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal("/login", cookie.LoginPath.Value);
        Assert.Equal(AuthSetup.CookieName, cookie.Cookie.Name);
        Assert.Equal(TimeSpan.FromHours(8), cookie.ExpireTimeSpan);
    }

    [Fact]
    public async Task Login_WithWrongPassword_Returns401ChineseProblemWithoutSayingWhy()
    {
        var client = factory.CreateClient();

        var wrongPassword = await ApiLogin.PostLoginAsync(client, "zhangsan", "Wrong#2026");
        var unknownUser = await ApiLogin.PostLoginAsync(client, "nobody", "Wrong#2026");

        var wrong = await ProblemAssert.IsProblemAsync(wrongPassword, HttpStatusCode.Unauthorized);
        var unknown = await ProblemAssert.IsProblemAsync(unknownUser, HttpStatusCode.Unauthorized);
        Assert.Equal(Login.Outcome.InvalidCredentialsMessage, wrong.GetProperty("detail").GetString());
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        Assert.Equal(wrong.GetProperty("title").GetString(), unknown.GetProperty("title").GetString());
        Assert.False(wrongPassword.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Login_WithMissingFields_Returns400NamingEachFieldAndAuditsNothing()
    {
        var before = await AuditCountAsync();

        var response = await factory.CreateClient().PostAsync("/api/auth/login", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("请输入用户名", await ProblemAssert.IsValidationProblemAsync(response, "userName"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("请输入密码", body.GetProperty("errors").GetProperty("password")[0].GetString());
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task Login_WithAControlCharacterInTheUserName_Returns400NamingTheFieldAndAuditsNothing()
    {
        // A NUL in a text parameter is refused by PostgreSQL itself: the lookup answered 500 there (the fuzz test, PostgreSQL pass).
        var before = await AuditCountAsync();

        var response = await factory.CreateClient().PostAsync("/api/auth/login",
            new StringContent("""{"userName":"zhang\u0000san","password":"x"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("用户名不能含有控制字符", await ProblemAssert.IsValidationProblemAsync(response, "userName"));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task Login_WithOnlyPasswordMissing_NamesOnlyPassword()
    {
        var response = await factory.CreateClient().PostAsync("/api/auth/login", new StringContent("""{"userName":"zhangsan"}""", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsValidationProblemAsync(response, "password");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.False(errors.TryGetProperty("userName", out _));
    }

    [Fact]
    public async Task Login_WhenSucceeded_AppendsLoginAuditEntryWithUserAndServerTime()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);

        await ApiLogin.TokenAsync(factory.CreateClient(), "zhaoliu");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.UserName == "zhaoliu")).Id;
        var entry = await db.AuditEntries.Where(e => e.UserId == userId && e.Action == Login.AuditAction).OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.InRange(entry.OccurredAt, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Contains("赵六", entry.Summary, StringComparison.Ordinal);
        Assert.Null(entry.CaseId);
    }

    [Fact]
    public async Task Login_WhenPasswordWrong_AuditsTheFailureWithoutThePassword()
    {
        const string attempted = "Secret#Guess-9137";

        await ApiLogin.PostLoginAsync(factory.CreateClient(), "wangwu", attempted);
        await ApiLogin.PostLoginAsync(factory.CreateClient(), "ghost-user", attempted);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.UserName == "wangwu")).Id;
        var failures = await db.AuditEntries.Where(e => e.Action == Login.FailedAuditAction).ToListAsync();
        Assert.Contains(failures, e => e.UserId == userId);
        Assert.Contains(failures, e => e.UserId == null && e.Summary.Contains("ghost-user", StringComparison.Ordinal));
        Assert.All(await db.AuditEntries.ToListAsync(), e => Assert.DoesNotContain(attempted, $"{e.Summary}{e.Before}{e.After}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logout_WithCookie_EndsTheBrowserSession()
    {
        var client = await ApiLogin.CookieClientAsync(factory, "lisi");
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add(Web.Identity.SecuritySetup.AntiforgeryHeader, PageSession.Token(html));

        var logout = await client.SendAsync(request);
        var me = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await ProblemAssert.IsProblemAsync(me, HttpStatusCode.Unauthorized);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries.CountAsync();
    }
}
