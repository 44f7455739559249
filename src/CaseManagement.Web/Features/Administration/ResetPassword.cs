using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Administration;

/// <summary>Sets a new password for a user who forgot theirs; the administrator hands it over in person.</summary>
public static class ResetPassword
{
    public const string AuditAction = "重置密码";

    /// <summary>A class, not a record: a record's ToString would print the password into logs.</summary>
    public sealed class Command : IRequest<Unit>
    {
        public string UserId { get; init; } = "";

        public string NewPassword { get; init; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.NewPassword).StrongPassword();
    }

    internal sealed class Handler(UserManager<AppUser> users, CaseDbContext db, AuditLog audit, ICurrentUser administrator)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var user = await UserAdministration.FindAsync(users, administrator, command.UserId);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            UserAdministration.ThrowIfFailed(await users.ResetPasswordAsync(user, token, command.NewPassword), nameof(Command.NewPassword));
            audit.Append(administrator.UserId, AuditAction, caseId: null, $"{administrator.DisplayName}重置{UserAdministration.Who(user)}的密码");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
