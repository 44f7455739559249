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

/// <summary>Records a training an officer attended (执法人员应当参加法律知识和业务培训，行政执法证件管理以此为条件).</summary>
public static class AddTraining
{
    public const string AuditAction = "登记培训";

    public sealed record Command : IRequest<Unit>
    {
        public string UserId { get; init; } = "";

        public DateOnly? Date { get; init; }

        public string Title { get; init; } = "";

        public decimal? Hours { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull().WithMessage("请填写培训日期");
            RuleFor(c => c.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写培训名称")
                .MaximumLength(200).WithMessage("培训名称不能超过200个字");
            RuleFor(c => c.Hours).NotNull().WithMessage("请填写学时")
                .GreaterThan(0).WithMessage("学时须大于零")
                .LessThanOrEqualTo(999.9m).WithMessage("学时不能超过999.9")
                .Must(h => h is null || decimal.Round(h.Value, 1) == h.Value).WithMessage("学时至多一位小数");
        }
    }

    internal sealed class Handler(UserManager<AppUser> users, CaseDbContext db, AuditLog audit, ICurrentUser administrator, TimeProvider clock)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var user = await UserAdministration.FindAsync(users, administrator, command.UserId);
            var today = clock.TodayInChina();
            if (command.Date > today)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Date), "培训日期不能晚于今天")]);
            }

            var profile = await db.OfficerProfiles.Include(p => p.Trainings).SingleOrDefaultAsync(p => p.UserId == user.Id, ct);
            if (profile is null)
            {
                profile = new OfficerProfile(user.Id, null, null, null, false);
                db.OfficerProfiles.Add(profile);
            }

            var record = profile.AddTraining(command.Date!.Value, command.Title, command.Hours!.Value);
            audit.Append(administrator.UserId, AuditAction, caseId: null, string.Create(CultureInfo.InvariantCulture,
                $"{administrator.DisplayName}为{UserAdministration.Who(user)}登记培训：{record.Date:yyyy-MM-dd}《{record.Title}》{record.Hours}学时"));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
