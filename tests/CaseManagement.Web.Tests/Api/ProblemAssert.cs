using System.Net;
using System.Text.Json;

namespace CaseManagement.Web.Tests.Api;

/// <summary>Checks the RFC 9457 answer shape of DECISIONS.md §8.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.True(IsChinese(body.GetProperty("title").GetString()), "title should be Chinese");
        Assert.True(IsChinese(body.GetProperty("detail").GetString()), "detail should be Chinese");
        return body;
    }

    /// <summary>A 400 whose <c>errors</c> map names <paramref name="field"/> with a Chinese message; returns that message.</summary>
    public static async Task<string> IsValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var body = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("请求参数有误", body.GetProperty("title").GetString());
        var errors = body.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors should name '{field}': {errors}");
        var message = messages[0].GetString();
        Assert.True(IsChinese(message), $"message should be Chinese: {message}");
        return message!;
    }

    public static bool IsChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
