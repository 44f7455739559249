using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// One headless chromium page against the app, recording every console error, failed request and
/// error response (status ≥ 400) so that a test can assert a page loaded cleanly.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, string baseUrl)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => Problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !ExpectedErrorUrls.Contains(response.Url))
            {
                Problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    /// <summary>Everything that went wrong since the last <see cref="Problems"/>.Clear().</summary>
    public List<string> Problems { get; } = [];

    /// <summary>URLs a test visits on purpose to see an error page (e.g. the 403 page).</summary>
    public HashSet<string> ExpectedErrorUrls { get; } = [];

    public static async Task<BrowserSession> StartAsync(string baseUrl)
    {
        // The package's driver is used as shipped; never install or download a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        return new BrowserSession(playwright, browser, await context.NewPageAsync(), baseUrl);
    }

    public async Task<IResponse?> GotoAsync(string path) =>
        await Page.GotoAsync(BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    public async Task LoginAsync(string userName, string password)
    {
        await GotoAsync("/login");
        await Page.FillAsync("#Input_UserName", userName);
        await Page.FillAsync("#Input_Password", password);
        await Page.RunAndWaitForNavigationAsync(() => Page.ClickAsync("button[type=submit]"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>A full-page PNG under the test output folder: bin/…/TestResults/screenshots/{name}.png.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
