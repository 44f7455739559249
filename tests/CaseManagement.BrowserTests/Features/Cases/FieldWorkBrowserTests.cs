using Microsoft.Playwright;

namespace CaseManagement.BrowserTests.Features.Cases;

/// <summary>
/// The phone in the field and the forms that know the case, in chromium: every page at 390 × 844 without
/// sideways scrolling (lists as cards), the 送达 form by method, the inspection record with GPS, and an
/// evidence upload whose answer is lost and that is retried without a second row. Screenshots (desktop and
/// 390 px) are saved under TestResults/screenshots.
/// </summary>
public sealed class FieldWorkBrowserTests(FieldWorkFixture fixture) : IClassFixture<FieldWorkFixture>
{
    private static readonly string[] OfficerPages = ["/", "/cases", "/cases/new", "/deadlines", "/statistics"];

    private static readonly string[] AdminPages = ["/admin", "/admin/users", "/admin/organisation", "/admin/mail", "/admin/holidays"];

    [ChromiumFact]
    public async Task EveryPage_OnAPhone_FitsTheScreenAndListsAreCards()
    {
        var caseId = await fixture.FiledCaseAsync("博兴县手机页面检查有限公司", "91371625MA3C7B8D98");
        var officerPages = OfficerPages.Concat([$"/cases/{caseId}", $"/cases/{caseId}/steps/RecordInvestigation", $"/cases/{caseId}/steps/Serve",
            $"/cases/{caseId}/steps/CompleteCaseReview"]).ToList();
        var phone = await fixture.PageAsync("zhangsan", phone: true);
        var desktop = await fixture.PageAsync("zhangsan", phone: false);
        var admin = await fixture.PageAsync("admin", phone: true);
        var tooWide = new List<string>();

        foreach (var (page, path) in officerPages.Select(p => (phone, p)).Concat(AdminPages.Select(p => (admin, p))))
        {
            await page.GotoAsync(fixture.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                tooWide.Add($"{path}: {widths[0]} > {widths[1]}");
            }

            await FieldWorkFixture.ScreenshotAsync(page, "phone" + Name(path));
        }

        foreach (var path in officerPages.Take(OfficerPages.Length + 1))
        {
            await desktop.GotoAsync(fixture.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await FieldWorkFixture.ScreenshotAsync(desktop, "desktop" + Name(path));
        }

        await phone.GotoAsync(fixture.BaseUrl + "/cases", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var firstRow = phone.Locator("table.table-cards tbody tr").First;
        var card = await firstRow.BoundingBoxAsync();
        var header = phone.Locator("table.table-cards thead");

        Assert.Empty(tooWide);
        Assert.False(await header.IsVisibleAsync());
        Assert.NotNull(card);
        Assert.True(card.X >= 0 && card.X + card.Width <= 390, $"the card spans {card.X}–{card.X + card.Width}");
        Assert.True(await firstRow.Locator("td[data-label='当事人']").IsVisibleAsync());
    }

    [ChromiumFact]
    public async Task ServiceForm_AsksForTheMethodFirstAndShowsOnlyItsFieldsFilledFromTheParty()
    {
        var caseId = await fixture.FiledCaseAsync("博兴县送达方式检查有限公司", "91371625MA3C7B8D98");
        var page = await fixture.PageAsync("zhangsan", phone: true);

        await page.GotoAsync($"{fixture.BaseUrl}/cases/{caseId}/steps/Serve", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var firstField = await page.Locator("#step-form [data-field]").First.GetAttributeAsync("data-field");
        var directRecipient = await page.InputValueAsync("#Input_Recipient");
        var directPlace = await page.InputValueAsync("#Input_Place");
        await page.SelectOptionAsync("#Input_Method", "Mail");
        var mailShowsTracking = await page.IsVisibleAsync("#Input_TrackingNumber");
        var mailShowsRecipient = await page.IsVisibleAsync("#Input_Recipient");
        await FieldWorkFixture.ScreenshotAsync(page, "phone-serve-by-mail");
        await page.SelectOptionAsync("#Input_Method", "Direct");

        Assert.Equal("Input.Method", firstField);
        Assert.Equal("赵某", directRecipient);
        Assert.Equal("博兴县店子镇工业园", directPlace);
        Assert.True(mailShowsTracking);
        Assert.False(mailShowsRecipient);
        Assert.True(await page.IsVisibleAsync("#Input_Recipient"));
        Assert.False(await page.IsVisibleAsync("#Input_TrackingNumber"));
    }

    [ChromiumFact]
    public async Task InspectionRecord_OnAPhone_TakesTheGpsPositionAndIsRecorded()
    {
        var caseId = await fixture.FiledCaseAsync("博兴县现场定位检查有限公司", "91371625MA3C7B8D98");
        var page = await fixture.PageAsync("zhangsan", phone: true);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };

        await page.GotoAsync($"{fixture.BaseUrl}/cases/{caseId}/steps/RecordInvestigation", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.SelectOptionAsync("#Input_Kind", "Inspection");
        await page.FillAsync("#Input_Place", "三号排放口");
        await page.FillAsync("#Input_StartTime", "09:05");
        await page.FillAsync("#Input_EndTime", "10:40");
        await page.FillAsync("#Input_PersonsPresent", "王某（厂长）");
        await page.FillAsync("#Input_Summary", "排放口正在排放，现场拍照");
        await page.ClickAsync("[data-gps-for]");
        await page.WaitForFunctionAsync("() => /已定位|未能定位|不提供/.test(document.querySelector('[data-gps-status]').textContent)");
        Assert.StartsWith("已定位", await page.InnerTextAsync("[data-gps-status]"));
        await FieldWorkFixture.ScreenshotAsync(page, "phone-inspection-record");
        await page.ClickAsync("[data-testid=submit-step]");
        await page.WaitForPathAsync($"/cases/{caseId}");
        var record = await page.Locator("[data-testid=investigation]").InnerTextAsync();

        Assert.Empty(errors);
        Assert.Contains("09:05至10:40，三号排放口", record);
        Assert.Contains("在场人员：王某（厂长）", record);
        Assert.Contains("位置：37.156250,118.125000（精度约 9 米）", record);
    }

    [ChromiumFact]
    public async Task EvidenceUpload_WhoseAnswerIsLost_IsRetriedWithoutASecondRow()
    {
        var caseId = await fixture.FiledCaseAsync("博兴县上传重试检查有限公司", "91371625MA3C7B8D98");
        var page = await fixture.PageAsync("zhangsan", phone: true);
        var dropped = 0;
        await page.RouteAsync("**/api/cases/*/evidence", async route =>
        {
            if (route.Request.Method == "POST" && Interlocked.Increment(ref dropped) == 1)
            {
                // The server stores the upload, but its answer never reaches the phone.
                await route.FetchAsync();
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });

        await page.GotoAsync($"{fixture.BaseUrl}/cases/{caseId}", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var camera = await page.GetAttributeAsync("#upload-camera", "capture");
        await page.FillAsync("#upload-place", "厂区排放口");
        await page.SetInputFilesAsync("#upload-files", new FilePayload
        {
            Name = "现场照片.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
        });
        await page.Locator("#upload-list .upload-status").Filter(new LocatorFilterOptions { HasText = "已上传" }).WaitForAsync();
        await FieldWorkFixture.ScreenshotAsync(page, "phone-upload-retried");
        await page.WaitForPathAsync($"/cases/{caseId}");
        await page.Locator("[data-evidence]").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("environment", camera);
        Assert.True(dropped >= 2);
        Assert.Equal(1, await page.Locator("[data-evidence]").CountAsync());
    }

    [ChromiumFact]
    public async Task NewLead_ShowsTheCauseFromTheCatalogueAndWarnsOfAnOpenCaseOfTheParty()
    {
        var existing = await fixture.FiledCaseAsync("博兴县重复当事人检查有限公司", "91371625MA3C7B8D98");
        var page = await fixture.PageAsync("zhangsan", phone: true);

        await page.GotoAsync(fixture.BaseUrl + "/cases/new", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.SelectOptionAsync("#Input_ViolationCode", "AirEmissionExceedance");
        await page.FillAsync("#CauseAddition", "二号锅炉");
        await page.FillAsync("#Input_Party_IdentifierCode", "91371625MA3C7B8D98");
        var warning = page.Locator("[data-testid=open-cases]");
        await warning.Locator($"a[data-open-case='{existing}']").WaitForAsync();
        await FieldWorkFixture.ScreenshotAsync(page, "phone-new-lead-open-case");

        Assert.EndsWith("（二号锅炉）", await page.InnerTextAsync("[data-testid=cause-preview]"));
        Assert.Contains("该当事人已有未办结的案件", await warning.InnerTextAsync());
        Assert.Equal($"/cases/{existing}", await warning.Locator($"a[data-open-case='{existing}']").GetAttributeAsync("href"));
    }

    private static string Name(string path) =>
        path == "/" ? "-todo" : System.Text.RegularExpressions.Regex.Replace(path, @"\d+", "case").Replace('/', '-');
}
