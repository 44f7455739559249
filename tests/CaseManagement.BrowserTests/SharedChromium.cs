using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// One Playwright driver and one chromium for the whole test process. Every test works in a context of its own
/// (its own cookies, storage and viewport), which is what isolates it; a new browser per test only repeated
/// chromium's start-up, a few of its processes each time, on the two cores the other test sets share.
/// The shared browser is Debian's chromium headless shell when it is installed (<c>chromium-headless-shell</c>, the
/// build Playwright itself runs headless by default): the same engine without the browser's own interface. Over the
/// browser set, chromium used 102 CPU seconds as the shell against 158 as the full browser in headless mode (the whole
/// set 183 against 225–228). It has no PDF viewer, so the tests that look at a PDF inside the page start the full
/// chromium (<see cref="LaunchWithPdfViewerAsync"/>).
/// </summary>
public static class SharedChromium
{
    /// <summary>Debian's chromium's headless shell (package chromium-headless-shell).</summary>
    public const string HeadlessShellPath = "/usr/bin/chromium-headless-shell";

    private static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly Lazy<Task<IPlaywright>> Driver = new(StartDriverAsync);

    private static readonly Lazy<Task<IBrowser>> Shared = new(async () =>
    {
        var browser = await LaunchAsync(File.Exists(HeadlessShellPath) ? HeadlessShellPath : ChromiumFactAttribute.ChromiumPath);
        // Closed explicitly so that no chromium outlives the tests; bounded, as process exit must not hang.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
        return browser;
    });

    /// <summary>The browser, started on first use; closed when the test process exits.</summary>
    public static Task<IBrowser> BrowserAsync() => Shared.Value;

    /// <summary>The full chromium, whose PDF viewer shows a PDF in a frame of the page; the caller closes it.</summary>
    public static Task<IBrowser> LaunchWithPdfViewerAsync() => LaunchAsync(ChromiumFactAttribute.ChromiumPath);

    private static async Task<IBrowser> LaunchAsync(string executable) =>
        await (await Driver.Value).Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Args,
        });

    private static async Task<IPlaywright> StartDriverAsync()
    {
        // The package's driver is used as shipped; never install or download a browser.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => playwright.Dispose();
        return playwright;
    }
}
