using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseManagement.Web.Tests.Api.Auth;
using CaseManagement.Web.Tests.Api.Cases;
using Xunit.Abstractions;

namespace CaseManagement.Web.Tests.Features.Errors;

/// <summary>
/// Thousands of hostile requests, generated from <c>/openapi/v1.json</c> (every API operation, every parameter and
/// body property given wrong types, NUL bytes, huge and negative numbers, impossible dates, markup) and from the
/// forms of the pages (every field, every handler, plus handlers that do not exist), sent as officer, head and
/// administrator: none may answer 5xx. Prints how many were sent (README figures).
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] HostileStrings =
    [
        "a\0b", "", " ", new string('长', 5000), "<script>alert(1)</script>", "'; DROP TABLE Cases; --", "../../etc/passwd",
        "9999-12-31", "0001-01-01", "2026-02-30", "-1", "99999999999999999999999", "1e309", "NaN", "true", "null", "\u202E\uFFFF", "%00",
    ];

    private static readonly JsonNode?[] HostileJson =
    [
        "a\0b", new string('长', 5000), -1, long.MaxValue, 1e300, 0.001m, true, null, new JsonArray(), new JsonObject(), "9999-12-31", "2026-02-30",
        "00000000-0000-0000-0000-000000000000", "<b>x</b>",
    ];

    private readonly CaseApiFactory factory = new();
    private readonly ConcurrentBag<string> failures = [];
    private int sent;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task EveryApiOperationAndPageForm_FedHostileInput_NeverAnswers5xx()
    {
        var api = new CaseApi(factory);
        var handle = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（模糊测试）");
        var clients = new Dictionary<string, HttpClient>
        {
            ["zhangsan"] = await api.As("zhangsan"),
            ["zhaoliu"] = await api.As("zhaoliu"),
            ["admin"] = await api.As("admin"),
        };

        var openApi = JsonNode.Parse(await (await clients["admin"].GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        var requests = ApiRequests(openApi, handle.Id).ToList();
        await RunAsync(requests, async (request, i) =>
        {
            var client = clients.Values.ElementAt(i % clients.Count);
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
            if (request.Body is not null)
            {
                message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
            }

            return (await client.SendAsync(message), $"{request.Method} {request.Path} {Trim(request.Body)}");
        });
        var apiCount = sent;

        foreach (var user in new[] { "zhangsan", "zhaoliu", "admin" })
        {
            var session = await PageSession.LoggedInAsync(factory, user);
            foreach (var page in PagesFor(user, handle.Id))
            {
                var response = await session.Client.GetAsync(page);
                var html = await response.Content.ReadAsStringAsync();
                Count(response, $"GET {page}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                var token = AntiforgeryToken().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";
                var posts = FormPosts(page, html).ToList();
                await RunAsync(posts, async (post, _) =>
                {
                    var fields = post.Fields.Append(new("__RequestVerificationToken", token));
                    using var content = new FormUrlEncodedContent(fields);
                    return (await session.Client.PostAsync(post.Action, content), $"POST {post.Action} {Trim(string.Join("&", post.Fields.Select(f => f.Key + "=" + f.Value)))}");
                });
            }
        }

        output.WriteLine($"fuzzed requests: {sent} ({apiCount} API, {sent - apiCount} pages), 5xx: {failures.Count}");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {sent} answered 5xx:\n{string.Join("\n", failures.Take(30))}");
        Assert.True(sent >= 2000, $"only {sent} requests were generated");
    }

    private sealed record ApiRequest(string Method, string Path, string? Body);

    private sealed record FormPost(string Action, List<KeyValuePair<string, string>> Fields);

    private static IEnumerable<ApiRequest> ApiRequests(JsonNode openApi, long caseId)
    {
        foreach (var (path, item) in openApi["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" || path.Contains("logout", StringComparison.Ordinal))
                {
                    continue;
                }

                var verb = method.ToUpperInvariant();
                var parameters = operation!["parameters"]?.AsArray().Select(p => (Name: p!["name"]!.GetValue<string>(), In: p["in"]!.GetValue<string>())).ToList() ?? [];
                var bodyProperties = BodyProperties(openApi, operation).ToList();
                string Fill(string value) => parameters.Where(p => p.In == "path")
                    .Aggregate(path, (current, p) => current.Replace("{" + p.Name + "}", p.Name is "id" or "caseId" ? value : "1", StringComparison.Ordinal));

                foreach (var value in new[] { caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", "-1", "99999999999999999999", "abc", "%E4%B8%AD" })
                {
                    yield return new ApiRequest(verb, Fill(value), verb == "GET" ? null : "{}");
                }

                var basePath = Fill(caseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var query in parameters.Where(p => p.In == "query"))
                {
                    foreach (var value in HostileStrings)
                    {
                        yield return new ApiRequest(verb, $"{basePath}?{query.Name}={Uri.EscapeDataString(value)}", verb == "GET" ? null : "{}");
                    }
                }

                if (verb == "GET")
                {
                    continue;
                }

                foreach (var raw in new[] { "", "{", "null", "[]", "\"x\"", "{\"version\":\"a\\u0000b\"}" })
                {
                    yield return new ApiRequest(verb, basePath, raw);
                }

                foreach (var property in bodyProperties)
                {
                    foreach (var value in HostileJson)
                    {
                        var body = new JsonObject { ["version"] = Guid.Empty.ToString() };
                        foreach (var other in bodyProperties.Where(p => p != property))
                        {
                            body[other] = "x";
                        }

                        body[property] = value?.DeepClone();
                        yield return new ApiRequest(verb, basePath, body.ToJsonString());
                    }
                }
            }
        }
    }

    private static IEnumerable<string> BodyProperties(JsonNode openApi, JsonNode operation)
    {
        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = openApi["components"]?["schemas"]?[reference.Split('/')[^1]];
        }

        return schema?["properties"]?.AsObject().Select(p => p.Key) ?? [];
    }

    private static IEnumerable<string> PagesFor(string user, long caseId) => user switch
    {
        "admin" => ["/", "/admin", "/admin/users", "/admin/users/new", "/admin/holidays", "/admin/settings", "/admin/templates", "/statistics"],
        _ => ["/", "/cases", "/cases/new", "/deadlines", "/statistics", $"/cases/{caseId}",
              $"/cases/{caseId}/steps/RecordInvestigation", $"/cases/{caseId}/steps/SubmitForReview", $"/cases/{caseId}/steps/Terminate", $"/cases/{caseId}/steps/Nope"],
    };

    private static IEnumerable<FormPost> FormPosts(string page, string html)
    {
        var forms = FormTag().Matches(html).Select(m => (Action: WebUtility.HtmlDecode(m.Groups["action"].Value), Body: m.Groups["body"].Value)).ToList();
        forms.Add((page, ""));
        forms.Add((page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Nope", ""));
        foreach (var (action, body) in forms)
        {
            var target = string.IsNullOrEmpty(action) ? page : action;
            var names = FieldName().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
            yield return new FormPost(target, names.Select(n => new KeyValuePair<string, string>(n, "")).ToList());
            foreach (var name in names)
            {
                foreach (var value in HostileStrings)
                {
                    yield return new FormPost(target, names.Select(n => new KeyValuePair<string, string>(n, n == name ? value : "1")).ToList());
                }
            }
        }
    }

    private async Task RunAsync<T>(IReadOnlyList<T> items, Func<T, int, Task<(HttpResponseMessage Response, string What)>> send)
    {
        var next = -1;
        var workers = Enumerable.Range(0, 4).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                var (response, what) = await send(items[i], i);
                using (response)
                {
                    Count(response, what);
                }
            }
        });
        await Task.WhenAll(workers);
    }

    private void Count(HttpResponseMessage response, string what)
    {
        Interlocked.Increment(ref sent);
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{(int)response.StatusCode} {what}");
        }
    }

    private static string Trim(string? text) => text is null ? "" : text.Length > 120 ? text[..120] + "…" : text.Replace("\0", "\\0", StringComparison.Ordinal);

    [GeneratedRegex("<form[^>]*?(?:action=\"(?<action>[^\"]*)\")?[^>]*method=\"post\"[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldName();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
