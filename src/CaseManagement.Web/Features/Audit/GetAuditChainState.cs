using CaseManagement.Web.Audit;
using CaseManagement.Web.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Audit;

/// <summary>What the administration page says about the audit chain: recorded gaps, a break met in this process, the last verification.</summary>
public static class GetAuditChainState
{
    public sealed record Query : IRequest<State>;

    public sealed record State(int Gaps, long? FirstGapSequence, AuditChainStatus.Break? LastBreak, AuditVerification? LastVerification, DateTimeOffset? VerifiedAt)
    {
        public bool Broken => Gaps > 0 || LastBreak is not null || LastVerification is { Valid: false };
    }

    internal sealed class Handler(CaseDbContext db, AuditChainStatus status) : IRequestHandler<Query, State>
    {
        public async Task<State> Handle(Query query, CancellationToken cancellationToken)
        {
            var gaps = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditEntry.GapAction).Select(e => e.Sequence).OrderBy(s => s).ToListAsync(cancellationToken);
            var last = status.LastVerification;
            return new State(gaps.Count, gaps.Count == 0 ? null : gaps[0], status.LastBreak, last?.Result, last?.At);
        }
    }
}
