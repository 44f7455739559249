using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Features.Home;

/// <summary>
/// A projection that must be (re)built from the cases themselves, because its rows come from the state machine
/// and not from a SQL expression. The migration that creates a projection inserts its row; the start of the app
/// builds it in batches, recording the last case done, and deletes the row when the last case is done — so an
/// interrupted build goes on where it stopped.
/// </summary>
public sealed class PendingRebuild
{
    public const string WorkQueue = "CaseWorkItems";

    private PendingRebuild() { }

    public PendingRebuild(string name) => Name = name;

    public string Name { get; private set; } = "";

    /// <summary>Cases up to this id are done.</summary>
    public long AfterCaseId { get; set; }
}

internal sealed class PendingRebuildConfiguration : IEntityTypeConfiguration<PendingRebuild>
{
    public void Configure(EntityTypeBuilder<PendingRebuild> builder)
    {
        builder.ToTable("PendingRebuilds");
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(64);
    }
}

/// <summary>
/// Fills the 我的待办 lines and the officers' next-deadline column for cases saved before they existed, one
/// batch per transaction, while the app already answers (<see cref="WorkQueueRebuildService"/>).
/// A step saved on a case between the batch's read and its save would leave lines from the older state, so a case
/// whose lines the batch changes has its <c>Version</c> renewed in the batch's save: a batch that meets a newer case
/// is rolled back and read again, and a step that read the case before the batch saved gets the usual 409 (案件已被
/// 他人修改) and is repeated. A case whose lines are already right (every closed case) is not written at all. A case
/// that cannot be read (a row edited behind the app's back) is left out and logged with its id, so that it does not
/// hold up the lists of all the others.
/// </summary>
internal sealed class WorkQueueRebuild(
    CaseDbContext db, HolidayCalendarProvider calendars, TimeProvider time, IOptions<WorkQueueRebuildOptions> options, ILogger<WorkQueueRebuild> logger)
{
    /// <summary>Builds the whole projection now (tests, and the start of an installation with nothing left to build).</summary>
    public async Task RunIfPendingAsync(CancellationToken ct)
    {
        while (!await RunBatchAsync(ct))
        {
        }
    }

    /// <summary>Completes a pending build at start when no case is left to build (a new or empty database).</summary>
    public async Task CompleteIfNothingLeftAsync(CancellationToken ct)
    {
        if (await PendingAsync(ct) is { } pending && !await db.Cases.AnyAsync(c => c.Id > pending.AfterCaseId, ct))
        {
            await RunBatchAsync(ct);
        }
    }

    /// <summary>How far a pending build is, or null when there is none.</summary>
    public static async Task<RebuildProgress?> ProgressAsync(CaseDbContext db, CancellationToken ct)
    {
        var pending = await Pending(db).AsNoTracking().SingleOrDefaultAsync(ct);
        if (pending is null)
        {
            return null;
        }

        // Case ids grow with the cases, so the last id done against the highest is the share done (one index seek each).
        var last = await db.Cases.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        return new RebuildProgress(last == 0 ? 100 : (int)Math.Min(99, pending.AfterCaseId * 100 / last));
    }

    /// <summary>Builds the next batch in one transaction; true when nothing is left (the pending row is then removed).</summary>
    public async Task<bool> RunBatchAsync(CancellationToken ct)
    {
        if (await PrepareBatchAsync(ct) is not { } batch)
        {
            return true;
        }

        await SaveBatchAsync(batch, ct);
        return false;
    }

    /// <summary>
    /// Reads the next batch and stages its lines, or removes the pending row and returns null when no case is left.
    /// Only a case whose lines or officers' next deadline change is written (and has its version renewed).
    /// </summary>
    internal async Task<PreparedBatch?> PrepareBatchAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var pending = await PendingAsync(ct);
        if (pending is null)
        {
            return null;
        }

        var after = pending.AfterCaseId;
        var size = Math.Max(1, options.Value.BatchSize);
        List<PenaltyCase> cases;
        long last;
        try
        {
            cases = await db.Cases.WithEverything().Where(c => c.Id > after).OrderBy(c => c.Id).Take(size).ToListAsync(ct);
            last = cases.Count > 0 ? cases[^1].Id : 0;
        }
        catch (Exception failure) when (IsUnreadable(failure))
        {
            // A row of the batch cannot be read (edited behind the app's back, say): read the cases one by one and
            // leave out the ones that fail, so that one case cannot hold up the lists of all the others.
            logger.LogWarning(failure, "A case after {After} could not be read for 我的待办; reading that batch case by case", after);
            (cases, last) = await ReadOneByOneAsync(after, size, ct);
            pending = await PendingAsync(ct) ?? throw new InvalidOperationException("The pending rebuild disappeared while it was built.");
        }

        if (last == 0)
        {
            db.Remove(pending);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Built the 我的待办 projection of the existing cases");
            return null;
        }

        var calendar = await calendars.GetCalendarAsync(ct);
        var clocks = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var ids = cases.Select(c => c.Id).ToList();
        var lines = (await db.CaseWorkItems.Where(w => ids.Contains(w.CaseId)).ToListAsync(ct)).ToLookup(w => w.CaseId);
        foreach (var c in cases)
        {
            Stage(c, CaseContextFactory.ClockFor(time, calendar, clocks[c.OrganisationId].ToRules()), [.. lines[c.Id]]);
        }

        pending.AfterCaseId = last;
        return new PreparedBatch(cases.ToDictionary(c => c.Id, c => c.Version));
    }

    /// <summary>Stages the case's lines and its officers' next deadline; renews its version when either changes.</summary>
    private void Stage(PenaltyCase c, CaseClock clock, IReadOnlyList<CaseWorkItem> lines)
    {
        var changed = false;
        var due = NextDeadline.Of(c, clock)?.DueDate;
        foreach (var officer in c.Officers)
        {
            var column = db.Entry(officer).Property(NextDeadline.OnProperty);
            if (!Equals(column.CurrentValue, due))
            {
                column.CurrentValue = due;
                changed = true;
            }
        }

        changed |= WorkQueue.Apply(db, c, clock, lines);

        // A step saved on the case since it was read would make these lines stale: the version renewed with them
        // (CaseDbContext) makes the save fail instead, and a step that read the case before this save gets 409.
        if (changed)
        {
            db.Entry(c).Property(CaseDbContext.VersionProperty).IsModified = true;
        }
    }

    /// <summary>The batch after <paramref name="after"/> read case by case, without those that cannot be read; and its last id.</summary>
    private async Task<(List<PenaltyCase> Cases, long Last)> ReadOneByOneAsync(long after, int size, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var ids = await db.Cases.Where(c => c.Id > after).OrderBy(c => c.Id).Select(c => c.Id).Take(size).ToListAsync(ct);
        var cases = new List<PenaltyCase>();
        foreach (var id in ids)
        {
            try
            {
                // Read untracked first: a case that fails half-way leaves nothing behind in the change tracker.
                await db.Cases.AsNoTracking().WithEverything().Where(c => c.Id == id).ToListAsync(ct);
            }
            catch (Exception failure) when (IsUnreadable(failure))
            {
                logger.LogError(failure, "Case {CaseId} could not be read; 我的待办 was not built for it", id);
                continue;
            }

            cases.Add(await db.Cases.WithEverything().SingleAsync(c => c.Id == id, ct));
        }

        return (cases, ids.Count > 0 ? ids[^1] : 0);
    }

    // Not the database going away (the batch is then tried again as a whole) nor the app stopping: the data of a case.
    private static bool IsUnreadable(Exception failure) =>
        failure is not (System.Data.Common.DbException or OperationCanceledException or DbUpdateException);

    /// <summary>Saves a prepared batch; false when a step changed one of its cases meanwhile (the batch is then read again).</summary>
    internal async Task<bool> SaveBatchAsync(PreparedBatch batch, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException failure)
        {
            // The renewed version missed, or a line a step added met the same line of this batch first.
            if (failure is not DbUpdateConcurrencyException && !await StepSavedMeanwhileAsync(batch, ct))
            {
                throw;
            }

            logger.LogDebug("A step changed a case of the batch up to {Last} while it was built; building it again", batch.Versions.Keys.DefaultIfEmpty().Max());
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> StepSavedMeanwhileAsync(PreparedBatch batch, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var ids = batch.Versions.Keys.ToList();
        var now = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Version }).ToListAsync(ct);
        return now.Any(c => batch.Versions[c.Id] != c.Version);
    }

    /// <summary>The cases of a staged batch and the versions they were read at.</summary>
    internal sealed record PreparedBatch(IReadOnlyDictionary<long, Guid> Versions);

    private Task<PendingRebuild?> PendingAsync(CancellationToken ct) => Pending(db).SingleOrDefaultAsync(ct);

    private static IQueryable<PendingRebuild> Pending(CaseDbContext db) => db.PendingRebuilds.Where(r => r.Name == PendingRebuild.WorkQueue);
}

/// <summary>Settings of the rebuild after an upgrade (section <c>WorkQueue:Rebuild</c>).</summary>
public sealed class WorkQueueRebuildOptions
{
    /// <summary>Cases per transaction (default 100): a step on SQLite waits at most for one batch's save.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Rest between batches (default none), to leave more of the server to its users while it runs.</summary>
    public int PauseMilliseconds { get; set; }
}

/// <param name="Percent">Share of the cases done, 0–99 while it runs.</param>
public sealed record RebuildProgress(int Percent);

/// <summary>
/// Runs a pending <see cref="WorkQueueRebuild"/> after start, batch by batch, so the app answers meanwhile; stops when
/// the app stops and goes on at the next start. With several servers on one database each runs it, and a batch two
/// of them build at once is saved by one and read again by the other. Pages ask <see cref="ProgressAsync"/> whether
/// 我的待办 and the officers' reminders are complete yet.
/// </summary>
public sealed class WorkQueueRebuildService(IServiceScopeFactory scopes, IOptions<WorkQueueRebuildOptions> options, ILogger<WorkQueueRebuildService> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    // Set once this process has seen the projection complete: a build is only ever asked for by a migration, at start.
    private volatile bool complete;

    /// <summary>How far the build is, or null when 我的待办 is complete (then without asking the database again).</summary>
    public async Task<RebuildProgress?> ProgressAsync(CaseDbContext db, CancellationToken ct)
    {
        if (complete)
        {
            return null;
        }

        var progress = await WorkQueueRebuild.ProgressAsync(db, ct);
        complete = progress is null;
        return progress;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var batches = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<WorkQueueRebuild>().RunBatchAsync(stoppingToken))
                {
                    complete = true;
                    if (batches > 0)
                    {
                        logger.LogInformation("The 我的待办 projection was built in the background in {Seconds:F0} s ({Batches} batches)",
                            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, batches);
                    }

                    return;
                }

                batches++;
                if (options.Value.PauseMilliseconds > 0)
                {
                    await Task.Delay(options.Value.PauseMilliseconds, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                logger.LogError(failure, "Building the 我的待办 projection failed; trying again in {Seconds} s", RetryAfterFailure.TotalSeconds);
                try
                {
                    await Task.Delay(RetryAfterFailure, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
