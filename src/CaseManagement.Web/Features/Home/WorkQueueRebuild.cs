using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

/// <summary>Fills the 我的待办 lines and the officers' next-deadline column for cases saved before they existed.</summary>
internal sealed class WorkQueueRebuild(CaseDbContext db, HolidayCalendarProvider calendars, TimeProvider time, ILogger<WorkQueueRebuild> logger)
{
    private const int Batch = 250;

    public async Task RunIfPendingAsync(CancellationToken ct)
    {
        var pending = await db.Set<PendingRebuild>().SingleOrDefaultAsync(r => r.Name == PendingRebuild.WorkQueue, ct);
        if (pending is null)
        {
            return;
        }

        var calendar = await calendars.GetCalendarAsync(ct);
        var clocks = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var done = 0;
        while (true)
        {
            var after = pending.AfterCaseId;
            var cases = await db.Cases.WithEverything().Where(c => c.Id > after).OrderBy(c => c.Id).Take(Batch).ToListAsync(ct);
            if (cases.Count == 0)
            {
                db.Remove(pending);
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Built the 我的待办 projection for {Cases} existing cases", done);
                return;
            }

            var ids = cases.Select(c => c.Id).ToList();
            var lines = (await db.CaseWorkItems.Where(w => ids.Contains(w.CaseId)).ToListAsync(ct)).ToLookup(w => w.CaseId);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var c in cases)
            {
                var clock = CaseContextFactory.ClockFor(time, calendar, clocks[c.OrganisationId].ToRules());
                foreach (var officer in c.Officers)
                {
                    db.Entry(officer).Property(NextDeadline.OnProperty).CurrentValue = NextDeadline.Of(c, clock)?.DueDate;
                }

                WorkQueue.Apply(db, c, clock, [.. lines[c.Id]]);
            }

            pending.AfterCaseId = ids[^1];
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            done += cases.Count;
            db.ChangeTracker.Clear();
            db.Attach(pending);
        }
    }
}
