using System.Net;
using System.Text.Json;
using CaseManagement.Domain.Calendar;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api;

[Collection(ReadOnlyHost.Name)]
public class HostTests(AppFactory factory)
{
    [Fact]
    public async Task Healthz_WhenRunning_ReturnsOk()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_WhenRequested_ListsToolPaths()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/tools/due-date", out var dueDate));
        Assert.True(paths.TryGetProperty("/api/tools/rmb-uppercase", out _));
        Assert.True(paths.TryGetProperty("/api/tools/validate", out _));
        var parameters = dueDate.GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(["from", "period", "unit"], parameters.Select(p => p.GetProperty("name").GetString()).Order());
        Assert.All(parameters, p => Assert.True(p.GetProperty("required").GetBoolean()));
    }

    [Fact]
    public async Task OpenApi_WhenRequested_NamesEachResponseSchema()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        var schemas = JsonDocument.Parse(json).RootElement.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("DueDateResponse", out _));
        Assert.True(schemas.TryGetProperty("RmbUppercaseResponse", out _));
        Assert.True(schemas.TryGetProperty("IdentifierCheckResponse", out _));
    }

    [Fact]
    public async Task UnknownPath_WhenRequested_ReturnsChineseNotFoundProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/tools/no-such-tool");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("未找到", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task WrongMethod_WhenPosted_ReturnsChineseProblem()
    {
        var response = await factory.CreateClient().PostAsync("/api/tools/due-date", null);

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("不支持的请求方法", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnhandledException_WhenThrown_Returns500ProblemWithoutDetails()
    {
        var client = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddSingleton<ILegalCalendarProvider, BrokenCalendarProvider>())).CreateClient();

        var response = await client.GetAsync("/api/tools/due-date?from=2025-09-26&period=5&unit=workingDays");

        var body = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("服务器内部错误", body.GetProperty("title").GetString());
        Assert.Equal(ProblemDetailsSetup.ServerErrorDetail, body.GetProperty("detail").GetString());
        Assert.DoesNotContain(BrokenCalendarProvider.Secret, text);
        Assert.DoesNotContain("at CaseManagement", text);
        Assert.DoesNotContain("exception", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(body.TryGetProperty("traceId", out _));
    }

    private sealed class BrokenCalendarProvider : ILegalCalendarProvider
    {
        public const string Secret = "connection string Password=hunter2";

        public LegalCalendar Current => throw new InvalidOperationException(Secret);
    }
}
