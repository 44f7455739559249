using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>Sends the requests a client sends: create a case, fire triggers with the version last seen, read it back.</summary>
public sealed class CaseApi(CaseApiFactory factory)
{
    public const string PartyCode = "91371625MA3C7B8D98";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> clients = new();

    public CaseApiFactory Factory => factory;

    public Task<HttpClient> As(string userName) =>
        clients.GetOrAdd(userName, name => new Lazy<Task<HttpClient>>(async () =>
        {
            await factory.EnsureExtraUsersAsync();
            return await ApiLogin.BearerClientAsync(factory, name);
        })).Value;

    public static object Lead(string partyName = "博兴县某新材料有限公司", string registeredOn = "2026-10-12",
        string violation = "EiaUnapprovedConstruction", string? actDate = "2025-05-10", string code = PartyCode) => new
    {
        source = "日常巡查",
        registeredOn,
        cause = "未批先建",
        violationCode = violation,
        actDate,
        party = new { kind = "Organisation", name = partyName, identifierCode = code, address = "博兴县店子镇", legalRepresentative = "张某" },
    };

    public async Task<HttpResponseMessage> PostCaseAsync(string user, object body) =>
        await (await As(user)).PostAsJsonAsync("/api/cases", body);

    public async Task<CaseHandle> CreateAsync(object? lead = null, string user = "zhangsan")
    {
        var response = await PostCaseAsync(user, lead ?? Lead());
        var body = await ReadAsync(response, HttpStatusCode.Created);
        return new CaseHandle(this, body);
    }

    public async Task<HttpResponseMessage> PostActionAsync(string user, long id, string trigger, object? data, Guid? version)
    {
        var node = data is null ? new JsonObject() : JsonSerializer.SerializeToNode(data, Json)!.AsObject();
        if (version is { } v)
        {
            node["version"] = v;
        }

        return await (await As(user)).PostAsync($"/api/cases/{id}/actions/{trigger}",
            new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    public async Task<JsonElement> GetAsync(string user, long id) =>
        await ReadAsync(await (await As(user)).GetAsync($"/api/cases/{id}"), HttpStatusCode.OK);

    /// <summary>The case list (<c>GET /api/cases</c> with <paramref name="query"/>) as <paramref name="user"/> sees it.</summary>
    public async Task<JsonElement> ListAsync(string query, string user = "zhangsan") =>
        await ReadAsync(await (await As(user)).GetAsync("/api/cases" + query), HttpStatusCode.OK);

    /// <summary>The party names of a list's rows, in the list's order.</summary>
    public static List<string> PartyNames(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("partyName").GetString()!)];

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Rows in the database: cases, case events, case audit entries, issued numbers (to prove a refusal stored nothing).</summary>
    public async Task<(int Cases, int Events, int Audit, int Numbers)> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return (await db.Cases.CountAsync(), await db.Set<Domain.Cases.CaseEvent>().CountAsync(), await db.AuditEntries.CountAsync(e => e.CaseId != null), await db.IssuedNumbers.CountAsync());
    }
}

/// <summary>One case as a client holds it: its id and the version of the last answer.</summary>
public sealed class CaseHandle(CaseApi api, JsonElement view)
{
    public long Id { get; } = view.GetProperty("id").GetInt64();

    public JsonElement View { get; private set; } = view;

    public Guid Version => View.GetProperty("version").GetGuid();

    public string State => View.GetProperty("state").GetString()!;

    /// <summary>Fires the trigger and expects 200; keeps the returned case.</summary>
    public async Task<JsonElement> StepAsync(string user, string trigger, object? data = null)
    {
        View = await CaseApi.ReadAsync(await api.PostActionAsync(user, Id, trigger, data, Version), HttpStatusCode.OK);
        return View;
    }

    /// <summary>Fires the trigger expecting a refusal; returns the response for the caller's assertions.</summary>
    public Task<HttpResponseMessage> TryAsync(string user, string trigger, object? data = null) =>
        api.PostActionAsync(user, Id, trigger, data, Version);

    public async Task<JsonElement> RefreshAsync(string user = "zhangsan")
    {
        View = await api.GetAsync(user, Id);
        return View;
    }
}
