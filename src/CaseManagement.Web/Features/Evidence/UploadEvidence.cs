using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Evidence;

/// <summary>
/// 上传证据: registers an evidence item of 行政处罚法第四十六条 with its file. The file is stored first
/// (content-addressed, verified by SHA-256), then the evidence row and its file row are saved in one
/// transaction, so a crash leaves at most an unreferenced file, never a row without its file.
/// </summary>
public static class UploadEvidence
{
    public sealed class Command : IRequest<Uploaded>
    {
        public long CaseId { get; init; }

        public Guid Version { get; init; }

        public EvidenceKind? Kind { get; init; }

        public string? Title { get; init; }

        public DateOnly? CollectedOn { get; init; }

        public string? Place { get; init; }

        public IReadOnlyList<string>? Officers { get; init; }

        /// <summary>The uploaded bytes; never buffered here beyond what the form reader did.</summary>
        public required Func<Stream> OpenFile { get; init; }

        /// <summary>The client's file name: display text only.</summary>
        public string? FileName { get; init; }

        /// <summary>Chosen by the client per file; the same id again (a retry) answers with the item already registered.</summary>
        public Guid? UploadId { get; init; }
    }

    public sealed record Uploaded(int Number, string Sha256, string FileName, string ContentType, long Length, CaseView Case);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            Func<DateOnly> today = time.TodayInChina;
            RuleFor(c => c.Version).NotEmpty().WithMessage("缺少案件版本号 version，请刷新后重试");
            RuleFor(c => c.Kind).Choice("证据种类");
            RuleFor(c => c.Title).Line("证据名称", 300);
            RuleFor(c => c.CollectedOn).PastDay("取证日期", today);
            RuleFor(c => c.Place).Line("取证地点", 300);
            RuleFor(c => c.Officers).OfficerList();
        }
    }

    internal sealed class Handler(
        CaseDbContext db, CaseContextFactory contexts, CaseStepRunner runner, EvidenceFileStore store, TimeProvider time, CaseViewBuilder views)
        : IRequestHandler<Command, Uploaded>
    {
        public async Task<Uploaded> Handle(Command command, CancellationToken ct)
        {
            // Refuse before any byte is stored when the user may not add evidence to this case.
            var context = await contexts.CreateAsync(ct);
            if (!CaseRoleTable.MayFire(context.Actor, CaseTrigger.AddEvidence))
            {
                throw new RoleForbiddenException(CaseRoleTable.Refusal(CaseTrigger.AddEvidence));
            }

            if (!await db.Cases.AnyAsync(c => c.Id == command.CaseId && c.OrganisationId == context.OrganisationId, ct))
            {
                throw new NotFoundException(CaseLoading.NotFound);
            }

            // A retried upload (the answer was lost on a dropped connection) is answered with what was registered
            // the first time, before the version is checked: that first upload has already moved the version on.
            if (command.UploadId is { } uploadId && uploadId != Guid.Empty
                && await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.CaseId == command.CaseId && f.UploadId == uploadId, ct) is { } earlier)
            {
                var penaltyCase = await db.LoadCaseAsync(command.CaseId, context, ct);
                return new Uploaded(earlier.EvidenceNumber, earlier.Sha256, earlier.FileName, earlier.ContentType, earlier.Length,
                    await views.BuildAsync(penaltyCase, context, ct));
            }

            // Fewer than two officers is refused as the AddEvidence step refuses it (409, two-certified-officers),
            // but before the bytes are stored; the domain checks the rest (certified, of this case) in the step.
            if (command.Officers!.Select(o => o.Trim()).Distinct().Count() < 2)
            {
                throw new DomainRuleException($"不能执行“{CaseTrigger.AddEvidence.ToChinese()}”：{CaseGuards.TwoCertifiedOfficers}。",
                    CaseGuards.CodeOf(CaseGuards.TwoCertifiedOfficers));
            }

            StoredFile stored;
            await using (var content = command.OpenFile())
            {
                stored = await store.SaveAsync(content, command.FileName, ct);
            }

            var step = new AddEvidence.Command { CaseId = command.CaseId, Version = command.Version };
            var number = 0;
            CaseView view;
            try
            {
                view = await RunStepAsync(command, step, stored, n => number = n, ct);
            }
            catch
            {
                // Refused after the file was stored (stale version, closed case, a rule, any 4xx) or failed: the file
                // goes unless an earlier upload of the same bytes references it (the store is content-addressed).
                if (!await db.EvidenceFiles.AsNoTracking().AnyAsync(f => f.Sha256 == stored.Sha256, CancellationToken.None))
                {
                    store.Delete(stored.Sha256);
                }

                throw;
            }

            return new Uploaded(number, stored.Sha256, FileName(stored), stored.ContentType, stored.Length, view);
        }

        private Task<CaseView> RunStepAsync(Command command, AddEvidence.Command step, StoredFile stored, Action<int> numbered, CancellationToken ct) =>
            runner.RunAsync(step, CaseTrigger.AddEvidence, async s =>
            {
                var officers = await s.UserIdsAsync(command.Officers!, nameof(Command.Officers));
                s.Case.AddEvidence(s.Actor, s.Clock, new EvidenceData(
                    command.Kind!.Value, command.Title!.Trim(), command.CollectedOn!.Value, command.Place!.Trim(), officers, stored.Sha256));
                var number = s.Case.Evidence[^1].Number;
                numbered(number);
                db.Add(new EvidenceFile(
                    command.CaseId, number, stored.Sha256, FileName(stored), stored.ContentType, stored.Length,
                    time.GetUtcNow().UtcDateTime, s.Actor.UserId, command.UploadId is { } id && id != Guid.Empty ? id : null));
            }, ct);

        private static string FileName(StoredFile stored) =>
            stored.DisplayName.EndsWith(stored.Extension, StringComparison.OrdinalIgnoreCase)
                ? stored.DisplayName
                : stored.DisplayName + stored.Extension;
    }
}
