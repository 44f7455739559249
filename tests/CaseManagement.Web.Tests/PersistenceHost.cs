using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Web.Tests;

/// <summary>
/// The app's persistence without its web pipeline, in <c>folder</c> as the content root, with the given settings, no
/// log and the test hosts' password rounds; the caller adds what else it needs and builds.
/// </summary>
internal static class PersistenceHost
{
    public static WebApplicationBuilder CreateBuilder(string folder, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddCasePersistence();
        builder.Services.UseFewerPasswordRounds();
        return builder;
    }
}
