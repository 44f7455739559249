using CaseManagement.Web.Audit;
using MediatR;

namespace CaseManagement.Web.Features.Audit;

/// <summary>Recomputes the hash chain of the audit log: any row edited or deleted behind the app's back breaks it.</summary>
public static class VerifyAuditChain
{
    public sealed record Query : IRequest<AuditVerification>;

    internal sealed class Handler(AuditLog audit) : IRequestHandler<Query, AuditVerification>
    {
        public Task<AuditVerification> Handle(Query query, CancellationToken cancellationToken) => audit.VerifyAsync(cancellationToken);
    }
}
