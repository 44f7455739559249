using System.Net;

namespace CaseManagement.Web.Tests.Features.Accounts;

public class LoginPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Login_WithRightPassword_RedirectsToReturnUrlAndShowsTheUserInTheTopBar()
    {
        var session = PageSession.Anonymous(factory);

        var response = await session.LoginAsync("zhangsan", PageSession.DemoPassword, returnUrl: "/");
        var home = await session.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal("张三", home.TestId("user-name").Text());
        Assert.Equal("执法人员", home.TestId("user-roles").Text());
        Assert.Equal("滨州市生态环境局博兴分局", home.TestId("organisation").Text());
        Assert.Equal("生态环境行政处罚案件管理系统", home.TestId("system-name").Text());
        Assert.DoesNotContain("/admin", home.TestId("menu").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
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
        var page = HtmlPage.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("用户名或密码错误。", page.TestId("form-errors").Text());
        Assert.DoesNotContain("Wrong#2026", html);
    }

    [Fact]
    public async Task Login_WithEmptyFields_ShowsTheMessagesBesideTheFields()
    {
        var session = PageSession.Anonymous(factory);

        var response = await session.LoginAsync("", "");
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请输入用户名", page.FieldMessage("Input.UserName"));
        Assert.Equal("请输入密码", page.FieldMessage("Input.Password"));
    }

    [Fact]
    public async Task LoginPage_WhenDemoSeedingIsOn_ListsTheDemoAccounts()
    {
        var page = await PageSession.Anonymous(factory).GetPageAsync("/login");

        var accounts = page.TestId("demo-accounts").Text();
        Assert.Contains("zhaoliu", accounts);
        Assert.Contains("Demo#2026", accounts);
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
        var page = HtmlPage.Parse(html);

        Assert.Equal("用户登录", page.TestId("login-title").Text());
        Assert.False(page.Has("demo-accounts"));
        Assert.DoesNotContain("Demo#2026", html);
    }
}

