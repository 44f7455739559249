using System.Globalization;
using System.Security.Claims;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// The logged-in user as handlers see it: the one seam between a use case and HTTP authentication.
/// Inject it into a handler; never read HttpContext.User there. Every endpoint except the anonymous
/// ones requires login (the fallback policy), so inside a case handler the user is always authenticated.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The AppUser id (what AuditLog.Append and case records store). Throws when nobody is logged in.</summary>
    string UserId { get; }

    /// <summary>The login name (zhangsan).</summary>
    string UserName { get; }

    /// <summary>The name printed on records and documents (张三).</summary>
    string DisplayName { get; }

    int? OrganisationId { get; }

    /// <summary>Role names as spelt in <see cref="Roles"/>.</summary>
    IReadOnlyList<string> Roles { get; }

    bool IsInRole(string role);
}

/// <summary>Claim types the app adds to Identity's (id, name, roles, security stamp).</summary>
public static class AppClaimTypes
{
    public const string DisplayName = "cm:display_name";
    public const string OrganisationId = "cm:organisation_id";
}

/// <summary><see cref="ICurrentUser"/> read from the request's principal (cookie or bearer token alike).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public string UserId => IsAuthenticated
        ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The authenticated principal has no user id claim.")
        : throw new InvalidOperationException("No user is logged in; an endpoint reaching a handler that needs the user must require authorization.");

    public string UserName => Principal.FindFirstValue(ClaimTypes.Name) ?? "";

    public string DisplayName => Principal.FindFirstValue(AppClaimTypes.DisplayName) ?? UserName;

    public int? OrganisationId =>
        int.TryParse(Principal.FindFirstValue(AppClaimTypes.OrganisationId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public IReadOnlyList<string> Roles => Principal.FindAll(ClaimTypes.Role).Select(claim => claim.Value).Distinct().ToList();

    public bool IsInRole(string role) => Principal.IsInRole(role);
}

/// <summary>Adds the display name and organisation to Identity's claims, so neither needs a database read per request.</summary>
internal sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.OrganisationId, organisationId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
