using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Shared;

/// <summary>What the layout's top bar shows: the user's organisation, name and roles, and the menu they may use.</summary>
public static class Shell
{
    public const string SystemName = "生态环境行政处罚案件管理系统";

    public sealed record Query : IRequest<View>;

    public sealed record View(string OrganisationName, string DisplayName, string UserName, IReadOnlyList<string> RoleNames, IReadOnlyList<NavItem> Menu);

    internal sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken ct)
        {
            var organisationName = user.OrganisationId is { } id
                ? await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(ct)
                : null;
            var roles = user.Roles;
            return new View(
                organisationName ?? "",
                user.DisplayName,
                user.UserName,
                [.. Roles.All.Where(roles.Contains).Select(Roles.DisplayName)],
                [.. Navigation.Items.Where(item => item.VisibleTo(roles))]);
        }
    }
}
