using CaseManagement.Web.Infrastructure;
using MediatR;

namespace CaseManagement.Web.Features.Accounts;

/// <summary>The logged-in user as the request's cookie or token identifies them.</summary>
public static class WhoAmI
{
    public sealed record Query : IRequest<Account>;

    public sealed record Account(string Id, string UserName, string DisplayName, int? OrganisationId, IReadOnlyList<string> Roles);

    internal sealed class Handler(ICurrentUser user) : IRequestHandler<Query, Account>
    {
        public Task<Account> Handle(Query query, CancellationToken cancellationToken) =>
            Task.FromResult(new Account(user.UserId, user.UserName, user.DisplayName, user.OrganisationId, user.Roles.Order(StringComparer.Ordinal).ToList()));
    }
}
