using System.Net;
using System.Security.Cryptography;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Cases;
using CaseManagement.Web.Tests.Infrastructure;
using CaseManagement.Web.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Audit;

/// <summary>
/// A server whose audit key is not the one that wrote the log — a second server whose key was not shared, or a
/// database restored onto a machine without its key file — does not start: every entry it sealed would be under a
/// key the rest of the chain does not use. It says why and what to do; with the right key it starts as always.
/// </summary>
public sealed class AuditKeyCheckTests : IDisposable
{
    private readonly ScratchFolder folder = new("audit-key-check-");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task LogWrittenUnderOneKey_FitsThatKeyOnly_AndOneEditedEntryIsLeftToVerification()
    {
        await using var factory = new CaseApiFactory();
        await new CaseApi(factory).CreateAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var key = scope.ServiceProvider.GetRequiredService<AuditKey>();

        Assert.Null(await AuditKeyCheck.ProblemAsync(db, key, CancellationToken.None));

        var other = await AuditKeyCheck.ProblemAsync(db, new AuditKey(RandomNumberGenerator.GetBytes(32)), CancellationToken.None);
        Assert.NotNull(other);
        Assert.StartsWith("无法启动：本服务器的审计密钥", other, StringComparison.Ordinal);
        var last = await db.AuditEntries.MaxAsync(e => e.Sequence);
        Assert.Contains($"–{last} 条）没有一条能用它验证", other, StringComparison.Ordinal);

        // The last entry edited behind the app's back: the key still fits the entries before it (verification names the edit).
        await db.AuditEntries.Where(e => e.Sequence == last).ExecuteUpdateAsync(s => s.SetProperty(e => e.Summary, "篡改的记录"));
        Assert.Null(await AuditKeyCheck.ProblemAsync(db, key, CancellationToken.None));
    }

    [SqliteFact]
    public async Task DatabaseStartedWithAnotherKey_EndsWithExitCodeOneAndSaysWhy_AndStartsWithItsOwnKey()
    {
        // A database with audit entries and the key that wrote them, as a backup holds them.
        await using (var source = new CaseApiFactory())
        {
            await new CaseApi(source).CreateAsync();
            await using (var scope = source.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            }

            // The file and its log, as a backup of an idle server holds them: a checkpoint with the app's own readers open
            // does not always empty the log, and a copy of the file alone then had no audit entries.
            Directory.CreateDirectory(folder);
            foreach (var suffix in new[] { "", "-wal" })
            {
                var file = Path.Combine(source.DataFolder, "case.db" + suffix);
                if (File.Exists(file))
                {
                    File.Copy(file, Path.Combine(folder, "app.db" + suffix));
                }
            }

            File.Copy(Path.Combine(source.DataFolder, "keys", "audit.key"), Path.Combine(folder, "audit.key"));
        }

        // Restored onto a machine without its key file: the server would make a new key.
        var (exitCode, output) = await StartAsync(Path.Combine(folder, "new-machine", "audit.key"), stopWhenAnswering: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("无法启动：本服务器的审计密钥（来自 ", output, StringComparison.Ordinal);
        Assert.Contains("请使用写入这些记录时的密钥", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);

        // With the key that wrote the log, the same database starts and answers.
        var (_, answered) = await StartAsync(Path.Combine(folder, "audit.key"), stopWhenAnswering: true);
        Assert.Contains("answered", answered, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> StartAsync(string keyFile, bool stopWhenAnswering)
    {
        var port = BuiltApp.UnusedLoopbackPort();

        var start = BuiltApp.StartInfo(folder, keyFile);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");

        using var app = BuiltApp.Start(start);
        var process = app.Process;
        var answered = false;
        if (stopWhenAnswering)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            while (!answered && !process.HasExited)
            {
                try
                {
                    answered = (await http.GetAsync("/healthz", timeout.Token)).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100, timeout.Token);
                }
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var (exitCode, output) = await app.WaitForExitAsync();
        return (exitCode, (answered ? "answered\n" : "") + output);
    }
}
