using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Auth;
using CaseManagement.Web.Tests.Api.Cases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// A copy of the SQLite file made while the app runs (<c>VACUUM INTO</c>, SQLite's own way of copying a live database)
/// is what an operator restores from. Such a copy is in rollback-journal mode, not WAL.
/// </summary>
public sealed class RestoredCopyTests
{
    [SqliteFact]
    public async Task Start_OnACopyMadeByVacuumInto_ServesItsCasesAndPutsTheFileInWal()
    {
        await using var first = new CaseApiFactory();
        var created = await new CaseApi(first).CreateAsync(CaseApi.Lead(partyName: "博兴县某备份恢复有限公司"));
        var copy = Path.Combine(first.DataFolder, "restored", "case.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        await using (var scope = first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database.ExecuteSqlAsync($"VACUUM INTO {copy}");
        }

        Assert.Equal("delete", JournalMode(copy));

        // Before, the start was refused: "SQLite Error 8: 'attempt to write a readonly database'".
        await using var restored = new SecondServerFactory(copy) { SharedStoragePath = Path.Combine(first.DataFolder, "files") };
        var client = restored.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiLogin.TokenAsync(client, "zhangsan"));
        var response = await client.GetAsync($"/api/cases/{created.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("博兴县某备份恢复有限公司", view.GetProperty("party").GetProperty("name").GetString());
        Assert.Equal("wal", JournalMode(copy));
    }

    private static string JournalMode(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string)command.ExecuteScalar()!;
    }
}
