using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Administration;

/// <summary>One user of the administrator's organisation with roles, lock state, enforcement certificate and training.</summary>
public static class GetUser
{
    public sealed record Query(string UserId) : IRequest<Details>;

    public sealed record Training(DateOnly Date, string Title, decimal Hours);

    public sealed record Details(
        string Id,
        string UserName,
        string DisplayName,
        IReadOnlyList<string> Roles,
        bool LockedOut,
        DateTimeOffset? LockedUntil,
        string? CertificateNumber,
        DateOnly? CertificateValidFrom,
        DateOnly? CertificateValidTo,
        bool HasLegalQualification,
        IReadOnlyList<Training> Trainings)
    {
        /// <summary>从事法制审核起始日期 (行政处罚法第五十八条第二款: before 2021-07-15 the reviewer is not first-time).</summary>
        public DateOnly? LegalReviewSince { get; init; }
    }

    internal sealed class Handler(CaseDbContext db, UserManager<AppUser> users, ICurrentUser currentUser, TimeProvider clock)
        : IRequestHandler<Query, Details>
    {
        public async Task<Details> Handle(Query query, CancellationToken ct)
        {
            var user = await UserAdministration.FindAsync(users, currentUser, query.UserId);
            var roles = await users.GetRolesAsync(user);
            var profile = await db.OfficerProfiles.AsNoTracking().Include(p => p.Trainings).SingleOrDefaultAsync(p => p.UserId == user.Id, ct);
            var lockedUntil = user.LockoutEnd;
            return new Details(
                user.Id,
                user.UserName ?? "",
                user.DisplayName,
                [.. Roles.All.Where(roles.Contains)],
                lockedUntil > clock.GetUtcNow(),
                lockedUntil,
                profile?.CertificateNumber,
                profile?.CertificateValidFrom,
                profile?.CertificateValidTo,
                profile?.HasLegalQualification ?? false,
                [.. (profile?.Trainings ?? []).OrderByDescending(t => t.Date).Select(t => new Training(t.Date, t.Title, t.Hours))])
            {
                LegalReviewSince = profile?.LegalReviewSince,
            };
        }
    }
}
