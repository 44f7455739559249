using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseManagement.Web.Tests.Features.Shared;

/// <summary>
/// A browser-like client for page tests: keeps cookies, does not follow redirects, and posts forms the
/// way the browser does, with the antiforgery token read from the page that holds the form.
/// </summary>
public sealed partial class PageSession(HttpClient client)
{
    public const string DemoPassword = DatabaseInitialiser.DemoPassword;

    public HttpClient Client { get; } = client;

    public static PageSession Anonymous(WebApplicationFactory<global::Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }));

    public static async Task<PageSession> LoggedInAsync(WebApplicationFactory<global::Program> factory, string userName, string password = DemoPassword)
    {
        var session = Anonymous(factory);
        var response = await session.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Through the real /login form: GET it, read the token, POST.</summary>
    public Task<HttpResponseMessage> LoginAsync(string userName, string password, string? returnUrl = null) =>
        SubmitAsync(returnUrl is null ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(returnUrl)}", new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["ReturnUrl"] = returnUrl ?? "",
        });

    /// <summary>GETs <paramref name="pageUrl"/>, then posts <paramref name="fields"/> with its antiforgery token to <paramref name="postUrl"/> (default: the page itself).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        var page = await GetHtmlAsync(pageUrl);
        return await PostAsync(postUrl ?? pageUrl, fields, Token(page));
    }

    /// <summary>Like <see cref="SubmitAsync"/> with repeated fields (check boxes).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await GetHtmlAsync(pageUrl);
        return await PostAsync(postUrl ?? pageUrl, fields, Token(page));
    }

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>GETs the page (200 expected) and parses it as the browser would.</summary>
    public async Task<AngleSharp.Html.Dom.IHtmlDocument> GetPageAsync(string url) => HtmlPage.Parse(await GetHtmlAsync(url));

    public static string Token(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "the page has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string token) =>
        await Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
