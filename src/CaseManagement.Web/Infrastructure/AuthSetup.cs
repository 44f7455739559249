using System.Security.Claims;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Infrastructure;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>How long a bearer token, and an idle browser session, stays valid (<c>Auth:TokenLifetime</c>, e.g. "08:00:00").</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>
/// Authentication: Identity's cookie for the browser and an opaque bearer token (a data-protected
/// ticket, ASP.NET Core's bearer token handler) for other systems. A policy scheme picks Bearer when the
/// request carries <c>Authorization: Bearer …</c>, else the cookie. <c>/api/*</c> never redirects: it
/// answers 401/403 problem details in Chinese; other paths redirect to <c>/login</c>.
/// </summary>
public static class AuthSetup
{
    /// <summary>The default scheme: forwards to the bearer or the cookie scheme.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public const string CookieName = "CaseManagement.Auth";

    public const string LoginPath = "/login";

    public const string AccessDeniedPath = "/access-denied";

    /// <summary>Call after <c>AddCasePersistence</c> (which adds Identity).</summary>
    public static WebApplicationBuilder AddCaseAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        var lifetime = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>()?.TokenLifetime ?? new AuthOptions().TokenLifetime;

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<AppUser>, AppClaimsPrincipalFactory>());
        services.AddScoped<BearerTokenIssuer>();

        // AddIdentity made its cookie the default; the policy scheme takes that place for every operation.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearerScheme;
                options.DefaultAuthenticateScheme = CookieOrBearerScheme;
                options.DefaultChallengeScheme = CookieOrBearerScheme;
                options.DefaultForbidScheme = CookieOrBearerScheme;
            })
            .AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context => HasBearerToken(context.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = lifetime);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = lifetime;
            options.SlidingExpiration = true;
            options.LoginPath = LoginPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized)
                : Redirect(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden)
                : Redirect(context);
        });

        Policies.Add(services.AddAuthorizationBuilder());
        return builder;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    // Title and detail come from ProblemDetailsSetup's Chinese texts for the status.
    private static async Task WriteProblemAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = status } });
    }
}

/// <summary>A bearer token for a user, as accepted by the bearer scheme of <see cref="AuthSetup"/>.</summary>
public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues bearer tokens: the user's claims principal (the same claims as the cookie) in an
/// authentication ticket protected by the bearer handler's own protector, so the handler reads it back
/// and rejects it after <see cref="AuthOptions.TokenLifetime"/>. Tokens are opaque, signed and encrypted by
/// ASP.NET Core data protection; they cannot be revoked before they expire (logout ends only the cookie).
/// </summary>
public sealed class BearerTokenIssuer(IOptionsMonitor<BearerTokenOptions> bearerOptions, IOptions<AuthOptions> options, TimeProvider clock)
{
    public IssuedToken Issue(ClaimsPrincipal principal)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + options.Value.TokenLifetime;
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expiresAt };
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme);
        var token = bearerOptions.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Protect(ticket);
        return new IssuedToken(token, expiresAt);
    }
}
