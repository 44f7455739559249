using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Administration;

/// <summary>The administrator's organisation as the settings form edits it (with its current version).</summary>
public static class GetOrganisationSettings
{
    public sealed record Query : IRequest<UpdateOrganisationSettings.Command>;

    internal sealed class Handler(CaseDbContext db, ICurrentUser administrator) : IRequestHandler<Query, UpdateOrganisationSettings.Command>
    {
        public async Task<UpdateOrganisationSettings.Command> Handle(Query query, CancellationToken ct)
        {
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == administrator.OrganisationId, ct)
                ?? throw new NotFoundException("当前账号未关联执法机关。");
            return UpdateOrganisationSettings.Command.From(organisation);
        }
    }
}
