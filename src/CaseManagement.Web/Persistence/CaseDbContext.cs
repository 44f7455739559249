using CaseManagement.Domain.Cases;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence.Calendar;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// The one model of the application. Each provider has a thin subclass with its own migrations:
/// <code>
/// dotnet ef migrations add &lt;What&gt; --project src/CaseManagement.Web --context SqliteCaseDbContext --output-dir Persistence/Migrations/Sqlite
/// dotnet ef migrations add &lt;What&gt; --project src/CaseManagement.Web --context SqlServerCaseDbContext --output-dir Persistence/Migrations/SqlServer
/// </code>
/// Add every model change to both.
/// </summary>
public abstract class CaseDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The keys that protect sign-in cookies and bearer tokens, kept with the data so that every server of a
    /// provincial deployment (and a restarted one) reads the tokens the others issued.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Name of the app-managed optimistic concurrency token renewed on every save (STYLE.md "Persistence").</summary>
    public const string VersionProperty = "Version";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PenaltyCase> Cases => Set<PenaltyCase>();

    public DbSet<Features.Evidence.EvidenceFile> EvidenceFiles => Set<Features.Evidence.EvidenceFile>();

    public DbSet<OfficerProfile> OfficerProfiles => Set<OfficerProfile>();

    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    public DbSet<HolidayYearRow> HolidayYears => Set<HolidayYearRow>();

    public DbSet<HolidayDayRow> HolidayDays => Set<HolidayDayRow>();

    public DbSet<DocumentNumberCounter> DocumentNumberCounters => Set<DocumentNumberCounter>();

    public DbSet<IssuedNumber> IssuedNumbers => Set<IssuedNumber>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    /// <summary>Party-name bigrams for the case search (Persistence/Search).</summary>
    public DbSet<Search.CaseSearchTerm> CaseSearchTerms => Set<Search.CaseSearchTerm>();

    /// <summary>我的待办: who each case waits on, by next deadline (Features/Home/WorkQueue).</summary>
    public DbSet<Features.Home.CaseWorkItem> CaseWorkItems => Set<Features.Home.CaseWorkItem>();

    /// <summary>Projections a migration asked to fill from the cases at the next start (Features/Home/WorkQueueRebuild).</summary>
    public DbSet<Features.Home.PendingRebuild> PendingRebuilds => Set<Features.Home.PendingRebuild>();

    /// <summary>
    /// The migration at start does not diff the model against the last snapshot (about a quarter of a second on
    /// every start): MigrationTests assert for each provider that no model change lacks its migration. A limit without
    /// an order is how the lists count up to <see cref="ListPage.CountLimit"/> and read a search's matches when they
    /// are fewer: the set is the same in any order, so EF's warning about it would only fill the log.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // The app's options come with these already (AddCasePersistence): adding them again would make new options,
        // and EF look up its services for them, on every context.
        var warnings = optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.WarningsConfiguration;
        if (warnings?.GetBehavior(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning) != WarningBehavior.Ignore
            || warnings.GetBehavior(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning) != WarningBehavior.Ignore)
        {
            optionsBuilder.IgnoreKnownWarnings();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // DECISIONS.md §8 and STYLE.md: enums are stored by name, so the data reads the same as the API.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);

        // Instants are UTC in the database; the converter marks what is read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Changes are detected once, here. Everything after it — the search terms, the audit guard, the versions, the
    /// sealing and EF's own save — goes through the change tracker's API or sets values on added entries, which EF
    /// reads as they are, so detecting again (each time a walk over every tracked entity, and a step tracks the whole
    /// case) is switched off until the save ends.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        using var _ = PauseChangeDetection();
        return await SaveDetectedAsync(acceptAllChangesOnSuccess, TakeVersionGuard(), cancellationToken);
    }

    /// <summary>
    /// The next save writes <paramref name="penaltyCase"/>'s row with <paramref name="seen"/> (the version the user saw)
    /// as its concurrency token, whatever else the save holds: a step that committed on the case since then makes the
    /// save affect no row of the case and fail (<see cref="DbUpdateConcurrencyException"/>, 409), even when this step
    /// only added records of the case. The version is renewed by the same save.
    /// </summary>
    public void GuardVersion(PenaltyCase penaltyCase, Guid seen) => versionGuard = (penaltyCase, seen);

    private (PenaltyCase Case, Guid Seen)? versionGuard;

    /// <summary>
    /// When the step changed the case's row (a column of the case or of a part stored in it), EF writes the row and
    /// checks the token in the same statement. When the step only added or changed records in other tables (a 检查笔录,
    /// a piece of evidence), the guard is returned to be kept by one statement of its own (<see cref="RenewGuardedVersionAsync"/>):
    /// an unchanged row written through EF would still be a command of the case's table, and EF relates every command
    /// of that table to every part stored in the row and every table that refers to it — most of the CPU of its save.
    /// </summary>
    private (PenaltyCase Case, Guid Seen)? TakeVersionGuard()
    {
        if (versionGuard is not { } guard)
        {
            return null;
        }

        versionGuard = null;
        var root = Entry(guard.Case);
        var table = root.Metadata.GetTableName();
        var rowChanged = false;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Unchanged && entry.Metadata.GetTableName() == table)
            {
                rowChanged = true;
                break;
            }
        }

        if (!rowChanged)
        {
            return guard;
        }

        var token = root.Property(c => c.Version);
        token.OriginalValue = guard.Seen;
        token.IsModified = true;
        return null;
    }

    /// <summary>
    /// <c>UPDATE Cases SET Version = {0} WHERE Id = {1} AND Version = {2}</c> in the provider's quoting, made once per model from
    /// its mapping: as a LINQ <c>ExecuteUpdate</c> it was built and looked up in EF's query cache on every step (about 4% of a
    /// step's CPU in a profile). The Guid parameters take the provider's Guid mapping, as the property's own values do.
    /// </summary>
    private static readonly CompiledPerModel<string> VersionRenewalSql = new(db =>
    {
        var cases = StoreNames.Of<PenaltyCase>(db);
        var version = cases.Column(VersionProperty);
        return $"UPDATE {cases.Table} SET {version} = {{0}} WHERE {cases.Column(nameof(PenaltyCase.Id))} = {{1}} AND {version} = {{2}}";
    });

    /// <summary>
    /// Renews the guarded case's version if it is still the one the user saw, in the save's transaction; otherwise the
    /// case changed since it was read, and nothing of this save may be stored.
    /// </summary>
    private async Task RenewGuardedVersionAsync((PenaltyCase Case, Guid Seen) guard, CancellationToken cancellationToken)
    {
        var renewed = Guid.NewGuid();
        var rows = await Database.ExecuteSqlRawAsync(VersionRenewalSql.For(this), [renewed, guard.Case.Id, guard.Seen], cancellationToken);
        if (rows != 1)
        {
            throw new DbUpdateConcurrencyException("该案件已被他人修改，请刷新");
        }

        // The case as the step left it carries the new version (the answer gives it to the user); its row is otherwise unchanged.
        var token = Entry(guard.Case).Property(c => c.Version);
        token.CurrentValue = renewed;
        token.OriginalValue = renewed;
        token.IsModified = false;
    }

    /// <summary>
    /// Until disposed, EF does not first compare every tracked entity with its snapshot, as it otherwise does on each
    /// <c>Entry</c>, <c>Entries</c> and collection load: for work that changes nothing tracked through a navigation, or
    /// after the changes were detected once. A whole case is a few hundred tracked objects, and the comparisons were a
    /// fifth of what a step allocated.
    /// </summary>
    public IDisposable PauseChangeDetection() => new DetectionPause(ChangeTracker);

    private sealed class DetectionPause : IDisposable
    {
        private readonly Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker;
        private readonly bool detecting;

        public DetectionPause(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker)
        {
            this.tracker = tracker;
            detecting = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => tracker.AutoDetectChangesEnabled = detecting;
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, (PenaltyCase Case, Guid Seen)? guard, CancellationToken cancellationToken)
    {
        var pendingAudit = PrepareSave();
        if (!pendingAudit && guard is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var sealer = pendingAudit
            ? AuditSealer ?? throw new InvalidOperationException("Audit entries need the AuditSealer interceptor on the context (AddCasePersistence adds it).")
            : null;

        // The audit entry and the case's version are written in the same transaction as the change they record.
        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (guard is { } kept)
        {
            await RenewGuardedVersionAsync(kept, cancellationToken);
        }

        (long Sequence, string Hash)? head = sealer is null ? null : await AuditChain.SealAsync(this, sealer, cancellationToken);
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (head is not null)
        {
            pendingCheckpoint = head;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    private (long Sequence, string Hash)? pendingCheckpoint;

    private AuditSealer? AuditSealer =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditSealer>().FirstOrDefault();

    /// <summary>Called once the transaction holding the last sealed entries has committed.</summary>
    internal void WriteAuditCheckpoint()
    {
        if (pendingCheckpoint is { } head && AuditSealer is { } sealer)
        {
            sealer.Checkpoint.Append(head.Sequence, head.Hash);
        }

        pendingCheckpoint = null;
    }

    internal void ForgetAuditCheckpoint() => pendingCheckpoint = null;

    // A pooled context is disposed when its request ends and leased again by another: nothing of this save may
    // reach the next one (EF clears its own services; the checkpoint and the version guard are the context's only state of its own).
    public override void Dispose()
    {
        ForgetAuditCheckpoint();
        versionGuard = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ForgetAuditCheckpoint();
        versionGuard = null;
        return base.DisposeAsync();
    }

    /// <summary>
    /// Stages the search terms, guards the audit log and renews the versions of what changed (the changes detected
    /// once by the save); returns whether audit entries are waiting to be sealed.
    /// </summary>
    private bool PrepareSave()
    {
        Search.CaseSearchIndex.Refresh(this);
        var pendingAudit = false;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                // The audit log is evidence: append-only, whatever the caller intends.
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
                }

                pendingAudit |= entry.State == EntityState.Added;
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                RenewVersion(entry);
            }
        }

        return pendingAudit;
    }

    // A [Timestamp] byte[] never conflicts on SQLite, so the version is a Guid the application renews.
    private static void RenewVersion(EntityEntry entry)
    {
        var property = entry.Metadata.FindProperty(VersionProperty);
        if (property is { IsConcurrencyToken: true } && property.ClrType == typeof(Guid))
        {
            entry.Property(VersionProperty).CurrentValue = Guid.NewGuid();
        }
    }
}

/// <summary>The warnings every CaseDbContext ignores (see <c>CaseDbContext.OnConfiguring</c>).</summary>
public static class CaseDbContextWarnings
{
    public static DbContextOptionsBuilder IgnoreKnownWarnings(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(
            Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning,
            Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}
