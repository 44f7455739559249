using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Administration;

/// <summary>Locks a user out until unlocked (e.g. someone who left), or lifts a lock (also the automatic one after wrong passwords).</summary>
public static class SetUserLock
{
    public const string LockAuditAction = "锁定用户";
    public const string UnlockAuditAction = "解锁用户";

    /// <summary>An administrator's lock has no natural end; Identity needs a date, so it is this far away.</summary>
    public static readonly DateTimeOffset LockedIndefinitely = new(9999, 12, 30, 0, 0, 0, TimeSpan.Zero);

    public sealed record Command(string UserId, bool Locked) : IRequest<Unit>;

    internal sealed class Handler(UserManager<AppUser> users, CaseDbContext db, AuditLog audit, ICurrentUser administrator)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var user = await UserAdministration.FindAsync(users, administrator, command.UserId);
            if (command.Locked && user.Id == administrator.UserId)
            {
                throw new ConflictException("不能锁定自己的账号。");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (command.Locked)
            {
                UserAdministration.ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true), "");
                UserAdministration.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, LockedIndefinitely), "");
                // Ends the open sessions of the locked user at their next security-stamp check.
                UserAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "");
            }
            else
            {
                UserAdministration.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "");
                UserAdministration.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "");
            }

            audit.Append(administrator.UserId, command.Locked ? LockAuditAction : UnlockAuditAction, caseId: null,
                $"{administrator.DisplayName}{(command.Locked ? "锁定" : "解锁")}{UserAdministration.Who(user)}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Unit.Value;
        }
    }
}
