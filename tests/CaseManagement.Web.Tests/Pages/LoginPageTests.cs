using System.Net;

namespace CaseManagement.Web.Tests.Pages;

public class LoginPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Login_WithRightPassword_RedirectsToReturnUrlAndShowsTheUserInTheTopBar()
    {
        var session = PageSession.Anonymous(factory);

        var response = await session.LoginAsync("zhangsan", PageSession.DemoPassword, returnUrl: "/");
        var home = await session.GetHtmlAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains("张三", home);
        Assert.Contains("执法人员", home);
        Assert.Contains("滨州市生态环境局博兴分局", home);
        Assert.Contains("生态环境行政处罚案件管理系统", home);
        Assert.DoesNotContain("href=\"/admin\"", home);
    }

    [Fact]
    public async Task Login_WithAbsoluteReturnUrl_RedirectsHomeInstead()
    {
        var session = PageSession.Anonymous(factory);

        var response = await session.LoginAsync("lisi", PageSession.DemoPassword, returnUrl: "https://evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_WithWrongPassword_ShowsTheChineseErrorOnThePage()
    {
        var session = PageSession.Anonymous(factory);

        var response = await session.LoginAsync("wangwu", "Wrong#2026");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误。", html);
        Assert.DoesNotContain("Wrong#2026", html);
    }

    [Fact]
    public async Task Login_WithEmptyFields_ShowsTheMessagesBesideTheFields()
    {
        var session = PageSession.Anonymous(factory);

        var response = await session.LoginAsync("", "");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请输入用户名", html);
        Assert.Contains("请输入密码", html);
    }

    [Fact]
    public async Task LoginPage_WhenDemoSeedingIsOn_ListsTheDemoAccounts()
    {
        var html = await PageSession.Anonymous(factory).GetHtmlAsync("/login");

        Assert.Contains("data-testid=\"demo-accounts\"", html);
        Assert.Contains("zhaoliu", html);
        Assert.Contains("Demo#2026", html);
    }

    [Fact]
    public async Task AdminLanding_ForAdministrator_RedirectsToAdministration()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        var response = await session.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_WithAntiforgeryToken_EndsTheSession()
    {
        var session = await PageSession.LoggedInAsync(factory, "zhaoliu");

        var response = await session.SubmitAsync("/", [], postUrl: "/logout");
        var afterwards = await session.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/login", afterwards.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_IsRefused()
    {
        var session = await PageSession.LoggedInAsync(factory, "lisi");

        var response = await session.Client.PostAsync("/logout", new FormUrlEncodedContent([]));
        var stillIn = await session.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }
}

public class LoginPageWithoutDemoTests(LoginPageWithoutDemoTests.NoDemoFactory factory) : IClassFixture<LoginPageWithoutDemoTests.NoDemoFactory>
{
    public sealed class NoDemoFactory : AppFactory
    {
        protected override bool SeedDemo => false;
    }

    [Fact]
    public async Task LoginPage_WhenDemoSeedingIsOff_HidesTheDemoAccounts()
    {
        var html = await PageSession.Anonymous(factory).GetHtmlAsync("/login");

        Assert.Contains("用户登录", html);
        Assert.DoesNotContain("demo-accounts", html);
        Assert.DoesNotContain("Demo#2026", html);
    }
}

internal static class UriExtensions
{
    /// <summary>The path and query of a Location header, relative or absolute.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
