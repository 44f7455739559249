using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Accounts;

/// <summary>Ends the browser session (the cookie). A bearer token stays valid until it expires: it is not stored anywhere to revoke.</summary>
public static class Logout
{
    public const string AuditAction = "退出登录";

    public sealed record Command : IRequest<Unit>;

    internal sealed class Handler(SignInManager<AppUser> signIn, ICurrentUser user, AuditLog audit, CaseDbContext db)
        : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await signIn.SignOutAsync();
            audit.Append(user.UserId, AuditAction, caseId: null, $"{user.DisplayName}（{user.UserName}）退出登录");
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
