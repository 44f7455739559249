using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// One headless chromium page, in a context of its own, against the app, recording every console error, failed request and
/// error response (status ≥ 400) so that a test can assert a page loaded cleanly.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private BrowserSession(IBrowserContext context, IPage page, string baseUrl)
    {
        this.context = context;
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
            if (response.Status >= 400)
            {
                Problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        loads = PageLoads.Watch(page, Problems);
    }

    private readonly PageLoads loads;

    public IPage Page { get; }

    public string BaseUrl { get; }

    /// <summary>Everything that went wrong since the last <see cref="Problems"/>.Clear().</summary>
    public List<string> Problems { get; } = [];

    public static async Task<BrowserSession> StartAsync(string baseUrl)
    {
        var browser = await SharedChromium.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        // The whole suite runs the app, chromium and the other test sets on two cores at once: a page may take longer
        // than Playwright's 30 s default to settle without anything being wrong.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return new BrowserSession(context, await context.NewPageAsync(), baseUrl);
    }

    public async Task<IResponse?> GotoAsync(string path) =>
        await Page.GotoAsync(BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    /// <summary>
    /// Opens a page that is meant to answer with an error status (403, 404), and forgets the problems that
    /// answer itself causes: its status, and chromium's console line about it. Anything else stays recorded.
    /// </summary>
    public async Task<IResponse?> GotoExpectingErrorAsync(string path)
    {
        var before = Problems.Count;
        var response = await GotoAsync(path);
        var status = response?.Status ?? 0;
        var documentUrl = Page.Url;
        var own = Problems.Skip(before).Where(problem =>
            problem == $"console error: Failed to load resource: the server responded with a status of {status} ({response?.StatusText})"
            || problem.StartsWith($"HTTP {status}: GET ", StringComparison.Ordinal) && problem.EndsWith(documentUrl, StringComparison.Ordinal)).ToList();
        foreach (var problem in own)
        {
            Problems.Remove(problem);
        }

        return response;
    }

    public async Task LoginAsync(string userName, string password)
    {
        await GotoAsync("/login");
        await Page.FillAsync("#Input_UserName", userName);
        await Page.FillAsync("#Input_Password", password);
        await Page.ClickAsync("button[type=submit]");
        await loads.WaitForAddressAsync(url => url.AbsolutePath != "/login", $"the page after logging in as {userName}");
    }

    /// <summary>Waits until the current document has loaded (<see cref="PageLoads"/>).</summary>
    public Task WaitUntilLoadedAsync() => loads.WaitUntilLoadedAsync();

    /// <summary>A full-page PNG under the test output folder: bin/…/TestResults/screenshots/{name}.png.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Closes this session's context; the browser is shared (<see cref="SharedChromium"/>).</summary>
    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
