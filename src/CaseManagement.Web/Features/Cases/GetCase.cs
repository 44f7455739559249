using CaseManagement.Domain.Cases;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Persistence;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>The case with its deadlines for today and the triggers the current user may fire now.</summary>
public static class GetCase
{
    public sealed record Query(long Id) : IRequest<CaseView>;

    internal sealed class Handler(CaseDbContext db, CaseContextFactory contexts, AuditLog audit, CaseViewBuilder views)
        : IRequestHandler<Query, CaseView>
    {
        public async Task<CaseView> Handle(Query query, CancellationToken ct)
        {
            var context = await contexts.CreateAsync(ct);
            var penaltyCase = await db.LoadCaseAsync(query.Id, context, ct);
            if (penaltyCase.State == CaseState.Archived)
            {
                // DECISIONS.md §4: an archived file is read-only and every read of it is logged.
                audit.Append(context.Actor.UserId, "查阅已归档案件", penaltyCase.Id, $"查阅已归档案件{penaltyCase.CaseNumber}");
                await db.SaveChangesAsync(ct);
            }

            return await views.BuildAsync(penaltyCase, context, ct);
        }
    }
}
