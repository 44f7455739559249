using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Accounts;

/// <summary>
/// Ends every session and bearer token of the user: a new security stamp fails the check every request makes
/// (SecuritySetup.UseSessionChecks), and the cookie of this browser is cleared.
/// </summary>
public static class Logout
{
    public const string AuditAction = "退出登录";

    public sealed record Command : IRequest<Unit>;

    internal sealed class Handler(SignInManager<AppUser> signIn, UserManager<AppUser> users, ICurrentUser user, AuditLog audit, CaseDbContext db)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await signIn.SignOutAsync();
            if (await users.FindByIdAsync(user.UserId) is { } account)
            {
                await users.UpdateSecurityStampAsync(account);
            }

            audit.Append(user.UserId, AuditAction, caseId: null, $"{user.DisplayName}（{user.UserName}）退出登录");
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
