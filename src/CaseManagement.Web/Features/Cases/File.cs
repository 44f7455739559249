using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 立案审批 by the head: the 立案号 is allocated here and the investigating officers are taken with the
/// enforcement certificates on record (never from the client; 行政处罚法第四十二条).
/// </summary>
public static class File
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "立案日期")]
        public DateOnly? FiledOn { get; init; }

        /// <summary>User names (or ids) of the investigating officers, at least two.</summary>
        [Display(Name = "执法人员（至少两名，持有效执法证件）")]
        public IReadOnlyList<string>? Officers { get; init; }

        /// <summary>负责人审批意见 (立案审批表).</summary>
        [Display(Name = "审批意见")]
        public string? Opinion { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.FiledOn).PastDay(Today);
            RuleFor(c => c.Officers).OfficerList();
            RuleFor(c => c.Opinion).OptionalText("审批意见", 2000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner, CaseDbContext db) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.File, async step =>
            {
                var officers = await OfficersAsync(db, command.Officers!, step.Context.OrganisationId, ct);
                var number = await step.NumberAsync(DocumentType.Filing, command.FiledOn!.Value);
                step.Case.File(step.Actor, step.Clock, new FilingData(command.FiledOn.Value, number, officers)
                {
                    Opinion = command.Opinion?.Trim() is { Length: > 0 } opinion ? opinion : null,
                });
            }, ct);

        /// <summary>The named users of the organisation with their registered certificates (also for 变更执法人员).</summary>
        internal static async Task<IReadOnlyList<CaseOfficer>> OfficersAsync(CaseDbContext db, IReadOnlyList<string> requested, int organisationId, CancellationToken ct)
        {
            var tokens = requested.Select(t => t.Trim()).Distinct().ToList();
            var found = await (
                from user in db.Users.AsNoTracking()
                where user.OrganisationId == organisationId && (tokens.Contains(user.UserName!) || tokens.Contains(user.Id))
                join profile in db.OfficerProfiles.AsNoTracking() on user.Id equals profile.UserId into profiles
                from profile in profiles.DefaultIfEmpty()
                select new { user.Id, user.UserName, user.DisplayName, Profile = profile }).ToListAsync(ct);

            var failures = new List<ValidationFailure>();
            var officers = new List<CaseOfficer>();
            foreach (var token in tokens)
            {
                var match = found.FirstOrDefault(f => f.UserName == token || f.Id == token);
                if (match is null)
                {
                    failures.Add(new ValidationFailure(nameof(Command.Officers), $"用户“{token}”不存在或不属于本执法机关"));
                    continue;
                }

                // The certificate as registered for the officer; the domain checks it is valid on the filing day.
                var profile = match.Profile;
                officers.Add(new CaseOfficer(match.Id, match.DisplayName, profile?.CertificateNumber ?? "",
                    profile?.CertificateValidFrom ?? DateOnly.MinValue, profile?.CertificateValidTo ?? DateOnly.MaxValue));
            }

            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            return officers.DistinctBy(o => o.UserId).ToList();
        }
    }
}
