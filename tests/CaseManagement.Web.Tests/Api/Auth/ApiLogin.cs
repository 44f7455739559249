using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseManagement.Web.Tests.Api.Auth;

/// <summary>Logs demo users in through the API, for any test that needs an authenticated client.</summary>
public static class ApiLogin
{
    public const string DemoPassword = DatabaseInitialiser.DemoPassword;

    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password = DemoPassword) =>
        client.PostAsJsonAsync("/api/auth/login", new { userName, password });

    /// <summary>The token of a successful login (fails the test otherwise).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string userName, string password = DemoPassword)
    {
        var response = await PostLoginAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("token").GetString()!;
    }

    /// <summary>A client without cookies that sends the user's token as <c>Authorization: Bearer</c>.</summary>
    public static async Task<HttpClient> BearerClientAsync(WebApplicationFactory<global::Program> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var token = await TokenAsync(client, userName);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client that keeps the auth cookie set by the login call, as a browser does.</summary>
    public static async Task<HttpClient> CookieClientAsync(WebApplicationFactory<global::Program> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        await TokenAsync(client, userName);
        return client;
    }
}
