namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// Gives memory back to the operating system once a burst of work is over (<c>Server:IdleTrimSeconds</c>, default 10;
/// 0 turns it off). While requests come in, the garbage collector keeps the memory it grew to for the next ones: after
/// a hundred users' load the process held about 380 MB although the objects still alive took 17 MB. When no request
/// has been worked on for the configured time and enough has been allocated since the last trim to be worth it, one
/// full, compacting collection in the runtime's aggressive mode releases the free memory. A bureau's server is quiet
/// most of the day, so it spends it small; the collection runs only when nobody is waiting for an answer.
/// </summary>
internal sealed class IdleMemoryTrim(
    RequestConcurrency requests, TimeProvider time, IdleMemoryTrimOptions options, ILogger<IdleMemoryTrim> log, Persistence.SqliteConnectionPool? sqlite = null)
    : BackgroundService
{
    /// <summary>Less than this allocated since the last trim: nothing worth giving back.</summary>
    public const long WorthTrimming = 64L * 1024 * 1024;

    private readonly Func<long> allocatedBytes = AllocationCount(options);

    private long allocatedAtLastTrim = AllocationCount(options)();

    /// <summary>How many trims ran (for the log and the tests).</summary>
    public int Trims { get; private set; }

    /// <summary>Whether a trim is due: nobody served for <paramref name="quietFor"/>, and enough allocated since the last one.</summary>
    public static bool Due(int inFlight, TimeSpan quietFor, TimeSpan idle, long allocatedSince) =>
        inFlight == 0 && quietFor >= idle && allocatedSince >= WorthTrimming;

    private static Func<long> AllocationCount(IdleMemoryTrimOptions options) =>
        options.AllocatedBytes ?? (static () => GC.GetTotalAllocatedBytes());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = options.Idle;
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(200).Ticks, idle.Ticks / 4));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(period, time, stoppingToken);
                TrimIfDue(idle);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal bool TrimIfDue(TimeSpan idle)
    {
        var allocated = allocatedBytes();
        if (!Due(requests.InFlight, requests.Quiet, idle, allocated - allocatedAtLastTrim))
        {
            return false;
        }

        var before = Environment.WorkingSet;
        sqlite?.ReleaseMemory();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
        allocatedAtLastTrim = allocatedBytes();
        Trims++;
        log.LogInformation("空闲时归还内存：工作集 {Before} MB → {After} MB", before / (1024 * 1024), Environment.WorkingSet / (1024 * 1024));
        return true;
    }
}

/// <param name="Idle">How long no request must have been worked on.</param>
/// <param name="AllocatedBytes">
/// Bytes allocated by the process so far; the runtime's count unless given. The count is read without stopping the
/// threads, so it may lag behind large objects allocated while a background collection runs: a test gives its own.
/// </param>
internal sealed record IdleMemoryTrimOptions(TimeSpan Idle, Func<long>? AllocatedBytes = null);

internal static class IdleMemoryTrimSetup
{
    public static void AddIdleMemoryTrim(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue<double?>("Server:IdleTrimSeconds") ?? 10;
        if (seconds <= 0)
        {
            return;
        }

        services.AddSingleton(new IdleMemoryTrimOptions(TimeSpan.FromSeconds(seconds)));
        services.AddSingleton<IdleMemoryTrim>();
        services.AddHostedService(sp => sp.GetRequiredService<IdleMemoryTrim>());
    }
}

/// <summary>
/// Returns the C heap's free pages to the system (glibc's <c>malloc_trim</c>): SQLite's page caches, TLS buffers and
/// LibreOffice's pipe buffers are allocated there, and glibc keeps freed memory in its arenas. Elsewhere (musl, macOS,
/// Windows) nothing happens.
/// </summary>
internal static class NativeHeap
{
    private static bool unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (unavailable)
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
