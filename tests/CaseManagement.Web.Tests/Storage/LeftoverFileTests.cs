using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CaseManagement.Web.Tests.Api.Cases;
using Xunit.Abstractions;

namespace CaseManagement.Web.Tests.Storage;

/// <summary>Nothing left behind: refused uploads take their file with them, and crash leftovers go at the next start.</summary>
public sealed class LeftoverFileTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CaseApiFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task TwentyRefusedUploads_LeaveNoFileBehind()
    {
        var api = new CaseApi(factory);
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（上传）");
        var before = StoredFiles(factory.DataFolder);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            // Each a different file, refused after it was stored: a stale version, or one officer only.
            statuses.Add(await UploadAsync(api, c.Id, i % 2 == 0 ? Guid.NewGuid() : c.Version, i % 2 == 0 ? ["zhangsan", "lisi"] : ["zhangsan"], i));
        }

        var after = StoredFiles(factory.DataFolder);
        output.WriteLine($"refused uploads: {statuses.Count}, files left: {after.Count - before.Count}");
        Assert.All(statuses, s => Assert.True((int)s is >= 400 and < 500, $"answered {(int)s}"));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task RefusedUploadOfBytesAnEarlierUploadHolds_KeepsTheSharedFile()
    {
        var api = new CaseApi(factory);
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（重复）");
        Assert.Equal(HttpStatusCode.Created, await UploadAsync(api, c.Id, c.Version, ["zhangsan", "lisi"], 7));
        await c.RefreshAsync();
        var kept = StoredFiles(factory.DataFolder);

        var refused = await UploadAsync(api, c.Id, Guid.NewGuid(), ["zhangsan", "lisi"], 7);

        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal(kept, StoredFiles(factory.DataFolder));
    }

    [Fact]
    public async Task Start_RemovesUnreferencedFilesOlderThanAnHourAndKeepsNewerOnes()
    {
        // Files left by a crash before the app starts: written straight into the data folder of the next start.
        await using var restarted = new AppFactory(); // the real clock: the age is compared with the files' own times
        var old = Place(restarted.DataFolder, "old crash leftover"u8.ToArray(), DateTime.UtcNow.AddHours(-2));
        var fresh = Place(restarted.DataFolder, "upload committing right now"u8.ToArray(), DateTime.UtcNow);

        _ = restarted.Services; // starts the app, whose start sweeps the store in the background
        var oldPath = Path.Combine(restarted.DataFolder, old);
        for (var i = 0; i < 200 && File.Exists(oldPath); i++)
        {
            await Task.Delay(50);
        }

        output.WriteLine($"orphan files after restart: {(File.Exists(oldPath) ? 1 : 0)}");
        Assert.False(File.Exists(oldPath));
        Assert.True(File.Exists(Path.Combine(restarted.DataFolder, fresh)));
    }

    private static string Place(string folder, byte[] bytes, DateTime writtenUtc)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var relative = Path.Combine("files", sha[..2], sha[2..4], sha);
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return relative;
    }

    private static List<string> StoredFiles(string dataFolder)
    {
        var root = Path.Combine(dataFolder, "files");
        return Directory.Exists(root)
            ? [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}tmp{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [];
    }

    private static async Task<HttpStatusCode> UploadAsync(CaseApi api, long caseId, Guid version, string[] officers, int variant)
    {
        var client = await api.As("zhangsan");
        using var form = new MultipartFormDataContent();
        var bytes = Samples.Pdf(2000 + variant);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", $"现场{variant}.pdf");
        form.Add(new StringContent(version.ToString()), "version");
        form.Add(new StringContent("Documentary"), "kind");
        form.Add(new StringContent("现场检查照片"), "title");
        form.Add(new StringContent("2026-10-15"), "collectedOn");
        form.Add(new StringContent("厂区"), "place");
        foreach (var officer in officers)
        {
            form.Add(new StringContent(officer), "officers");
        }

        return (await client.PostAsync($"/api/cases/{caseId}/evidence", form)).StatusCode;
    }
}
