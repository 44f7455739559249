using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Features.Cases;

/// <summary>
/// One app on Kestrel (with the demo cases, so the lists have rows) for all the field-work tests, on the process's
/// shared chromium (<see cref="SharedChromium"/>); each test opens its own context (desktop or a 390 × 844 phone).
/// </summary>
public class FieldWorkFixture : IAsyncLifetime
{
    /// <summary>Whether the tests look at a PDF inside the page, which needs the full chromium's viewer.</summary>
    protected virtual bool NeedsPdfViewer => false;

    public const string Password = "Demo#2026";

    private readonly App app = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => app.BaseUrl;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
        {
            return;
        }

        Browser = NeedsPdfViewer ? await SharedChromium.LaunchWithPdfViewerAsync() : await SharedChromium.BrowserAsync();
    }

    public async Task DisposeAsync()
    {
        // The tests' contexts are closed with the app; the shared browser stays (SharedChromium), a browser of its own is closed.
        foreach (var context in opened)
        {
            await context.CloseAsync();
        }

        if (NeedsPdfViewer && Browser is not null)
        {
            await Browser.CloseAsync();
        }

        await app.DisposeAsync();
    }

    private readonly List<IBrowserContext> opened = [];

    /// <summary>A logged-in page; <paramref name="phone"/> gives a 390 × 844 touch screen with a GPS position.</summary>
    public async Task<IPage> PageAsync(string userName, bool phone)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            Geolocation = phone ? new Geolocation { Latitude = 37.15625f, Longitude = 118.125f, Accuracy = 9 } : null,
            Permissions = phone ? ["geolocation"] : [],
        });
        lock (opened)
        {
            opened.Add(context);
        }

        if (phone)
        {
            await context.GrantPermissionsAsync(["geolocation"], new BrowserContextGrantPermissionsOptions { Origin = BaseUrl });
            await context.SetGeolocationAsync(new Geolocation { Latitude = 37.15625f, Longitude = 118.125f, Accuracy = 9 });
        }

        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        PageLoads.Watch(page); // from its first request: what a stalled load waits on
        await page.GotoAsync(BaseUrl + "/login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForPathAsync(path => path != "/login", $"the page after logging in as {userName}");
        return page;
    }

    /// <summary>A full-page PNG under the test output folder: bin/…/TestResults/screenshots/{name}.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>A lead taken to 立案调查 through the API (zhangsan and lisi investigating); returns its id.</summary>
    public async Task<long> FiledCaseAsync(string partyName, string code)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        var created = await SendAsync("zhangsan", "/api/cases", new
        {
            source = "日常巡查", registeredOn = today, cause = "超标排放", violationCode = "AirEmissionExceedance", actDate = today,
            party = new { kind = "Organisation", name = partyName, identifierCode = code, address = "博兴县店子镇工业园", legalRepresentative = "赵某" },
        });
        var id = created.GetProperty("id").GetInt64();
        var requested = await SendAsync("zhangsan", $"/api/cases/{id}/actions/RequestFiling",
            new { version = created.GetProperty("version").GetGuid(), requestedOn = today, reason = "初查属实" });
        await SendAsync("zhaoliu", $"/api/cases/{id}/actions/File",
            new { version = requested.GetProperty("version").GetGuid(), filedOn = today, officers = new[] { "zhangsan", "lisi" } });
        return id;
    }

    private async Task<JsonElement> SendAsync(string user, string path, object body)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private sealed class App : WebApplicationFactory<global::Program>
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "casemanagement-browser-tests", Guid.NewGuid().ToString("N"));

        public App()
        {
            UseKestrel(0);
            StartServer();
        }

        public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Directory.CreateDirectory(folder);
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:Path", Path.Combine(folder, "case.db"));
            builder.UseSetting("Storage:Path", Path.Combine(folder, "files"));
            builder.UseSetting("Seed:Demo", "true");
            builder.UseSetting("Seed:DemoCases", "true");
            // PDFs on demand (as 预览 asks for them): converting every issued document in the background would compete with
            // the browser for the two cores without anything here looking at those PDFs.
            builder.UseSetting("Documents:PrerenderPdf", "false");
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.ConfigureServices(services => services.UseFewerPasswordRounds());
            QuietLog.Apply(builder);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}

/// <summary>As <see cref="FieldWorkFixture"/>, on a full chromium of its own, whose PDF viewer shows a PDF in a frame of the page.</summary>
public sealed class PdfViewerFixture : FieldWorkFixture
{
    protected override bool NeedsPdfViewer => true;
}
