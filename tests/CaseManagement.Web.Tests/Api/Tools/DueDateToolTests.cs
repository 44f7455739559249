using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseManagement.Web.Tests.Api.Tools;

[Collection(ReadOnlyHost.Name)]
public class DueDateToolTests(AppFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task DueDate_WhenContractExample_ReturnsExactJson()
    {
        var response = await client.GetAsync("/api/tools/due-date?from=2025-09-26&period=5&unit=workingDays");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"dueDate":"2025-10-10","provisional":false}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    // 2025-09-26 + 15 days = 2025-10-11, a make-up working Saturday (国办发明电〔2024〕12号): no roll-over.
    [InlineData("from=2025-09-26&period=15&unit=days", "2025-10-11")]
    // 2025-09-30 + 1 day = 2025-10-01, 国庆 holiday: rolls over to 2025-10-09.
    [InlineData("from=2025-09-30&period=1&unit=days", "2025-10-09")]
    // 2025-08-31 + 1 month = 2025-09-30 (no 31 September; 民法典第二百零二条).
    [InlineData("from=2025-08-31&period=1&unit=months", "2025-09-30")]
    [InlineData("from=2025-09-26&period=5&unit=WORKINGDAYS", "2025-10-10")]
    public async Task DueDate_WhenOtherUnits_ComputesLastDay(string query, string expected)
    {
        var response = await client.GetAsync($"/api/tools/due-date?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(expected, body.GetProperty("dueDate").GetString());
        Assert.False(body.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task DueDate_WhenYearHasNoHolidayCalendar_IsProvisional()
    {
        var response = await client.GetAsync("/api/tools/due-date?from=2030-03-01&period=5&unit=workingDays");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2030-03-08", body.GetProperty("dueDate").GetString());
        Assert.True(body.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("from=2025-09-26&period=5&unit=weeks", "unit")]
    [InlineData("from=2025-09-26&period=5&unit=1", "unit")]
    [InlineData("from=2025-02-30&period=5&unit=days", "from")]
    [InlineData("from=26/09/2025&period=5&unit=days", "from")]
    [InlineData("from=1800-01-01&period=5&unit=days", "from")]
    [InlineData("from=9999-12-31&period=5&unit=days", "from")]
    [InlineData("period=5&unit=days", "from")]
    [InlineData("from=2025-09-26&unit=days", "period")]
    [InlineData("from=2025-09-26&period=5", "unit")]
    [InlineData("from=2025-09-26&period=&unit=days", "period")]
    [InlineData("from=2025-09-26&period=0&unit=days", "period")]
    [InlineData("from=2025-09-26&period=-3&unit=days", "period")]
    [InlineData("from=2025-09-26&period=3651&unit=workingDays", "period")]
    [InlineData("from=2025-09-26&period=121&unit=months", "period")]
    [InlineData("from=2025-09-26&period=99999999999&unit=days", "period")]
    [InlineData("from=2025-09-26&period=5.5&unit=days", "period")]
    [InlineData("from=2025-09-26&period=five&unit=days", "period")]
    [InlineData("from=2025-09-26&period=5&period=6&unit=days", "period")]
    public async Task DueDate_WhenBadInput_ReturnsValidationProblemNamingField(string query, string field)
    {
        var response = await client.GetAsync($"/api/tools/due-date?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task DueDate_WhenNoParameters_NamesEveryMissingField()
    {
        var response = await client.GetAsync("/api/tools/due-date");

        await ProblemAssert.IsValidationProblemAsync(response, "from");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = body.GetProperty("errors");
        Assert.Equal("缺少参数 period（期限）", errors.GetProperty("period")[0].GetString());
        Assert.True(errors.TryGetProperty("unit", out _));
    }

    [Fact]
    public async Task DueDate_WhenImpossibleDate_SaysItIsNotADate()
    {
        var response = await client.GetAsync("/api/tools/due-date?from=2025-02-30&period=5&unit=days");

        var message = await ProblemAssert.IsValidationProblemAsync(response, "from");
        Assert.Equal("起算日“2025-02-30”不是有效日期，格式应为 yyyy-MM-dd", message);
    }
}
