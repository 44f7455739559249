using System.Net;
using CaseManagement.Web.Features.Administration;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Errors;

[Collection(ReadOnlyHost.Name)]
public class ErrorPageTests(AppFactory factory)
{
    [Fact]
    public async Task AdminPage_ForOfficer_ShowsTheAccessDeniedPageWith403()
    {
        var session = await PageSession.LoggedInAsync(factory, "zhangsan");

        var redirect = await session.Client.GetAsync("/admin/users");
        var page = await session.Client.GetAsync(redirect.Headers.Location!.PathAndQuery());
        var shown = await page.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/access-denied", redirect.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("无权访问", shown.Title());
    }

    [Fact]
    public async Task AdminPage_WhenAnonymous_RedirectsToLoginWithReturnUrl()
    {
        var response = await PageSession.Anonymous(factory).Client.GetAsync("/admin/holidays");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fadmin%2Fholidays", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task UnknownPage_ShowsTheChinese404Page_WhileTheApiKeepsProblemDetails()
    {
        var client = PageSession.Anonymous(factory).Client;

        var page = await client.GetAsync("/no-such-page");
        var api = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("页面不存在", (await page.PageAsync()).Title());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownUser_ShowsThe404Page()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        var response = await session.Client.GetAsync("/admin/users/no-such-id");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("页面不存在", (await response.PageAsync()).Title());
    }

    [Fact]
    public async Task PageThatThrows_InDevelopment_ShowsThe500PageWithoutExceptionDetails()
    {
        using var broken = factory.WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.ConfigureTestServices(services => services.AddTransient<IRequestHandler<ListUsers.Query, ListUsers.Result>, BrokenListUsers>());
        });
        var session = await PageSession.LoggedInAsync(broken, "admin");

        var response = await session.Client.GetAsync("/admin/users");
        var html = await response.Content.ReadAsStringAsync();
        var shown = HtmlPage.Parse(html);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("系统出错", shown.Title());
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", shown.TestId("trace-id").Text());
        Assert.DoesNotContain(BrokenListUsers.Secret, html);
        Assert.DoesNotContain("at CaseManagement", html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    private sealed class BrokenListUsers : IRequestHandler<ListUsers.Query, ListUsers.Result>
    {
        public const string Secret = "Password=hunter2";

        public Task<ListUsers.Result> Handle(ListUsers.Query request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
