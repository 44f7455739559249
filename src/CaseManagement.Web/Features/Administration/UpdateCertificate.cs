using System.Globalization;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Administration;

/// <summary>
/// Records a user's enforcement certificate (行政处罚法第四十二条：执法人员应当具有行政执法资格) and, for legal
/// reviewers, the legal professional qualification (行政处罚法第五十八条第二款：初次从事法制审核的人员应当取得法律职业资格).
/// </summary>
public static class UpdateCertificate
{
    public const string AuditAction = "修改执法证件";

    public sealed record Command : IRequest<Unit>
    {
        public string UserId { get; init; } = "";

        public string? CertificateNumber { get; init; }

        public DateOnly? ValidFrom { get; init; }

        public DateOnly? ValidTo { get; init; }

        public bool HasLegalQualification { get; init; }

        /// <summary>从事法制审核起始日期: before 2021-07-15 the reviewer is not first-time (行政处罚法第五十八条第二款).</summary>
        public DateOnly? LegalReviewSince { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.CertificateNumber).MaximumLength(50).WithMessage("证件号不能超过50个字符");
            RuleFor(c => c.CertificateNumber).NotEmpty().When(c => c.ValidFrom is not null || c.ValidTo is not null)
                .WithMessage("填写有效期时须填写执法证件号");
            RuleFor(c => c.ValidTo).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidFrom is not null && c.ValidTo is not null)
                .WithMessage("有效期截止日不能早于起始日");
            RuleFor(c => c.LegalReviewSince).Must(d => d <= time.TodayInChina()).When(c => c.LegalReviewSince is not null)
                .WithMessage("从事法制审核起始日期不能晚于今天");
        }
    }

    internal sealed class Handler(UserManager<AppUser> users, CaseDbContext db, AuditLog audit, ICurrentUser administrator)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var user = await UserAdministration.FindAsync(users, administrator, command.UserId);
            var profile = await db.OfficerProfiles.SingleOrDefaultAsync(p => p.UserId == user.Id, ct);
            var before = profile is null ? "无" : Describe(profile);
            if (profile is null)
            {
                profile = new OfficerProfile(user.Id, command.CertificateNumber, command.ValidFrom, command.ValidTo, command.HasLegalQualification);
                profile.SetLegalReviewSince(command.LegalReviewSince);
                db.OfficerProfiles.Add(profile);
            }
            else
            {
                profile.UpdateCertificate(command.CertificateNumber, command.ValidFrom, command.ValidTo);
                profile.SetLegalQualification(command.HasLegalQualification);
                profile.SetLegalReviewSince(command.LegalReviewSince);
            }

            audit.Append(administrator.UserId, AuditAction, caseId: null,
                $"{administrator.DisplayName}修改{UserAdministration.Who(user)}的执法证件", before, Describe(profile));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }

        private static string Describe(OfficerProfile profile) => string.Create(CultureInfo.InvariantCulture,
            $"证件号：{profile.CertificateNumber ?? "无"}；有效期：{profile.CertificateValidFrom:yyyy-MM-dd}至{profile.CertificateValidTo:yyyy-MM-dd}；法律职业资格：{(profile.HasLegalQualification ? "有" : "无")}；从事法制审核起始日期：{(profile.LegalReviewSince is { } since ? since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "未登记")}");
    }
}
