namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// How many case steps this server works on at once (<c>Server:StepsAtOnce</c>); the others wait their turn in arrival
/// order, before their case is read. On SQLite every step ends in the server's single write turn
/// (<see cref="Persistence.SqliteWriteGate"/>): with more steps under way than the server has processors, each step's
/// case is read, then waits behind the others for that turn while they run, and by the time it writes, its case and
/// EF's records of it have left the processor's caches. Its writing then takes about twice as long, and so does
/// everything else waiting behind it. Measured with the steps driver (100 workers on a 2-core server): 16 steps at once
/// 371 steps per second at 1.96 ms per write turn; two at once 597 at 1.24 ms. Lists, searches and pages are not
/// counted. 0 means no limit, the default on PostgreSQL and SQL Server, where a step spends much of its time waiting
/// for the database server's answers and holds no turn of this server (PostgreSQL, 100 users over HTTP after 80 s of
/// warm-up: two at once 84 and 110 steps per second, no limit 102 and 111).
/// </summary>
public sealed class CaseStepTurns
{
    public const string SettingKey = "Server:StepsAtOnce";

    private readonly SemaphoreSlim? turns;

    // A step run from inside another (none does today) must not wait for a turn its own caller holds.
    private static readonly AsyncLocal<bool> Inside = new();

    public CaseStepTurns(int limit)
    {
        Limit = Math.Max(0, limit);
        turns = Limit > 0 ? new SemaphoreSlim(Limit, Limit) : null;
    }

    /// <summary>Steps at once; 0 for no limit.</summary>
    public int Limit { get; }

    /// <summary>Steps under way now (not those waiting); 0 when there is no limit.</summary>
    public int Running => turns is null ? 0 : Limit - turns.CurrentCount;

    /// <summary>
    /// The configured limit, or the default: as many as processors where the server's writes pass one write turn
    /// (SQLite, whose persistence registers <see cref="Persistence.SqliteWriteGate"/>), no limit on the other databases.
    /// </summary>
    public static CaseStepTurns From(IConfiguration configuration, bool oneWriteTurn)
    {
        if (configuration.GetValue<int?>(SettingKey) is { } configured)
        {
            return new CaseStepTurns(configured);
        }

        return new CaseStepTurns(oneWriteTurn ? Environment.ProcessorCount : 0);
    }

    /// <summary>
    /// Runs the step when its turn comes (at once without a limit, or when called from inside a step, which already holds
    /// one). A caller that gives up while waiting (its request was aborted) has taken nothing and done nothing.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> step, CancellationToken ct)
    {
        if (turns is null || Inside.Value)
        {
            return await step();
        }

        await turns.WaitAsync(ct);
        try
        {
            Inside.Value = true; // flows into the step and is undone when this method returns
            return await step();
        }
        finally
        {
            turns.Release();
        }
    }
}
