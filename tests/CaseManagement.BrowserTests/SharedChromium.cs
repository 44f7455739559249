using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// One Playwright driver and one chromium for the whole test process. Every test works in a context of its own
/// (its own cookies, storage and viewport), which is what isolates it; a new browser per test only repeated
/// chromium's start-up, a few of its processes each time, on the two cores the other test sets share.
/// </summary>
public static class SharedChromium
{
    private static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Started = new(StartAsync);

    /// <summary>The browser, started on first use; closed when the test process exits.</summary>
    public static async Task<IBrowser> BrowserAsync() => (await Started.Value).Browser;

    private static async Task<(IPlaywright, IBrowser)> StartAsync()
    {
        // The package's driver is used as shipped; never install or download a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = Args,
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // Closed explicitly so that no chromium outlives the tests; bounded, as process exit must not hang.
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return (playwright, browser);
    }
}
