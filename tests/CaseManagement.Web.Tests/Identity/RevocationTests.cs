using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Tests.Api;
using CaseManagement.Web.Tests.Api.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseManagement.Web.Tests.Identity;

/// <summary>
/// Access that can be taken away: after logout, a password reset, a lock or a role change, every cookie and bearer
/// token the user held is refused at its very next request. The delay (revocation to first refusal) is printed.
/// </summary>
public sealed class RevocationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Logout_EndsEveryTokenAndCookieOfTheUser()
    {
        var first = await ApiLogin.BearerClientAsync(factory, "zhangsan");
        var second = await ApiLogin.BearerClientAsync(factory, "zhangsan");
        var browser = await PageSession.LoggedInAsync(factory, "zhangsan");
        var other = await ApiLogin.BearerClientAsync(factory, "lisi");

        var logout = await first.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await AssertRefusedAsync(first, "logout");
        await AssertRefusedAsync(second, "logout");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_EndsTheUsersTokenAndSession()
    {
        var victim = await ApiLogin.BearerClientAsync(factory, "zhaoliu");
        var browser = await PageSession.LoggedInAsync(factory, "zhaoliu");

        await AdminPostAsync("zhaoliu", "Password", new() { ["PasswordForm.NewPassword"] = "Reset#2026abc" });

        await AssertRefusedAsync(victim, "password reset");
        var page = await browser.Client.GetAsync("/cases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/login", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_EndsTheUsersTokenAndTheUserCannotLogInAgain()
    {
        var victim = await ApiLogin.BearerClientAsync(factory, "zhaoliu");

        await AdminPostAsync("zhaoliu", "Lock", []);

        await AssertRefusedAsync(victim, "lock");
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiLogin.PostLoginAsync(factory.CreateClient(), "zhaoliu")).StatusCode);
    }

    [Fact]
    public async Task RoleRemoved_HeadDemotedToOfficer_OldTokenNoLongerActsAsHead()
    {
        var head = await ApiLogin.BearerClientAsync(factory, "zhaoliu");

        await AdminPostAsync("zhaoliu", "Roles", new() { ["RolesForm.Roles"] = "Officer" });

        await AssertRefusedAsync(head, "role change");
        var again = await ApiLogin.BearerClientAsync(factory, "zhaoliu");
        var me = await (await again.GetAsync("/api/auth/me")).Content.ReadAsStringAsync();
        Assert.Contains("Officer", me, StringComparison.Ordinal);
        Assert.DoesNotContain("Head", me, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookieApiWrite_WithoutAntiforgeryToken_IsRefusedAndWithItAccepted()
    {
        var client = await ApiLogin.CookieClientAsync(factory, "lisi");

        var withoutToken = await client.PostAsync("/api/auth/logout", null);
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add(SecuritySetup.AntiforgeryHeader, PageSession.Token(html));
        var withToken = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(withoutToken, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, withToken.StatusCode);
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/cases")]
    [InlineData("/api/auth/me")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path)
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    // The document PDFs are shown in the panel of the case and step pages and printed from a frame: this site may
    // frame them, no other; a Word download and every other answer stay unframeable.
    [Theory]
    [InlineData("/api/documents/7/pdf", true)]
    [InlineData("/api/documents/case-file/7", true)]
    [InlineData("/api/cases/7/documents/FilingApproval/preview", true)]
    [InlineData("/cases/7/evidence/3/inline", true)]
    [InlineData("/api/documents/7", false)]
    [InlineData("/api/cases/7", false)]
    [InlineData("/cases/7", false)]
    public async Task DocumentPdfs_MayBeFramedByTheSitesOwnPagesOnly(string path, bool framed)
    {
        var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(framed ? "SAMEORIGIN" : "DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains(framed ? "frame-ancestors 'self'" : "frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_HoldNoInlineScriptOrStyleAttributes()
    {
        var admin = await PageSession.LoggedInAsync(factory, "zhangsan");
        foreach (var path in new[] { "/", "/cases", "/cases/new", "/deadlines", "/statistics" })
        {
            var html = await admin.GetHtmlAsync(path);
            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
            Assert.DoesNotMatch(@"\son[a-z]+=""", html);
            Assert.DoesNotMatch(@"\sstyle=""", html);
        }
    }

    private async Task AdminPostAsync(string userName, string handler, Dictionary<string, string> fields)
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<Web.Identity.AppUser>>().FindByNameAsync(userName))!.Id;
        }

        var url = $"/admin/users/{id}";
        var response = await admin.SubmitAsync(url, fields, postUrl: $"{url}?handler={handler}");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode}");
    }

    private async Task AssertRefusedAsync(HttpClient client, string what)
    {
        var watch = Stopwatch.StartNew();
        var me = await client.GetAsync("/api/auth/me");
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        // Figures (README): the first request after the change is already refused.
        output.WriteLine($"revocation after {what}: refused at the first request, {watch.Elapsed.TotalMilliseconds:F0} ms after the change");
    }
}
