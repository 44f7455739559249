using System.Security.Claims;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Infrastructure;

[Collection(ReadOnlyHost.Name)]
public class EndpointAuthorizationTests(AppFactory factory)
{
    // Deliberately open: the reference calculators, health, the API description, the login itself (API and
    // page) and the pages that explain an error to a browser.
    private static readonly string[] AnonymousRoutes =
        ["/healthz", "/openapi/{documentName}.json", "/api/auth/login", "/login", "/access-denied", "/error/{statusCode:int?}", "/problems/{kind}"];
    private const string AnonymousPrefix = "/api/tools/";

    [Fact]
    public void EveryEndpoint_ChoosesAPolicyOrAllowAnonymousExplicitly()
    {
        var endpoints = Endpoints();

        var undecided = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any()
                        && !e.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Any())
            .Select(Describe)
            .ToList();

        Assert.True(endpoints.Count >= 10, $"expected the app's endpoints, found {endpoints.Count}");
        Assert.True(undecided.Count == 0, "Endpoints without .RequireAuthorization(Policies.…) or .AllowAnonymous(): " + string.Join(", ", undecided));
    }

    [Fact]
    public void AnonymousEndpoints_AreOnlyTheDeliberatelyOpenOnes()
    {
        var anonymous = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        Assert.Contains("/api/auth/login", anonymous);
        Assert.All(anonymous, route => Assert.True(
            AnonymousRoutes.Contains(route) || route.StartsWith(AnonymousPrefix, StringComparison.Ordinal),
            $"{route} allows anonymous access but is not in the list of deliberately open endpoints"));
    }

    [Fact]
    public async Task FallbackPolicy_ForAnAppEndpointWithoutMetadata_RequiresLogin()
    {
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        var fallback = (await factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync())!;
        var http = new DefaultHttpContext();
        http.SetEndpoint(new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/forgotten"), 0, EndpointMetadataCollection.Empty, "forgotten"));
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        var loggedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "zhangsan")], "test"));

        var anonymousResult = await authorization.AuthorizeAsync(anonymous, http, fallback);
        var loggedInResult = await authorization.AuthorizeAsync(loggedIn, http, fallback);
        var noEndpointResult = await authorization.AuthorizeAsync(anonymous, new DefaultHttpContext(), fallback);

        Assert.False(anonymousResult.Succeeded);
        Assert.True(loggedInResult.Succeeded);
        Assert.True(noEndpointResult.Succeeded);
    }

    [Theory]
    [InlineData(Policies.Administrator, "Administrator", true)]
    [InlineData(Policies.Administrator, "Officer", false)]
    [InlineData(Policies.CaseWorker, "Officer", true)]
    [InlineData(Policies.CaseWorker, "LegalReviewer", true)]
    [InlineData(Policies.CaseWorker, "Head", true)]
    [InlineData(Policies.CaseWorker, "Clerk", true)]
    [InlineData(Policies.CaseWorker, "Administrator", false)]
    [InlineData(Policies.Authenticated, "Clerk", true)]
    public async Task Policy_ForRole_AllowsOnlyTheNamedRoles(string policy, string role, bool allowed)
    {
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "u"), new Claim(ClaimTypes.Role, role)], "test"));

        var result = await authorization.AuthorizeAsync(user, policy);

        Assert.Equal(allowed, result.Succeeded);
    }

    private List<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join('|', endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";
}
