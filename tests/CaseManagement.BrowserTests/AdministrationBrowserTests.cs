namespace CaseManagement.BrowserTests;

public sealed class AdministrationBrowserTests : IAsyncLifetime
{
    private const string Password = "Demo#2026";

    private readonly KestrelAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [ChromiumFact]
    public async Task Administrator_LogsInInTheBrowser_AndReachesTheAdministrationPages()
    {
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);

        await browser.LoginAsync("admin", Password);
        var landing = new Uri(browser.Page.Url).AbsolutePath;
        await browser.Page.ClickAsync("a[href='/admin/users']");
        await browser.Page.WaitForPathAsync("/admin/users");
        var users = await browser.Page.InnerTextAsync("[data-testid=users]");

        Assert.Equal("/admin", landing);
        Assert.Contains("系统管理员", await browser.Page.InnerTextAsync("[data-testid=current-user]"));
        Assert.Contains("zhangsan", users);
        Assert.Contains("张三", users);
        Assert.Empty(browser.Problems);
    }

    [ChromiumFact]
    public async Task EveryPageBuiltSoFar_LoadsWithoutConsoleErrorsOrFailedRequests_AndIsScreenshotted()
    {
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        await browser.GotoAsync("/login");
        await browser.ScreenshotAsync("login");
        await browser.LoginAsync("admin", Password);
        var zhangsanId = await browser.Page.EvaluateAsync<string>(
            "async () => { const r = await fetch('/admin/users'); const t = await r.text(); return t.match(/\\/admin\\/users\\/([0-9a-f-]{36})\"/)[1]; }");
        var pages = new (string Path, string Name, string Heading)[]
        {
            ("/admin", "admin", "系统管理"),
            ("/admin/users", "admin-users", "用户与角色"),
            ("/admin/users/new", "admin-user-new", "新建用户"),
            ($"/admin/users/{zhangsanId}", "admin-user-details", "执法证件与资格"),
            ("/admin/organisation", "admin-organisation", "期限与数额标准"),
            ("/admin/holidays", "admin-holidays", "节假日安排"),
            ("/admin/holidays?year=2027", "admin-holidays-2027", "未录入"),
            ("/admin/templates", "admin-templates", "行政处罚决定书"),
        };

        foreach (var (path, name, heading) in pages)
        {
            var response = await browser.GotoAsync(path);
            await browser.ScreenshotAsync(name);

            Assert.Equal(200, response!.Status);
            Assert.Contains(heading, await browser.Page.InnerTextAsync("main"));
        }

        var missing = await browser.GotoExpectingErrorAsync("/no-such-page");
        await browser.ScreenshotAsync("error-404");

        Assert.Equal(404, missing!.Status);
        Assert.Contains("页面不存在", await browser.Page.InnerTextAsync("main"));
        Assert.True(browser.Problems.Count == 0, string.Join(Environment.NewLine, browser.Problems));

        // The case workers' pages, as the head (who sees every board).
        await using var head = await BrowserSession.StartAsync(app.BaseUrl);
        await head.LoginAsync("zhaoliu", Password);
        var casePages = new (string Path, string Name, string Heading)[]
        {
            ("/", "my-work", "我的待办"),
            ("/deadlines", "deadlines", "期限看板"),
            ("/deadlines?overdue=true", "deadlines-overdue", "期限看板"),
            ("/statistics", "statistics", "期限按时率"),
        };

        foreach (var (path, name, heading) in casePages)
        {
            var response = await head.GotoAsync(path);
            await head.ScreenshotAsync(name);

            Assert.Equal(200, response!.Status);
            Assert.Contains(heading, await head.Page.InnerTextAsync("main"));
        }

        Assert.True(head.Problems.Count == 0, string.Join(Environment.NewLine, head.Problems));
    }

    [ChromiumFact]
    public async Task Officer_OpeningAnAdministrationPage_SeesTheAccessDeniedPage()
    {
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        await browser.LoginAsync("zhangsan", Password);
        await browser.GotoAsync("/");
        await browser.ScreenshotAsync("officer-welcome");

        var response = await browser.GotoExpectingErrorAsync("/admin/organisation");
        await browser.ScreenshotAsync("error-403");

        Assert.Equal(403, response!.Status);
        Assert.Contains("无权访问", await browser.Page.InnerTextAsync("main"));
        Assert.DoesNotContain("管理", await browser.Page.InnerTextAsync("nav[aria-label=主菜单]"));
        Assert.True(browser.Problems.Count == 0, string.Join(Environment.NewLine, browser.Problems));
    }

    [ChromiumFact]
    public async Task Administrator_CreatesAUserInTheBrowser_WhoThenLogsIn()
    {
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        await browser.LoginAsync("admin", Password);
        await browser.GotoAsync("/admin/users/new");

        await browser.Page.FillAsync("#Input_DisplayName", "孙十");
        await browser.Page.FillAsync("#Input_UserName", "sunshi");
        await browser.Page.FillAsync("#Input_Password", "Sun#2026x");
        await browser.Page.CheckAsync("#Input_Roles_Officer");
        await browser.Page.ClickAsync("[data-testid=create-user] button[type=submit]");
        await browser.Page.WaitForPathAsync(path => path != "/admin/users/new", "the page after creating the user");
        var notice = await browser.Page.InnerTextAsync("[data-testid=notice]");
        await browser.Page.ClickAsync("header button[type=submit]");
        await browser.Page.WaitForPathAsync("/login");
        await browser.LoginAsync("sunshi", "Sun#2026x");

        Assert.Contains("已新建用户 sunshi", notice);
        Assert.Contains("孙十", await browser.Page.InnerTextAsync("[data-testid=current-user]"));
        Assert.True(browser.Problems.Count == 0, string.Join(Environment.NewLine, browser.Problems));
    }
}
