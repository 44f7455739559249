using BenchmarkDotNet.Attributes;
using CaseManagement.Benchmarks.Load;

namespace CaseManagement.Benchmarks;

/// <summary>
/// One 检查笔录 step (RecordInvestigation) as the API runs it, without the HTTP layer: the command through the
/// mediator (validation, the user's organisation and standing, the case loaded whole, the domain's intent method,
/// the audit entry, the next deadline and the 我的待办 lines, the save) and the case view it answers with. The time
/// and the bytes allocated per step are what a server spends on a step besides the request itself; the load driver
/// measures the rest.
/// <para>
/// The database is a copy of <c>STEP_BENCH_DB</c> (a file from <c>seed</c>), or else 2,000 cases seeded into a
/// temporary file first. Each step goes to the next case under investigation in turn, by one of its officers,
/// with the version the previous step on it returned; so every case grows by a record per round, as the load driver's do.
/// </para>
/// <c>dotnet run -c Release --project tests/CaseManagement.Benchmarks -- --filter '*StepBenchmark*'</c>
/// </summary>
[MemoryDiagnoser]
public class StepBenchmark
{
    private string directory = "";
    private StepRig rig = null!;
    private int next;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        directory = Directory.CreateTempSubdirectory("cm-step-bench-").FullName;

        // The app's content root is the current directory: its audit key and checkpoint go to the temporary one too.
        Directory.SetCurrentDirectory(directory);
        var path = Path.Combine(directory, "cases.db");
        var source = Environment.GetEnvironmentVariable("STEP_BENCH_DB");
        Environment.SetEnvironmentVariable("Database__Provider", "Sqlite");
        Environment.SetEnvironmentVariable("Database__Path", path);
        Environment.SetEnvironmentVariable("Storage__Path", Path.Combine(directory, "files"));
        if (source is { Length: > 0 })
        {
            System.IO.File.Copy(source, path);
        }
        else if (await CaseSeeder.RunAsync(["--cases", "2000"]) != 0)
        {
            throw new InvalidOperationException("seeding failed");
        }

        rig = await StepRig.StartAsync();
    }

    [Benchmark(Description = "RecordInvestigation step and its case view")]
    public Task<Guid> Step() => rig.StepAsync(rig.Cases[next++ % rig.Cases.Count]);

    [GlobalCleanup]
    public void Cleanup()
    {
        rig.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
