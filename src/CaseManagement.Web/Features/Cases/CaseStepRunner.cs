using System.Text.Json.Serialization;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// A step on an existing case: the route gives the case, the body gives the version the user saw and the
/// step's data. Every trigger's command derives from this.
/// </summary>
public abstract record CaseStepCommand : IRequest<CaseView>
{
    /// <summary>From the route (<c>/api/cases/{id}/actions/{trigger}</c>), never from the body.</summary>
    [JsonIgnore]
    public long CaseId { get; set; }

    /// <summary>The case version the user saw; a stale one is refused with 409.</summary>
    public Guid Version { get; init; }
}

/// <summary>What a trigger's handler works with while its step runs inside the transaction.</summary>
public sealed class CaseStep(PenaltyCase penaltyCase, CaseContext context, CaseStepRunner runner, Func<Task> beginTransaction, CancellationToken ct)
{
    public PenaltyCase Case { get; } = penaltyCase;

    public Actor Actor => context.Actor;

    public CaseClock Clock => context.Clock;

    public CaseContext Context => context;

    /// <summary>The numbers this step allocated, by type: the documents of <see cref="Documents.CaseDocumentPlan"/> carry them.</summary>
    public IReadOnlyDictionary<DocumentType, string> Numbers => numbers;

    private readonly Dictionary<DocumentType, string> numbers = [];

    /// <summary>The next number of the document the step issues, allocated in the step's transaction (never from the client).</summary>
    public async Task<string> NumberAsync(DocumentType type, DateOnly issuedOn)
    {
        // A number is taken inside the step's transaction, so that it is gapless: if the step fails, it was never taken.
        await beginTransaction();
        var number = await runner.NumberAsync(Case, context.Organisation, type, issuedOn, ct);
        numbers[type] = number;
        return number;
    }

    /// <summary>User ids for user names or ids given by the client (officers of the case or users of the organisation).</summary>
    public Task<IReadOnlyList<string>> UserIdsAsync(IReadOnlyList<string> namesOrIds, string field) =>
        runner.UserIdsAsync(Case, context.OrganisationId, namesOrIds, field, ct);

    public Task<AppUser> UserAsync(string nameOrId, string field) => runner.UserAsync(context.OrganisationId, nameOrId, field, ct);

    /// <summary>Cases this step created (a 按日连续处罚 linked case), saved in the step's transaction.</summary>
    public IReadOnlyList<PenaltyCase> LinkedCases => linkedCases;

    private readonly List<PenaltyCase> linkedCases = [];

    /// <summary>Stores a case the step created from this one (关联案件) in the same transaction.</summary>
    public void AddLinkedCase(PenaltyCase linked) => linkedCases.Add(linked);
}

/// <summary>
/// The shared steps of every trigger (DECISIONS.md §8), for every caller — the page, the API and the demo
/// seeding: role check (403), load the case of the user's organisation (404), version check (409), then in ONE
/// transaction: numbers, the domain's intent method (which refuses with the reason, 409), the audit entry, the
/// documents of the step, the next-deadline columns, the 我的待办 lines and the save.
/// </summary>
public sealed class CaseStepRunner(
    CaseDbContext db, CaseContextFactory contexts, DocumentNumberAllocator numbers, AuditLog audit, CaseViewBuilder views, DocumentIssuer documents,
    CaseStepTurns turns)
{
    public Task<CaseView> RunAsync(CaseStepCommand command, CaseTrigger trigger, Action<CaseStep> apply, CancellationToken ct) =>
        RunAsync(command, trigger, Sync(apply), ct);

    /// <summary>A step of the current user: the organisation is read once, here, and travels in the case context.
    /// The step waits for its turn first (<see cref="CaseStepTurns"/>), before anything of it is read.</summary>
    public Task<CaseView> RunAsync(CaseStepCommand command, CaseTrigger trigger, Func<CaseStep, Task> apply, CancellationToken ct) =>
        turns.RunAsync(async () =>
        {
            var context = await contexts.CreateAsync(ct);
            var penaltyCase = await ApplyAsync(context, command.CaseId, command.Version, trigger, apply, ct);
            return await views.BuildAsync(penaltyCase, context, ct);
        }, ct);

    public static Func<CaseStep, Task> Sync(Action<CaseStep> apply) => step =>
    {
        apply(step);
        return Task.CompletedTask;
    };

    /// <summary>The pipeline itself, for a given actor's context; returns the case as the step left it (saved).</summary>
    public async Task<PenaltyCase> ApplyAsync(
        CaseContext context, long caseId, Guid version, CaseTrigger trigger, Func<CaseStep, Task> apply, CancellationToken ct)
    {
        if (!CaseRoleTable.MayFire(context.Actor, trigger))
        {
            throw new RoleForbiddenException(CaseRoleTable.Refusal(trigger));
        }

        var penaltyCase = await db.LoadCaseAsync(caseId, context, ct);
        if (penaltyCase.Version != version)
        {
            throw new StaleVersionException();
        }

        var before = penaltyCase.State;

        // The transaction (and with it, on SQLite, the single writer's turn) starts as late as it can: when the step
        // takes a document number, or else just before the save. Everything before it — the intent method, the audit
        // entry, the documents' rendering, the next deadline and the 我的待办 lines — works on the case as loaded and
        // is guarded by the case's version: a step that committed in between makes this save affect no row (409).
        IDbContextTransaction? transaction = null;
        async Task BeginAsync() => transaction ??= await db.Database.BeginTransactionAsync(ct);
        try
        {
            var step = new CaseStep(penaltyCase, context, this, BeginAsync, ct);
            await apply(step);

            var after = penaltyCase.State;
            var summary = penaltyCase.History[^1].Summary;
            // The entry vouches for the case's state after the step and for the evidence files it added (issue: audit covers the money).
            audit.Append(context.Actor.UserId, trigger.ToChinese(), penaltyCase.Id,
                $"{summary}（{before.ToChinese()} → {after.ToChinese()}）", before.ToString(), after.ToString(),
                stateAfter: penaltyCase, files: AuditFiles.AddedEvidence(db));
            await IssuePlannedDocumentsAsync(trigger, penaltyCase, context, step.Numbers, ct);
            await NextDeadline.StoreAsync(db, penaltyCase, context.Clock, ct);

            // The save checks and renews the version the user saw: a concurrent step on the same version then
            // affects no row and fails (409), even when this step only added child records.
            db.GuardVersion(penaltyCase, version);

            foreach (var linked in step.LinkedCases)
            {
                db.Cases.Add(linked);
                await NextDeadline.StoreAsync(db, linked, context.Clock, ct);
            }

            if (transaction is null && step.LinkedCases.Count == 0)
            {
                // One save: it opens its own transaction once the changes are prepared, and commits it.
                await db.SaveChangesAsync(ct);
                return penaltyCase;
            }

            await BeginAsync();
            await db.SaveChangesAsync(ct);
            if (step.LinkedCases.Count > 0)
            {
                // The linked case's id exists once saved; its registration is audited in the same transaction.
                foreach (var linked in step.LinkedCases)
                {
                    audit.Append(context.Actor.UserId, CaseTrigger.RegisterLead.ToChinese(), linked.Id, linked.History[^1].Summary, null, linked.State.ToString(), stateAfter: linked);
                }

                await db.SaveChangesAsync(ct);
            }

            await transaction!.CommitAsync(ct);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return penaltyCase;
    }

    /// <summary>案源登记: the new case, its next deadline and its audit entry in one transaction (the page, the API and the demo seeding).</summary>
    public async Task<PenaltyCase> RegisterAsync(CaseContext context, PenaltyCase penaltyCase, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Cases.Add(penaltyCase);
        await NextDeadline.StoreAsync(db, penaltyCase, context.Clock, ct);
        await db.SaveChangesAsync(ct);
        audit.Append(context.Actor.UserId, CaseTrigger.RegisterLead.ToChinese(), penaltyCase.Id,
            $"{penaltyCase.History[^1].Summary}（→ {CaseState.Lead.ToChinese()}）", null, nameof(CaseState.Lead), stateAfter: penaltyCase);
        await IssuePlannedDocumentsAsync(CaseTrigger.RegisterLead, penaltyCase, context, new Dictionary<DocumentType, string>(), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return penaltyCase;
    }

    /// <summary>
    /// STYLE.md "A use case end to end": the documents of the step (<see cref="CaseDocumentPlan"/>) are
    /// rendered from the case as the step left it and staged in the step's transaction, each with the
    /// number the step allocated, issued by the user who did the step, and each is audited.
    /// </summary>
    public async Task IssuePlannedDocumentsAsync(
        CaseTrigger trigger, PenaltyCase penaltyCase, CaseContext context, IReadOnlyDictionary<DocumentType, string> stepNumbers, CancellationToken ct)
    {
        var issuedBy = context.Actor.UserId;
        foreach (var planned in CaseDocumentPlan.For(trigger, penaltyCase))
        {
            string? number = null;
            if (planned.Number is { } type && !stepNumbers.TryGetValue(type, out number))
            {
                throw new InvalidOperationException($"The {trigger} step must allocate its {type} number before its documents are issued.");
            }

            if (planned.Volume is { } volume && !await documents.VolumeHasDocumentsAsync(penaltyCase.Id, volume, ct))
            {
                continue;
            }

            var document = await documents.IssueWithAsync(penaltyCase, context.Organisation, planned.Template,
                new IssueOptions(number, planned.Serves, planned.Volume, IssuedBy: issuedBy), ct);
            audit.Append(issuedBy, "制发文书", penaltyCase.Id, DocumentAuditSummary(document), null, document.Sha256,
                files: AuditFiles.Document(document.Sha256));
        }
    }

    public static string DocumentAuditSummary(IssuedDocument document) =>
        $"制发《{document.Title}》{(document.DocumentNumber is { } n ? n : "")}，SHA-256 {document.Sha256}";

    internal async Task<string> NumberAsync(PenaltyCase penaltyCase, Organisation organisation, DocumentType type, DateOnly issuedOn, CancellationToken ct)
    {
        // The year of the document's date (GB/T 9704: 〔2026〕); the serial is taken in the open transaction.
        var issued = await numbers.AllocateAsync(organisation, type, issuedOn.Year, penaltyCase.Id, ct);
        return issued.Text;
    }

    internal async Task<IReadOnlyList<string>> UserIdsAsync(
        PenaltyCase penaltyCase, int organisationId, IReadOnlyList<string> namesOrIds, string field, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var token in namesOrIds.Select(t => t.Trim()))
        {
            ids.Add(penaltyCase.Officers.FirstOrDefault(o => o.UserId == token)?.UserId
                ?? (await UserAsync(organisationId, token, field, ct)).Id);
        }

        return ids;
    }

    internal async Task<AppUser> UserAsync(int organisationId, string nameOrId, string field, CancellationToken ct)
    {
        var token = nameOrId.Trim();
        return await db.Users.AsNoTracking()
                .SingleOrDefaultAsync(u => u.OrganisationId == organisationId && (u.UserName == token || u.Id == token), ct)
            ?? throw new ValidationException([new ValidationFailure(field, $"用户“{token}”不存在或不属于本执法机关")]);
    }
}
