using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Web.Tests.Api.Auth;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// A provincial deployment in miniature: two app servers on one PostgreSQL database and one shared storage
/// folder, driven at the same time. Document numbers stay gapless and unique across both servers, a race
/// on one case has one winner, a token issued by one server is accepted by the other, and the audit chain
/// both servers wrote verifies.
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed partial class TwoServersOnPostgreSqlTests
{
    private const int Cases = 12;

    [PostgreSqlFact]
    public async Task TwoServers_OnOneDatabase_KeepNumbersTokensRacesAndTheAuditChainConsistent()
    {
        var database = PostgreSqlServer.NewDatabase();
        try
        {
            await using var first = new CaseApiFactory { SharedPostgreSqlConnectionString = database };
            var api = new CaseApi(first);
            await api.As("zhangsan"); // the first server migrates and seeds before the second starts
            await using var second = new CaseApiFactory
            {
                SharedPostgreSqlConnectionString = database,
                SharedStoragePath = Path.Combine(first.DataFolder, "files"),
            };

            // A token issued by the first server is accepted by the second.
            var token = await ApiLogin.TokenAsync(first.CreateClient(), "zhaoliu");
            var head2 = second.CreateClient();
            head2.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await head2.GetAsync("/api/auth/me")).StatusCode);
            var head1 = await api.As("zhaoliu");

            var leads = new List<CaseHandle>();
            for (var i = 0; i < Cases + 1; i++)
            {
                var lead = await api.CreateAsync(CaseApi.Lead($"博兴县两服务器{i}号化工有限公司", registeredOn: "2026-11-20"));
                await lead.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-11-20", reason = "初查发现涉嫌违法" });
                leads.Add(lead);
            }

            // Both servers file cases at the same time: each filing takes the next 立案 number.
            var filings = leads.Take(Cases).Select((lead, i) => FileAsync(i % 2 == 0 ? head1 : head2, lead)).ToList();
            var responses = await Task.WhenAll(filings);
            var numbers = new List<int>();
            foreach (var response in responses)
            {
                numbers.Add(Serial(await CaseApi.ReadAsync(response, HttpStatusCode.OK)));
            }

            // The same step on the same version through both servers at once: one wins, the other is told to refresh.
            var race = leads[Cases];
            var raced = await Task.WhenAll(FileAsync(head1, race), FileAsync(head2, race));
            var winners = raced.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
            Assert.Single(winners);
            Assert.Single(raced, r => r.StatusCode == HttpStatusCode.Conflict);
            numbers.Add(Serial(await CaseApi.ReadAsync(winners[0], HttpStatusCode.OK)));

            Assert.Equal(Enumerable.Range(1, Cases + 1), numbers.Order());

            // The audit chain written by both servers verifies, read through either.
            var admin = await ApiLogin.BearerClientAsync(second, "admin");
            var verify = JsonDocument.Parse(await admin.GetStringAsync("/api/audit/verify")).RootElement;
            Assert.True(verify.GetProperty("valid").GetBoolean());
            Assert.True(verify.GetProperty("entries").GetInt64() >= 3 * Cases);
        }
        finally
        {
            await PostgreSqlServer.DropAsync(database);
        }
    }

    private static Task<HttpResponseMessage> FileAsync(HttpClient head, CaseHandle lead) =>
        head.PostAsJsonAsync($"/api/cases/{lead.Id}/actions/File", new
        {
            version = lead.Version,
            filedOn = "2026-11-20",
            officers = Steps.Officers,
        });

    private static int Serial(JsonElement view) =>
        int.Parse(FilingNumber().Match(view.GetProperty("caseNumber").GetString()!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^博环立字〔2026〕(\d+)号$")]
    private static partial Regex FilingNumber();
}
