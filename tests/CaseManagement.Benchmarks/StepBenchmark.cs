using BenchmarkDotNet.Attributes;
using CaseManagement.Benchmarks.Load;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    private WebApplication app = null!;
    private List<(long Id, string Officer, string[] Officers)> cases = [];
    private readonly Dictionary<long, Guid> versions = [];
    private int next;
    private int organisationId;

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

        app = await CaseSeeder.BuildAppAsync([], services => services.AddScoped<ICurrentUser, BenchmarkUser>());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.State == CaseState.Investigation)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Version, Officers = c.Officers.Select(o => o.UserId).ToList() })
            .ToListAsync();
        organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        cases = [.. rows.Where(r => r.Officers.Count >= 2).Select(r => (r.Id, r.Officers[0], r.Officers.ToArray()))];
        foreach (var row in rows)
        {
            versions[row.Id] = row.Version;
        }

        if (cases.Count == 0)
        {
            throw new InvalidOperationException("the database holds no case under investigation");
        }
    }

    [Benchmark(Description = "RecordInvestigation step and its case view")]
    public async Task<Guid> Step()
    {
        var (id, officer, officers) = cases[next++ % cases.Count];
        await using var scope = app.Services.CreateAsyncScope();
        var user = (BenchmarkUser)scope.ServiceProvider.GetRequiredService<ICurrentUser>();
        user.UserId = officer;
        user.OrganisationId = organisationId;
        var view = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordInvestigation.Command
        {
            CaseId = id,
            Version = versions[id],
            Kind = InvestigationRecordKind.Inspection,
            On = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
            Place = "厂区",
            Officers = officers,
            Summary = "复查现场，治污设施运行。",
        });
        versions[id] = view.Version;
        return view.Version;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>An officer of the seeded organisation, as the request's principal would give them.</summary>
    private sealed class BenchmarkUser : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string UserId { get; set; } = "";

        public string UserName => UserId;

        public string DisplayName => UserId;

        public int? OrganisationId { get; set; }

        public IReadOnlyList<string> Roles { get; } = [CaseManagement.Web.Identity.Roles.Officer];

        public bool IsInRole(string role) => Roles.Contains(role);
    }
}
