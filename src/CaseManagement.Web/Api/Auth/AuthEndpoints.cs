using CaseManagement.Web.Features.Accounts;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Api.Auth;

public sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt, IReadOnlyList<string> Roles);

/// <summary>
/// <c>POST /api/auth/login</c> (anonymous), <c>POST /api/auth/logout</c>, <c>GET /api/auth/me</c> (DECISIONS.md §8).
/// A refused login is 401 whether the account is unknown, the password wrong or the account locked;
/// only the Chinese detail differs, and a locked account's answer also carries <c>lockedUntil</c>.
/// 401 (not 423) keeps the contract's status set: a client needs no new case to send the user back to the form.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");

        auth.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .RequireRateLimiting(Identity.SecuritySetup.LoginRateLimit)
            .WithName("Login")
            .WithSummary("登录：返回访问令牌并设置登录 Cookie")
            .WithDescription("令牌用于 Authorization: Bearer 请求头。同一地址对同一账户连续 5 次、同一地址共 20 次登录失败后，该地址须等待 15 分钟（返回 429）；账户本身不被锁定。")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/logout", LogoutAsync)
            .RequireAuthorization(Policies.Authenticated)
            .WithName("Logout")
            .WithSummary("退出登录：结束该用户的全部会话和令牌");

        auth.MapGet("/me", MeAsync)
            .RequireAuthorization(Policies.Authenticated)
            .WithName("Me")
            .WithSummary("当前登录用户");

        return app;
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(Login.Command command, IMediator mediator, CancellationToken ct)
    {
        var outcome = await mediator.Send(command, ct);
        if (outcome is { Status: Login.Status.Succeeded, Token: { } token })
        {
            return TypedResults.Ok(new LoginResponse(token.Token, token.ExpiresAt, outcome.Roles));
        }

        if (outcome.Status == Login.Status.Throttled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "请求过于频繁", detail: outcome.Message);
        }

        var extensions = outcome.LockedUntil is { } until
            ? new Dictionary<string, object?> { ["lockedUntil"] = until }
            : null;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: outcome.Status == Login.Status.LockedOut ? "账户已锁定" : "登录失败",
            detail: outcome.Message,
            extensions: extensions);
    }

    public static async Task<NoContent> LogoutAsync(IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new Logout.Command(), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<WhoAmI.Account>> MeAsync(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new WhoAmI.Query(), ct));
}
