using System.Collections.Concurrent;
using System.Diagnostics;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseManagement.Benchmarks.Load;

/// <summary>
/// <c>steps --workers W --seconds S [--warmup W] [--at-once N] [--alloc-types]</c>: the load driver's transitions without HTTP. W workers, each on
/// cases of its own under investigation, send the same RecordInvestigation command through the mediator as the API
/// does (validation, the user's organisation and standing, the case loaded whole, the intent method, the audit entry,
/// the next deadline and the 我的待办 lines, the save, the case view), one after the other, in this process, on the
/// database the app's configuration names (<c>Database__Path</c>); the SQLite checkpointer runs as in the app.
/// <c>--at-once N</c> lets at most N of the workers' steps run at the same time, the others waiting their turn in
/// order (the latency includes the wait); the app's own limit (<c>Server:StepsAtOnce</c>, on SQLite one step per processor)
/// applies as well, so <c>Server__StepsAtOnce=0</c> measures without it. Prints the steps per second, p50/p95/p99, the CPU this process spent per step
/// and the bytes it allocated per step; <c>--alloc-types</c> adds the types allocated most (the runtime's allocation samples). Set beside <c>load --mix
/// transitions</c> on a copy of the same database, the difference is what the request costs around the step: Kestrel,
/// sign-in and session checks, JSON in and out, and the load driver's own share of the cores.
/// </summary>
public static class StepDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var workers = Math.Clamp(Options.Int(args, "--workers", 100), 1, 1000);
        var seconds = Math.Clamp(Options.Int(args, "--seconds", 25), 1, 3600);
        var warmup = Math.Clamp(Options.Int(args, "--warmup", 10), 0, 3600);
        var gate = Math.Clamp(Options.Int(args, "--at-once", 0), 0, 1000);
        using var turns = gate > 0 ? new SemaphoreSlim(gate, gate) : null;
        using var sampler = args.Contains("--alloc-types") ? new AllocationSampler() : null;

        await using var rig = await StepRig.StartAsync();
        var queues = Enumerable.Range(0, workers).Select(_ => new List<StepRig.Case>()).ToList();
        for (var i = 0; i < rig.Cases.Count; i++)
        {
            queues[i % workers].Add(rig.Cases[i]);
        }

        var idle = queues.Count(q => q.Count == 0);
        Console.WriteLine($"{workers} workers in this process{(gate > 0 ? $", at most {gate} steps at once" : "")}, {seconds} s after {warmup} s not counted, on {rig.Cases.Count:N0} cases under investigation"
            + (idle > 0 ? $"; {idle} of them have no case to step on and sit out" : ""));

        var samples = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var countFrom = TimeSpan.FromSeconds(warmup);
        var until = countFrom + TimeSpan.FromSeconds(seconds);
        var cpuAtCount = TimeSpan.Zero;
        var allocatedAtCount = 0L;
        var collectionsAtCount = 0;
        var turnAtCount = rig.WriteTurn;
        var cpuMark = Task.Delay(countFrom).ContinueWith(_ =>
        {
            cpuAtCount = Environment.CpuUsage.TotalTime;
            allocatedAtCount = GC.GetTotalAllocatedBytes();
            collectionsAtCount = GC.CollectionCount(0);
            sampler?.Start();
            turnAtCount = rig.WriteTurn;
        }, TaskScheduler.Default);
        await Task.WhenAll(queues.Where(q => q.Count > 0).Select(queue => Task.Run(async () =>
        {
            var next = 0;
            while (clock.Elapsed < until)
            {
                var started = clock.Elapsed;
                try
                {
                    if (turns is not null)
                    {
                        await turns.WaitAsync();
                    }

                    try
                    {
                        await rig.StepAsync(queue[next++ % queue.Count]);
                    }
                    finally
                    {
                        turns?.Release();
                    }

                    if (started >= countFrom)
                    {
                        samples.Add((clock.Elapsed - started).TotalMilliseconds);
                    }
                }
                catch (Exception e) when (e is StaleVersionException or DomainRuleException or InvalidOperationException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        await cpuMark;
        var cpu = Environment.CpuUsage.TotalTime - cpuAtCount;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedAtCount;
        var collections = GC.CollectionCount(0) - collectionsAtCount;
        sampler?.Stop();
        var turnAtEnd = rig.WriteTurn;

        var values = samples.Order().ToArray();
        Console.WriteLine($"{"kind",-14}{"count",9}{"per s",9}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"errors",8}");
        Console.WriteLine($"{"step",-14}{values.Length,9}{values.Length / (double)seconds,9:N0}{LoadDriver.P(values, 0.50),9:N1}{LoadDriver.P(values, 0.95),9:N1}{LoadDriver.P(values, 0.99),9:N1}{errors,8}");
        Console.WriteLine($"CPU of this process over the counted seconds: {cpu.TotalSeconds:N1} s ({cpu.TotalSeconds / seconds:N2} of {Environment.ProcessorCount} cores), "
            + $"{(values.Length == 0 ? double.NaN : cpu.TotalMilliseconds / values.Length):N2} ms per step");
        Console.WriteLine($"allocated over the counted seconds: {allocated / 1_048_576.0:N0} MB, {(values.Length == 0 ? double.NaN : allocated / 1024.0 / values.Length):N0} KB per step; "
            + $"{collections} gen-0 collections");
        sampler?.Print(30);
        if (turnAtEnd is { } end && turnAtCount is { } start && end.Writers > start.Writers)
        {
            // Counted to the end of the last step, a little past the counted seconds: the share is of those seconds.
            var held = end.Held - start.Held;
            Console.WriteLine($"SQLite write turn held {held.TotalSeconds / seconds:P0} of the counted seconds, "
                + $"{held.TotalMilliseconds / (end.Writers - start.Writers):N2} ms per writer ({end.Writers - start.Writers:N0} writers)");
        }

        return errors == 0 ? 0 : 1;
    }
}

/// <summary>
/// The app's services in this process on the configured database, acting as the seeded officers: what
/// <see cref="StepBenchmark"/> and <see cref="StepDriver"/> run RecordInvestigation steps with.
/// </summary>
internal sealed class StepRig : IAsyncDisposable
{
    public sealed record Case(long Id, string Officer, string[] Officers);

    private readonly WebApplication app;
    private readonly List<IHostedService> started;
    private readonly ConcurrentDictionary<long, Guid> versions;
    private readonly int organisationId;

    private StepRig(WebApplication app, List<IHostedService> started, List<Case> cases, ConcurrentDictionary<long, Guid> versions, int organisationId)
    {
        this.app = app;
        this.started = started;
        Cases = cases;
        this.versions = versions;
        this.organisationId = organisationId;
    }

    /// <summary>The cases under investigation with two officers or more, by id.</summary>
    public IReadOnlyList<Case> Cases { get; }

    public static async Task<StepRig> StartAsync()
    {
        var app = await CaseSeeder.BuildAppAsync([], services => services.AddScoped<ICurrentUser, RigUser>());

        // Of the app's background services only the SQLite checkpointer bears on a step: it takes the log's copying
        // out of the commits, as in the running app.
        var started = app.Services.GetServices<IHostedService>().Where(s => s is SqliteCheckpointer).ToList();
        foreach (var service in started)
        {
            await service.StartAsync(CancellationToken.None);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.State == CaseState.Investigation)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Version, Officers = c.Officers.Select(o => o.UserId).ToList() })
            .ToListAsync();
        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var cases = rows.Where(r => r.Officers.Count >= 2).Select(r => new Case(r.Id, r.Officers[0], [.. r.Officers])).ToList();
        if (cases.Count == 0)
        {
            throw new InvalidOperationException("the database holds no case under investigation");
        }

        return new StepRig(app, started, cases, new ConcurrentDictionary<long, Guid>(rows.Select(r => KeyValuePair.Create(r.Id, r.Version))), organisationId);
    }

    /// <summary>The SQLite write turn so far: how long it was held and by how many writers (null on another database).</summary>
    public (TimeSpan Held, long Writers)? WriteTurn =>
        app.Services.GetService<SqliteWriteGate>() is { } gate ? (gate.Held, gate.FinishedWriters) : null;

    /// <summary>One 检查笔录 on the case by its first officer, with the version the last step on it returned.</summary>
    public async Task<Guid> StepAsync(Case target)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = (RigUser)scope.ServiceProvider.GetRequiredService<ICurrentUser>();
        user.UserId = target.Officer;
        user.OrganisationId = organisationId;
        var view = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordInvestigation.Command
        {
            CaseId = target.Id,
            Version = versions[target.Id],
            Kind = InvestigationRecordKind.Inspection,
            On = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
            Place = "厂区",
            Officers = target.Officers,
            Summary = "复查现场，治污设施运行。",
        });
        versions[target.Id] = view.Version;
        return view.Version;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in started)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await app.DisposeAsync();
    }

    /// <summary>An officer of the seeded organisation, as the request's principal would give them.</summary>
    private sealed class RigUser : ICurrentUser
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
