using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseManagement.Benchmarks.Load;

/// <summary>Signing in to the API and sending requests with the bearer token, as the load and integrity drivers do.</summary>
internal static class BearerApi
{
    /// <summary>The token of <paramref name="userName"/>; fails saying the database may need seeding.</summary>
    public static async Task<string> SignInAsync(HttpClient http, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{userName} cannot sign in ({(int)response.StatusCode}); seed the database first.");
        }

        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    }

    public static HttpRequestMessage Request(string token, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
