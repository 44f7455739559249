using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Features.Statistics;
using CaseManagement.Web.Tests.Api.Cases;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CaseManagement.Web.Tests.Features.Statistics;

/// <summary>A known set: two air cases decided in October (50,000 and 30,000), one water case decided in November (70,000), one lead.</summary>
public sealed class StatisticsFixture : CaseApiFactory, IAsyncLifetime
{
    public Task InitializeAsync() => SeedAsync(new CaseApi(this));

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static async Task SeedAsync(CaseApi api)
    {
        await DecideAsync(await Steps.InvestigationAsync(api, "统计一号公司"), 50_000m, "EiaRegistrationNotFiled", "2026-10-16", "2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-26");
        await DecideAsync(await Steps.InvestigationAsync(api, "统计二号公司"), 30_000m, "EiaRegistrationNotFiled", "2026-10-16", "2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-26");

        var water = await api.CreateAsync(CaseApi.Lead("统计三号公司", registeredOn: "2026-11-03", violation: "WaterDischargeExceedance", actDate: "2026-09-01"));
        await Steps.FileAsync(water, on: "2026-11-04");
        await Steps.InvestigateAsync(water, on: "2026-11-05");
        await DecideAsync(water, 70_000m, "WaterDischargeExceedance", "2026-11-06", "2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-16");

        await api.CreateAsync(CaseApi.Lead("统计四号公司", registeredOn: "2026-11-05"));
    }

    private static async Task DecideAsync(CaseHandle c, decimal fine, string violation, string submitted, string reviewed, string issued, string served, string waived, string passed, string decided)
    {
        // 70,000元 of water is below 法典第一千一百零七条's 100,000元 minimum: a 减轻 with its ground (行政处罚法第三十二条).
        await Steps.SubmitAsync(c, fine, on: submitted, violation: violation,
            mitigationGround: violation == "WaterDischargeExceedance" ? "当事人主动消除违法行为危害后果" : null);
        await Steps.NotifyAsync(c, reviewedOn: reviewed, issuedOn: issued, servedOn: served);
        await Steps.WaiveAsync(c, waived);
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = passed, opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = decided, fine, sanctions = "None" });
    }
}

public sealed partial class StatisticsPageTests(StatisticsFixture factory) : IClassFixture<StatisticsFixture>
{
    private static readonly string Registration = ViolationCatalogue.Default.Get("EiaRegistrationNotFiled").Name;
    private static readonly string Water = ViolationCatalogue.Default.Get("WaterDischargeExceedance").Name;

    [Fact]
    public async Task Statistics_ForTheYear_CountsCasesPerMonthAndStateAndSumsDecidedFines()
    {
        var page = await (await PageSession.LoggedInAsync(factory, "zhaoliu")).GetPageAsync("/statistics?year=2026");

        Assert.Equal("2", Cell(page, 10, "Decided"));
        Assert.Equal("2", MonthTotal(page, 10));
        Assert.Equal("1", Cell(page, 11, "Decided"));
        Assert.Equal("1", Cell(page, 11, "Lead"));
        Assert.Equal("2", MonthTotal(page, 11));
        Assert.Equal("0", MonthTotal(page, 9));
        Assert.Equal("4", page.TestId("year-total").Text());
        Assert.Equal([Registration, "2", "80,000.00"], Row(page.TestId("fines"), "tr[data-violation='EiaRegistrationNotFiled']"));
        Assert.Equal([Water, "1", "70,000.00"], Row(page.TestId("fines"), "tr[data-violation='WaterDischargeExceedance']"));
        Assert.Equal(["3", "0"], Row(page.TestId("on-time"), "tr[data-kind='FilingDecision']")[1..3]);
        Assert.Equal(["0", "3"], Row(page.TestId("on-time"), "tr[data-kind='Service']")[1..3]);
        Assert.NotEmpty(page.QuerySelectorAll("svg rect"));
    }

    [Fact]
    public async Task Statistics_ForAnotherYear_IsEmpty()
    {
        var page = await (await PageSession.LoggedInAsync(factory, "wangwu")).GetPageAsync("/statistics?year=2025");

        Assert.Equal("0", page.TestId("year-total").Text());
        Assert.Equal("本年度尚无罚款决定。", page.TestId("no-fines").Text());
        Assert.False(page.Has("fines"));
    }

    [Fact]
    public async Task Export_OpensValidatesAndHoldsTheSameNumbers()
    {
        var session = await PageSession.LoggedInAsync(factory, "lisi");

        var response = await session.Client.GetAsync("/statistics/export?year=2026");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StatisticsWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal([StatisticsWorkbook.MonthSheet, StatisticsWorkbook.FineSheet, StatisticsWorkbook.OnTimeSheet], sheets);

        var fines = Rows(document, StatisticsWorkbook.FineSheet);
        Assert.Equal(["违法行为", "代码", "决定件数", "罚款合计（元）"], fines[0].Select(c => c.Text));
        var air = fines.Single(r => r[0].Text == Registration);
        Assert.Equal((2m, true), (decimal.Parse(air[2].Text, System.Globalization.CultureInfo.InvariantCulture), air[2].IsNumber));
        Assert.Equal((80_000m, true), (decimal.Parse(air[3].Text, System.Globalization.CultureInfo.InvariantCulture), air[3].IsNumber));
        var water = fines.Single(r => r[0].Text == Water);
        Assert.Equal(70_000m, decimal.Parse(water[3].Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("150000", fines[^1][3].Text);

        var months = Rows(document, StatisticsWorkbook.MonthSheet);
        var decidedColumn = months[0].FindIndex(c => c.Text == "已决定");
        var october = months.Single(r => r[0].Text == "10月");
        Assert.Equal(("2", true), (october[decidedColumn].Text, october[decidedColumn].IsNumber));
        Assert.Equal("4", months[^1][^1].Text);
    }

    [Fact]
    public async Task Statistics_ForTheAdministrator_IsRedirectedToAccessDenied()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        AssertAccessDenied(await session.Client.GetAsync("/statistics"));
        AssertAccessDenied(await session.Client.GetAsync("/statistics/export?year=2026"));
    }

    // Cookie-authenticated pages answer a refused role with a redirect to the access-denied page.
    private static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static string Cell(IHtmlDocument page, int month, string state)
    {
        var cell = MonthRow(page, month).QuerySelector($"td[data-state='{state}']");
        Assert.True(cell is not null, $"no {state} column in month {month}");
        return cell.Text();
    }

    private static string MonthTotal(IHtmlDocument page, int month) => MonthRow(page, month).QuerySelector("td[data-total]")!.Text();

    private static IElement MonthRow(IHtmlDocument page, int month)
    {
        var row = page.TestId("by-month").QuerySelector($"tr[data-month='{month}']");
        Assert.True(row is not null, $"no row for month {month}");
        return row;
    }

    private static string[] Row(IElement table, string selector)
    {
        var row = table.QuerySelector(selector);
        Assert.True(row is not null, $"no row {selector}");
        return [.. row.QuerySelectorAll("td").Select(td => td.Text())];
    }

    private static List<List<(string Text, bool IsNumber)>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(row => row.Elements<Cell>()
            .Select(cell => cell.DataType?.Value == CellValues.InlineString
                ? (cell.InlineString!.InnerText, false)
                : (cell.CellValue!.Text, cell.DataType?.Value == CellValues.Number))
            .ToList())];
    }
}
