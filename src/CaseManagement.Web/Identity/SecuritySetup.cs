using System.Security.Claims;
using System.Threading.RateLimiting;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Identity;

/// <summary>
/// The request-level protections: login throttling, revocable sign-in, the security headers of every answer, and
/// the antiforgery check of cookie-authenticated API writes.
/// </summary>
public static class SecuritySetup
{
    public const string LoginRateLimit = "login";

    public const string AntiforgeryHeader = "RequestVerificationToken";

    /// <summary>Self only, no inline script or style, never framed (the pages' scripts and styles are files under wwwroot).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddCaseSecurity(this WebApplicationBuilder builder)
    {
        var throttle = builder.Configuration.GetSection(LoginThrottleOptions.Section).Get<LoginThrottleOptions>() ?? new LoginThrottleOptions();
        builder.Services.AddSingleton(throttle);
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<UnknownUserHash>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every login request (right or wrong) from one address, before the handler runs; GET /login is free.
            options.AddPolicy(LoginRateLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(LoginThrottle.AddressOf(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, throttle.RequestsPerAddressPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                if (AuthSetup.IsApi(context.HttpContext.Request))
                {
                    var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                    await problems.TryWriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context.HttpContext,
                        ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "请求过于频繁", Detail = "登录尝试过于频繁，请稍后再试。" },
                    });
                }
            };
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add<UnknownPageHandlerFilter>());
        builder.Services.Configure<AntiforgeryOptions>(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            // frame-ancestors 'none' and X-Frame-Options: DENY are sent on every answer below.
            options.SuppressXFrameOptionsHeader = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    /// <summary>First in the pipeline: the headers go on every answer, error pages and static files included.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (IsFramedInOwnPages(context.Request.Path))
            {
                // Meant to be framed by this same site's pages: the evidence preview inside the case page, and the
                // document PDFs that "预览" shows in the panel of the case and step pages and "打印" prints from a frame.
                headers.XFrameOptions = "SAMEORIGIN";
                headers.ContentSecurityPolicy = ContentSecurityPolicy
                    .Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal)
                    .Replace("object-src 'none'; ", "", StringComparison.Ordinal); // the browser's PDF viewer
            }
            else
            {
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>
    /// After authentication: every cookie and bearer token is checked against the user's current security stamp
    /// (and lock) on every request, so logout, a password reset, a lock or a role change ends every session and
    /// token of that user at its next request. Then a cookie-authenticated write to <c>/api</c> must carry the
    /// antiforgery token (a bearer token cannot be sent by another site, a cookie can).
    /// </summary>
    public static WebApplication UseSessionChecks(this WebApplication app)
    {
        // A NUL character has no place in any text a user types; refused here (400) before it reaches a binder,
        // a validator, a document or the database, where it would otherwise fail somewhere deep down.
        app.Use(async (context, next) =>
        {
            // The re-executed error page (same request) must still render.
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && await HasNulAsync(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });

        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                if (context.Request.Cookies.ContainsKey(AuthSetup.CookieName))
                {
                    context.Response.Cookies.Delete(AuthSetup.CookieName);
                }
            }

            // Logging in needs no token: it is what a client without a session does (and a stale cookie must not block it).
            if (AuthSetup.IsApi(context.Request) && IsWrite(context.Request.Method)
                && !context.Request.Path.StartsWithSegments("/api/auth/login", StringComparison.OrdinalIgnoreCase)
                && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && context.User.Identity?.IsAuthenticated == true)
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Status = StatusCodes.Status400BadRequest,
                            Title = "缺少防伪令牌",
                            Detail = $"以登录 Cookie 调用接口的写操作须在请求头 {AntiforgeryHeader} 中附带页面的防伪令牌；其他系统请使用 Authorization: Bearer 令牌。",
                        },
                    });
                    return;
                }
            }

            await next(context);
        });
        return app;
    }

    private static async Task<bool> HasNulAsync(HttpRequest request)
    {
        if (request.QueryString.HasValue && request.Query.Any(q => q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
        {
            return true;
        }

        // Only url-encoded forms are read here: a multipart upload is read (and its limits enforced) by its endpoint.
        if (request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                return form.Any(f => f.Key.Contains('\0', StringComparison.Ordinal) || f.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true));
            }
            catch (InvalidDataException)
            {
                // The form reader itself refuses control characters such as NUL: the same bad request.
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }

        return false;
    }

    // /cases/{id}/evidence/{id}/inline; /api/documents/{id}/pdf; /api/documents/case-file/{caseId};
    // /api/cases/{id}/documents/{template}/preview (the draft, as PDF with format=pdf).
    private static bool IsFramedInOwnPages(PathString path)
    {
        var value = path.Value ?? "";
        if (path.StartsWithSegments("/cases", StringComparison.OrdinalIgnoreCase))
        {
            return value.EndsWith("/inline", StringComparison.OrdinalIgnoreCase) && value.Contains("/evidence/", StringComparison.OrdinalIgnoreCase);
        }

        if (path.StartsWithSegments("/api/documents", out var rest))
        {
            return rest.StartsWithSegments("/case-file", StringComparison.OrdinalIgnoreCase)
                || value.EndsWith("/pdf", StringComparison.OrdinalIgnoreCase);
        }

        return path.StartsWithSegments("/api/cases", StringComparison.OrdinalIgnoreCase)
            && value.EndsWith("/preview", StringComparison.OrdinalIgnoreCase)
            && value.Contains("/documents/", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private sealed record Stamp(string? SecurityStamp, DateTimeOffset? LockoutEnd);

    // Compiled once per model: every signed-in request checks its session.
    private static readonly CompiledPerModel<Func<CaseDbContext, string, CancellationToken, Task<Stamp?>>> StampOf = new(() =>
        EF.CompileAsyncQuery((CaseDbContext db, string id, CancellationToken ct) => db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new Stamp(u.SecurityStamp, u.LockoutEnd))
            .SingleOrDefault()));

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var identity = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.User.FindFirstValue(identity.UserIdClaimType);
        var stamp = context.User.FindFirstValue(identity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var db = context.RequestServices.GetRequiredService<CaseDbContext>();
        var current = await StampOf.For(db)(db, userId, context.RequestAborted);
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return current is not null && current.SecurityStamp == stamp && !(current.LockoutEnd > now);
    }
}
