using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Administration;

/// <summary>Creates a user of the administrator's organisation with an initial password and roles.</summary>
public static class CreateUser
{
    public const string AuditAction = "新建用户";

    /// <summary>A class, not a record: a record's ToString would print the password into logs.</summary>
    public sealed class Command : IRequest<string>
    {
        public string DisplayName { get; init; } = "";

        public string UserName { get; init; } = "";

        public string Password { get; init; } = "";

        /// <summary>An array: form binding fills arrays (check boxes), not read-only list interfaces.</summary>
        public string[] Roles { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).DisplayName();
            RuleFor(c => c.UserName).UserName();
            RuleFor(c => c.Password).StrongPassword();
            RuleFor(c => c.Roles).KnownRoles();
        }
    }

    /// <summary>Returns the new user's id.</summary>
    internal sealed class Handler(UserManager<AppUser> users, CaseDbContext db, AuditLog audit, ICurrentUser administrator)
        : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command command, CancellationToken ct)
        {
            if (command.Roles.Contains(Roles.InstallationAdministrator) && !administrator.IsInRole(Roles.InstallationAdministrator))
            {
                throw new ForbiddenException("只有安装管理员可以授予安装管理员角色。");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = new AppUser(command.UserName.Trim(), command.DisplayName.Trim(), administrator.OrganisationId);
            UserAdministration.ThrowIfFailed(await users.CreateAsync(user, command.Password), nameof(Command.Password));
            UserAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, command.Roles.Distinct()), nameof(Command.Roles));
            audit.Append(administrator.UserId, AuditAction, caseId: null,
                $"{administrator.DisplayName}新建用户{UserAdministration.Who(user)}，角色：{UserAdministration.RoleNames(command.Roles)}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return user.Id;
        }
    }
}
