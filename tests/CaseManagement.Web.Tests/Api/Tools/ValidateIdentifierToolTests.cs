using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Tools;

[Collection(ReadOnlyHost.Name)]
public class ValidateIdentifierToolTests(AppFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Validate_WhenValidUscc_ReturnsExactJson()
    {
        var response = await client.GetAsync("/api/tools/validate?type=uscc&value=91350100M000100Y43");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"valid":true,"normalized":"91350100M000100Y43","reason":null}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_WhenInvalidUscc_Returns200WithReason()
    {
        var response = await client.GetAsync("/api/tools/validate?type=uscc&value=91500903MA64NC2C0B");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"valid":false,"normalized":"91500903MA64NC2C0B","reason":"校验码错误：第18位应为“A”，实际为“B”"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_WhenIdCardWithLowercaseX_NormalizesToUppercase()
    {
        var response = await client.GetAsync("/api/tools/validate?type=idCard&value=%2011010519491231002x%20");

        Assert.Equal("""{"valid":true,"normalized":"11010519491231002X","reason":null}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_WhenIdCardBornAfterTodayInChina_IsInvalid()
    {
        // 2099-01-01 00:30 in Beijing is still 2098-12-31 in UTC: "today" must be the China date.
        var clock = new FixedClock(new DateTimeOffset(2098, 12, 31, 16, 30, 0, TimeSpan.Zero));
        var client = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock))).CreateClient();

        var bornToday = await client.GetAsync("/api/tools/validate?type=idCard&value=370101209901011237");
        var bornTomorrow = await client.GetAsync("/api/tools/validate?type=idCard&value=370101209901021232");

        Assert.True(JsonDocument.Parse(await bornToday.Content.ReadAsStringAsync()).RootElement.GetProperty("valid").GetBoolean());
        var future = JsonDocument.Parse(await bornTomorrow.Content.ReadAsStringAsync()).RootElement;
        Assert.False(future.GetProperty("valid").GetBoolean());
        Assert.Equal("出生日期2099年1月2日晚于今天", future.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("type=passport&value=123", "type")]
    [InlineData("value=91350100M000100Y43", "type")]
    [InlineData("type=uscc", "value")]
    [InlineData("type=idCard&value=", "value")]
    public async Task Validate_WhenBadRequest_ReturnsValidationProblem(string query, string field)
    {
        var response = await client.GetAsync($"/api/tools/validate?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
