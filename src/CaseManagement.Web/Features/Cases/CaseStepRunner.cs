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
public sealed class CaseStep(PenaltyCase penaltyCase, CaseContext context, CaseStepRunner runner, CancellationToken ct)
{
    public PenaltyCase Case { get; } = penaltyCase;

    public Actor Actor => context.Actor;

    public CaseClock Clock => context.Clock;

    public CaseContext Context => context;

    /// <summary>The numbers this step allocated, by type: the documents of <see cref="CaseDocumentPlan"/> carry them.</summary>
    public IReadOnlyDictionary<DocumentType, string> Numbers => numbers;

    private readonly Dictionary<DocumentType, string> numbers = [];

    /// <summary>The next number of the document the step issues, allocated in the step's transaction (never from the client).</summary>
    public async Task<string> NumberAsync(DocumentType type, DateOnly issuedOn)
    {
        var number = await runner.NumberAsync(Case, type, issuedOn, ct);
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
/// The shared steps of every trigger (DECISIONS.md §8): role check (403), load the case of the user's
/// organisation (404), version check (409), then in ONE transaction: numbers, the domain's intent method
/// (which refuses with the reason, 409), the next-deadline columns, the audit entry and the save.
/// </summary>
public sealed class CaseStepRunner(
    CaseDbContext db, CaseContextFactory contexts, DocumentNumberAllocator numbers, AuditLog audit, CaseViewBuilder views, DocumentIssuer documents)
{
    public const string NotFound = "案件不存在，或不属于您所在的执法机关。";

    public Task<CaseView> RunAsync(CaseStepCommand command, CaseTrigger trigger, Action<CaseStep> apply, CancellationToken ct) =>
        RunAsync(command, trigger, step =>
        {
            apply(step);
            return Task.CompletedTask;
        }, ct);

    public async Task<CaseView> RunAsync(CaseStepCommand command, CaseTrigger trigger, Func<CaseStep, Task> apply, CancellationToken ct)
    {
        var context = await contexts.CreateAsync(ct);
        if (!CaseRoleTable.MayFire(context.Actor, trigger))
        {
            throw new ForbiddenException(RoleRefusal(trigger));
        }

        var penaltyCase = await LoadAsync(command.CaseId, context, ct);
        if (penaltyCase.Version != command.Version)
        {
            throw new ConflictException(ExpectedFailureHandler.StaleVersionDetail);
        }

        var before = penaltyCase.State;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var step = new CaseStep(penaltyCase, context, this, ct);
            await apply(step);

            var after = penaltyCase.State;
            var summary = penaltyCase.History[^1].Summary;
            audit.Append(context.Actor.UserId, trigger.ToChinese(), penaltyCase.Id,
                $"{summary}（{before.ToChinese()} → {after.ToChinese()}）", before.ToString(), after.ToString());
            await IssueDocumentsAsync(trigger, step, ct);
            NextDeadline.Store(db, penaltyCase, context.Clock);

            // The root row is always written, with the version the user saw as the concurrency token: a
            // concurrent step on the same version then affects no row and fails (409), even when this step
            // only added child records.
            var version = db.Entry(penaltyCase).Property(c => c.Version);
            version.OriginalValue = command.Version;
            version.IsModified = true;

            foreach (var linked in step.LinkedCases)
            {
                db.Cases.Add(linked);
                NextDeadline.Store(db, linked, context.Clock);
            }

            await db.SaveChangesAsync(ct);
            if (step.LinkedCases.Count > 0)
            {
                // The linked case's id exists once saved; its registration is audited in the same transaction.
                foreach (var linked in step.LinkedCases)
                {
                    audit.Append(context.Actor.UserId, CaseTrigger.RegisterLead.ToChinese(), linked.Id, linked.History[^1].Summary, null, linked.State.ToString());
                }

                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }

        return await views.BuildAsync(penaltyCase, context, ct);
    }

    private Task IssueDocumentsAsync(CaseTrigger trigger, CaseStep step, CancellationToken ct) =>
        IssuePlannedDocumentsAsync(trigger, step.Case, step.Actor.UserId, step.Numbers, ct);

    /// <summary>
    /// STYLE.md "A use case end to end": the documents of the step (<see cref="CaseDocumentPlan"/>) are
    /// rendered from the case as the step left it and staged in the step's transaction, each with the
    /// number the step allocated, issued by the user who did the step, and each is audited. The demo
    /// seeding (<see cref="DemoCases"/>) calls this too, so a demo case gets the documents a real one does.
    /// </summary>
    public async Task IssuePlannedDocumentsAsync(
        CaseTrigger trigger, PenaltyCase penaltyCase, string issuedBy, IReadOnlyDictionary<DocumentType, string> stepNumbers, CancellationToken ct)
    {
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

            var document = await documents.IssueWithAsync(penaltyCase, planned.Template,
                new IssueOptions(number, planned.Serves, planned.Volume, IssuedBy: issuedBy), ct);
            audit.Append(issuedBy, "制发文书", penaltyCase.Id, DocumentAuditSummary(document), null, document.Sha256);
        }
    }

    public static string DocumentAuditSummary(IssuedDocument document) =>
        $"制发《{document.Title}》{(document.DocumentNumber is { } n ? n : "")}，SHA-256 {document.Sha256}";

    public async Task<PenaltyCase> LoadAsync(long caseId, CaseContext context, CancellationToken ct) =>
        await db.Cases.WithEverything().SingleOrDefaultAsync(c => c.Id == caseId && c.OrganisationId == context.OrganisationId, ct)
            ?? throw new NotFoundException(NotFound);

    public static string RoleRefusal(CaseTrigger trigger) =>
        $"您无权执行“{trigger.ToChinese()}”：该步骤由{string.Join("、", CaseRoleTable.RolesFor(trigger).Select(RoleLabel))}办理。";

    public static string RoleLabel(CaseRole role) => role switch
    {
        CaseRole.Officer => "执法人员",
        CaseRole.LegalReviewer => "法制审核人员",
        CaseRole.Head => "负责人",
        CaseRole.Clerk => "内勤",
        _ => "系统管理员",
    };

    internal async Task<string> NumberAsync(PenaltyCase penaltyCase, DocumentType type, DateOnly issuedOn, CancellationToken ct)
    {
        // The year of the document's date (GB/T 9704: 〔2026〕); the serial is taken in the open transaction.
        var issued = await numbers.AllocateAsync(penaltyCase.OrganisationId, type, issuedOn.Year, penaltyCase.Id, ct);
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
