using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Administration;

/// <summary>Replaces a user's roles. The new roles take effect at the user's next login (or security-stamp check).</summary>
public static class UpdateUserRoles
{
    public const string AuditAction = "修改用户角色";

    public sealed record Command : IRequest<Unit>
    {
        public string UserId { get; init; } = "";

        /// <summary>An array: form binding fills arrays (check boxes), not read-only list interfaces.</summary>
        public string[] Roles { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Roles).KnownRoles();
    }

    internal sealed class Handler(UserManager<AppUser> users, CaseDbContext db, AuditLog audit, ICurrentUser administrator)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var user = await UserAdministration.FindAsync(users, administrator, command.UserId);
            var wanted = command.Roles.Distinct().ToList();
            if (user.Id == administrator.UserId && !wanted.Contains(Roles.Administrator))
            {
                throw new ConflictException("不能取消自己的系统管理员角色，以免无人管理系统。");
            }

            var current = await users.GetRolesAsync(user);
            // Only an installation administrator grants or takes away that role (else an organisation's administrator
            // could make himself one and change the shared holiday calendar).
            if (current.Contains(Roles.InstallationAdministrator) != wanted.Contains(Roles.InstallationAdministrator)
                && !administrator.IsInRole(Roles.InstallationAdministrator))
            {
                throw new ForbiddenException("只有安装管理员可以授予或取消安装管理员角色。");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            UserAdministration.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(wanted)), nameof(Command.Roles));
            UserAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, wanted.Except(current)), nameof(Command.Roles));
            // A new stamp makes the cookie of an open session re-validate and pick up the new roles.
            UserAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), nameof(Command.Roles));
            audit.Append(administrator.UserId, AuditAction, caseId: null,
                $"{administrator.DisplayName}修改{UserAdministration.Who(user)}的角色",
                before: UserAdministration.RoleNames(current), after: UserAdministration.RoleNames(wanted));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
