using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Administration;

/// <summary>The users of the administrator's organisation, by user name, a page at a time (keyset paging).</summary>
public static class ListUsers
{
    public const int DefaultPageSize = 20;

    /// <param name="After">The last user name of the previous page; null for the first page.</param>
    public sealed record Query(string? After = null, int PageSize = DefaultPageSize) : IRequest<Result>;

    public sealed record Item(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, string? CertificateNumber, DateOnly? CertificateValidTo);

    /// <param name="NextAfter">Pass as <see cref="Query.After"/> for the next page; null on the last page.</param>
    public sealed record Result(IReadOnlyList<Item> Items, int Total, string? NextAfter);

    internal sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var size = Math.Clamp(query.PageSize, 1, 100);
            var organisationId = user.OrganisationId;
            var users = db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId);
            var total = await users.CountAsync(ct);
            var after = query.After;
            var rows = await users
                .Where(u => after == null || string.Compare(u.UserName, after) > 0)
                .OrderBy(u => u.UserName)
                .Take(size + 1)
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    u.DisplayName,
                    u.LockoutEnd,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                    Profile = db.OfficerProfiles.Where(p => p.UserId == u.Id).Select(p => new { p.CertificateNumber, p.CertificateValidTo }).FirstOrDefault(),
                })
                .ToListAsync(ct);

            // LockoutEnd is compared here: SQLite cannot compare DateTimeOffset values in SQL.
            var now = clock.GetUtcNow();
            var items = rows.Take(size).Select(r => new Item(
                r.Id,
                r.UserName ?? "",
                r.DisplayName,
                [.. Roles.All.Where(r.Roles.Contains)],
                r.LockoutEnd > now,
                r.Profile?.CertificateNumber,
                r.Profile?.CertificateValidTo)).ToList();
            return new Result(items, total, rows.Count > size ? items[^1].UserName : null);
        }
    }
}
