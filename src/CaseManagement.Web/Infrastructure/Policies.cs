using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// The authorization policies, the one place they are named. Every endpoint must choose one
/// (<c>.RequireAuthorization(Policies.CaseWorker)</c>) or say <c>.AllowAnonymous()</c>; a test fails on an
/// endpoint that does neither. Finer rules (which trigger a role may fire) are the handler's and the domain's.
/// </summary>
public static class Policies
{
    /// <summary>Any logged-in user (also the fallback for an endpoint that names no policy).</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>系统管理员 only: users, settings, holiday calendar, audit verification.</summary>
    public const string Administrator = "Administrator";

    /// <summary>文书模板: the administrator or the legal reviewer (法制审核), who keeps the documents lawful.</summary>
    public const string TemplateManager = "TemplateManager";

    /// <summary>Whoever works on cases: 执法人员, 法制审核, 负责人, 内勤 (not the administrator, who runs the system).</summary>
    public const string CaseWorker = "CaseWorker";

    public static readonly IReadOnlyList<string> CaseWorkerRoles = [Roles.Officer, Roles.LegalReviewer, Roles.Head, Roles.Clerk];

    internal static void Add(AuthorizationBuilder authorization)
    {
        var authenticated = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        authorization
            .AddPolicy(Authenticated, authenticated)
            .AddPolicy(Administrator, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            .AddPolicy(TemplateManager, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.LegalReviewer))
            .AddPolicy(CaseWorker, policy => policy.RequireAuthenticatedUser().RequireRole(CaseWorkerRoles))
            .SetDefaultPolicy(authenticated)
            // Nothing is open by accident: an app endpoint without authorization metadata requires login.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new LoginRequiredForAppEndpoints()).Build());
    }
}

/// <summary>
/// The fallback requirement: login, except where no endpoint of ours answers. The authorization
/// middleware applies the fallback policy even when routing found nothing (or only the router's
/// "405 method not allowed" endpoint, which is not a <see cref="RouteEndpoint"/>); those requests hand
/// nothing out and deserve their 404/405 rather than 401. Content served by middleware without an
/// endpoint is therefore NOT protected by the fallback: such middleware must check the user itself.
/// </summary>
internal sealed class LoginRequiredForAppEndpoints : AuthorizationHandler<LoginRequiredForAppEndpoints>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LoginRequiredForAppEndpoints requirement)
    {
        var servesAppEndpoint = context.Resource is not HttpContext http || http.GetEndpoint() is RouteEndpoint;
        if (context.User.Identity?.IsAuthenticated == true || !servesAppEndpoint)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
