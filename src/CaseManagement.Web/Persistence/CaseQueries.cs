using CaseManagement.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseManagement.Web.Persistence;

public static class CaseQueries
{
    /// <summary>
    /// The records a case's deadlines are computed from (<see cref="PenaltyCase.Timeline"/>): enough for a read-only
    /// list of deadlines, not for a step (no officers, evidence, records or history).
    /// </summary>
    public static IQueryable<PenaltyCase> WithTimeline(this IQueryable<PenaltyCase> cases) => cases
        .Include(c => c.Notices)
        .Include(c => c.Statements)
        .Include(c => c.Hearings)
        .Include(c => c.Services)
        .Include(c => c.Payments)
        .Include(c => c.Instalments)
        .Include(c => c.Demands)
        .Include(c => c.Corrections)
        .Include(c => c.Reinspections)
        .Include(c => c.Remedies)
        .Include(c => c.Suspensions)
        .Include(c => c.Extensions)
        .AsSplitQuery();

    /// <summary>
    /// For read-only lists of cases that show their deadlines and what a user may do now: the deadlines' records
    /// and the officers. <see cref="PenaltyCase.AllowedActions"/> asks the guards without step data, and without
    /// data no guard reads the evidence, the investigation records or the history (they check a step's own
    /// dates and evidence numbers) — the tables that grow with every case, left out here.
    /// </summary>
    public static IQueryable<PenaltyCase> ForLists(this IQueryable<PenaltyCase> cases) => cases
        .WithTimeline()
        .Include(c => c.Officers);

    /// <summary>
    /// The whole aggregate, as the state machine needs it to decide a step. Split queries: one round trip
    /// per child table instead of a cartesian product of fifteen collections.
    /// </summary>
    public static IQueryable<PenaltyCase> WithEverything(this IQueryable<PenaltyCase> cases) => cases
        .Include(c => c.Officers)
        .Include(c => c.Evidence)
        .Include(c => c.Records)
        .Include(c => c.Notices)
        .Include(c => c.Statements)
        .Include(c => c.Hearings)
        .Include(c => c.Services)
        .Include(c => c.Payments)
        .Include(c => c.Instalments)
        .Include(c => c.Demands)
        .Include(c => c.Corrections)
        .Include(c => c.Reinspections)
        .Include(c => c.Remedies)
        .Include(c => c.Suspensions)
        .Include(c => c.Extensions)
        .Include(c => c.History)
        .AsSplitQuery();

    /// <summary>
    /// One case with everything the aggregate holds, tracked, in as few round trips as its records need: the case row
    /// tells in the same statement which child tables hold rows for it, and only those are read. A case under
    /// investigation has officers, evidence, records and history and nothing else yet, so it is read in five
    /// statements (the row with its two owned collections, four child tables) instead of nineteen. The children are read
    /// after the row, as split queries always were: a step committed in between leaves this case with an older
    /// version, and its save is refused (409).
    /// </summary>
    public static async Task<PenaltyCase?> LoadWholeAsync(this CaseDbContext db, long caseId, int organisationId, CancellationToken ct)
    {
        using var _ = db.PauseChangeDetection(); // a fresh load changes nothing to detect
        var row = await CaseRow.For(db)(db, caseId, organisationId, ct);
        if (row is null)
        {
            return null;
        }

        // Each child table by a compiled query: the tracked rows are fixed up into the case's collection, as
        // Entry(...).Collection(...).LoadAsync() would, without building and hashing a query expression every time.
        var id = row.Case.Id;
        if (row.Officers) { await ChildRows<CaseOfficer>.LoadAsync(db, id, ct); }
        if (row.Evidence) { await ChildRows<EvidenceItem>.LoadAsync(db, id, ct); }
        if (row.Records) { await WrittenOnceRows<InvestigationRecord>.LoadAsync(db, row.Case, nameof(PenaltyCase.Records), ct); }
        if (row.Notices) { await ChildRows<Notice>.LoadAsync(db, id, ct); }
        if (row.Statements) { await ChildRows<Statement>.LoadAsync(db, id, ct); }
        if (row.Hearings) { await ChildRows<HearingRecord>.LoadAsync(db, id, ct); }
        if (row.Services) { await ChildRows<ServiceRecord>.LoadAsync(db, id, ct); }
        if (row.Payments) { await ChildRows<Payment>.LoadAsync(db, id, ct); }
        if (row.Instalments) { await ChildRows<Instalment>.LoadAsync(db, id, ct); }
        if (row.Demands) { await ChildRows<Demand>.LoadAsync(db, id, ct); }
        if (row.Corrections) { await ChildRows<CorrectionOrder>.LoadAsync(db, id, ct); }
        if (row.Reinspections) { await ChildRows<Reinspection>.LoadAsync(db, id, ct); }
        if (row.Remedies) { await ChildRows<Remedy>.LoadAsync(db, id, ct); }
        if (row.Suspensions) { await ChildRows<SuspensionInterval>.LoadAsync(db, id, ct); }
        if (row.Extensions) { await ChildRows<DeadlineExtension>.LoadAsync(db, id, ct); }
        if (row.History) { await WrittenOnceRows<CaseEvent>.LoadAsync(db, row.Case, nameof(PenaltyCase.History), ct); }
        return row.Case;
    }

    /// <summary>
    /// The case row with its owned collections and, in the same statement, which child tables hold rows for it.
    /// Compiled once: the expression (sixteen sub-queries) is neither rebuilt nor hashed for the query cache per read.
    /// One statement, not three: the two owned collections (送达未果 attempts, 按日连续处罚 links) hold a few rows at
    /// most, so joining them repeats the case row a few times where split queries cost two more statements on every
    /// read of a case (two more round trips on a database server).
    /// </summary>
    private static readonly CompiledPerModel<Func<CaseDbContext, long, int, CancellationToken, Task<CaseParts?>>> CaseRow = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, long caseId, int organisationId, CancellationToken ct) => db.Cases
            .Where(c => c.Id == caseId && c.OrganisationId == organisationId)
            .Select(c => new CaseParts(c,
                c.Officers.Any(), c.Evidence.Any(), c.Records.Any(), c.Notices.Any(), c.Statements.Any(), c.Hearings.Any(),
                c.Services.Any(), c.Payments.Any(), c.Instalments.Any(), c.Demands.Any(), c.Corrections.Any(),
                c.Reinspections.Any(), c.Remedies.Any(), c.Suspensions.Any(), c.Extensions.Any(), c.History.Any()))
            .AsSingleQuery()
            .SingleOrDefault()));

    /// <summary>The rows of one child table of a case (foreign key <c>CaseId</c>), tracked.</summary>
    private static class ChildRows<TChild>
        where TChild : class
    {
        private static readonly CompiledPerModel<Func<CaseDbContext, long, IAsyncEnumerable<TChild>>> Query = new(() =>
            EF.CompileAsyncQuery((CaseDbContext db, long caseId) => db.Set<TChild>().Where(x => EF.Property<long>(x, "CaseId") == caseId)));

        public static async Task LoadAsync(CaseDbContext db, long caseId, CancellationToken ct)
        {
            await foreach (var _ in Query.For(db)(db, caseId).WithCancellation(ct))
            {
                // Tracking fixes each row up into the case's collection.
            }
        }
    }

    /// <summary>
    /// The rows of a child table the domain writes once and never changes — the history lines (<see cref="CaseEvent"/>) and
    /// the 检查笔录 (<see cref="InvestigationRecord"/>): a test of the domain holds both to having no member that changes them.
    /// They are the tables that grow with every step, and tracking them made a step's cost grow with its case's age (a case
    /// after some forty steps took 60% more CPU per step, most of it EF's snapshots, identity map and change detection of
    /// these rows). They are read without tracking and put in the case's collection, and EF is told that the collection
    /// already holds them, so its change detection neither tracks nor writes them; a row a step adds is new to the
    /// collection and is inserted as before.
    /// </summary>
    private static class WrittenOnceRows<TChild>
        where TChild : class
    {
        private static readonly CompiledPerModel<Func<CaseDbContext, long, IAsyncEnumerable<TChild>>> Query = new(() =>
            EF.CompileAsyncQuery((CaseDbContext db, long caseId) => db.Set<TChild>().AsNoTracking().Where(x => EF.Property<long>(x, "CaseId") == caseId)));

#pragma warning disable EF1001 // the case entry's snapshot of the collection: where EF's own fix-up records what a tracked load put there
        public static async Task LoadAsync(CaseDbContext db, PenaltyCase penaltyCase, string navigationName, CancellationToken ct)
        {
            var navigation = db.Model.FindEntityType(typeof(PenaltyCase))!.FindNavigation(navigationName)!;
            var collection = navigation.GetCollectionAccessor()!;
            var entry = db.Entry(penaltyCase).GetInfrastructure();
            await foreach (var row in Query.For(db)(db, penaltyCase.Id).WithCancellation(ct))
            {
                collection.Add(penaltyCase, row, forMaterialization: true);
                entry.AddToCollectionSnapshot(navigation, row);
            }
        }
#pragma warning restore EF1001
    }

    private sealed record CaseParts(
        PenaltyCase Case, bool Officers, bool Evidence, bool Records, bool Notices, bool Statements, bool Hearings, bool Services,
        bool Payments, bool Instalments, bool Demands, bool Corrections, bool Reinspections, bool Remedies, bool Suspensions,
        bool Extensions, bool History);
}

/// <summary>
/// A query compiled once for each model it runs on. EF binds a compiled query to the model of the first context that
/// runs it and refuses any other, and each provider has its own model: a process may hold more than one (the tests run
/// SQLite and PostgreSQL side by side). Also SQL text made once per model from its mapping (the first context of that
/// model is given to <paramref name="compile"/>).
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<DbContext, TQuery> compile)
    where TQuery : class
{
    public CompiledPerModel(Func<TQuery> compile)
        : this(_ => compile())
    {
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, TQuery> byModel = [];

    public TQuery For(DbContext db)
    {
        var model = db.Model;
        return byModel.TryGetValue(model, out var query) ? query : byModel.GetValue(model, _ => compile(db));
    }
}
