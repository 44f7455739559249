using System.Diagnostics;
using System.Globalization;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Benchmarks;

/// <summary>
/// <c>audit-verify --entries N</c>: writes N audit entries through the app's own sealing (keyed HMAC chain, checkpoint)
/// into a fresh SQLite file in a temporary folder, then times the verification: the chain pass alone (every entry's
/// HMAC, its link, the head row and the checkpoint) and the whole <see cref="AuditVerifier.VerifyAsync"/>. Prints
/// entries per second, the CPU the chain pass used, and the managed memory before and after, to show that verifying streams.
/// <c>--runs R</c> times both R times in a row (the machine is shared, so one figure says little); <c>--folder DIR</c> keeps the
/// database, key and checkpoint in DIR and seeds only when it holds no entries yet, so runs before and after a change can read
/// the same log without seeding it again.
/// </summary>
public static class AuditVerifyCommand
{
    public static async Task RunAsync(string[] args)
    {
        var entries = Option(args, "--entries", 1_000_000);
        var runs = Math.Max(1, Option(args, "--runs", 1));
        var folderIndex = Array.IndexOf(args, "--folder");
        var keep = folderIndex >= 0 && folderIndex + 1 < args.Length;
        var folder = keep ? Path.GetFullPath(args[folderIndex + 1]) : Path.Combine(Path.GetTempPath(), "casemanagement-audit-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:Path"] = "data/case.db",
                ["Seed:Demo"] = "false",
                ["Seed:AdminUserName"] = "admin",
                ["Seed:AdminPassword"] = "Bench#2026abc",
                ["Organisation:Name"] = "基准测试局",
                ["Organisation:ShortCode"] = "基准",
            });
            builder.Logging.ClearProviders();
            builder.AddCasePersistence();
            await using var app = builder.Build();
            await app.InitialiseDatabaseAsync();

            await using (var scope = app.Services.CreateAsyncScope())
            {
                var existing = await scope.ServiceProvider.GetRequiredService<CaseDbContext>().AuditEntries.LongCountAsync();
                if (existing > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reusing {existing:N0} entries in {folder}"));
                    entries = 0;
                }
            }

            var seeding = Stopwatch.StartNew();
            const int batch = 20_000;
            var at = new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);
            for (var written = 0; written < entries; written += batch)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = 0; i < Math.Min(batch, entries - written); i++)
                {
                    var n = written + i;
                    db.AuditEntries.Add(new AuditEntry(at.AddTicks(n * 10L), "3f1c2a4e-0000-4000-8000-" + (n % 50).ToString("D12", CultureInfo.InvariantCulture),
                        "记录调查", 1 + (n % 100_000), $"现场检查（立案调查 → 立案调查），检查地点博兴县店子镇，记录 {n}", "Investigation", "Investigation"));
                }

                await db.SaveChangesAsync();
            }

            seeding.Stop();
            if (entries > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {entries:N0} entries in {seeding.Elapsed.TotalSeconds:F1} s"));
            }

            for (var run = 0; run < runs; run++)
            {
                GC.Collect();
                var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var chain = Stopwatch.StartNew();
                    var result = await verifier.VerifyChainAsync();
                    chain.Stop();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                    var peak = GC.GetTotalMemory(forceFullCollection: false);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"chain pass: {result.Entries:N0} entries in {chain.Elapsed.TotalSeconds:F2} s = {result.Entries / chain.Elapsed.TotalSeconds:N0} entries/s, first broken: {result.FirstBroken?.ToString(CultureInfo.InvariantCulture) ?? "none"}"));

                    // The CPU the pass used: on a busy machine the wall clock says little, this says what the cores could do.
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"chain pass CPU: {cpu.TotalSeconds:F2} s = {cpu.TotalMicroseconds / Math.Max(1, result.Entries):F2} µs per entry; {Environment.ProcessorCount} idle cores would verify about {Environment.ProcessorCount * result.Entries / Math.Max(0.001, cpu.TotalSeconds):N0} entries/s"));

                    var whole = Stopwatch.StartNew();
                    var full = await verifier.VerifyAsync();
                    whole.Stop();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"whole verify: valid={full.Valid}, {full.Entries:N0} entries, {full.CasesChecked:N0} cases, {full.FilesChecked:N0} files in {whole.Elapsed.TotalSeconds:F2} s = {full.Entries / whole.Elapsed.TotalSeconds:N0} entries/s"));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"managed memory: {memoryBefore / 1024 / 1024:N0} MB before, {peak / 1024 / 1024:N0} MB at the end of the chain pass, {Environment.ProcessorCount} cores"));
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
