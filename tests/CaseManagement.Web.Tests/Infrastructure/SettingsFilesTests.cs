using CaseManagement.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>
/// The settings files are read once at start, not watched: a watcher on the content root (where the default database,
/// its log, the audit checkpoint, the evidence and the PDFs are written) woke on every step's writes.
/// </summary>
public sealed class SettingsFilesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public void SettingsFiles_OfTheRunningApp_AreReadOnceAndNotWatched()
    {
        var configuration = (IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>();
        var files = configuration.Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.Contains(files, f => f.Source.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
    }

    [Fact]
    public void CommandLine_ThatChoosesWatchingItself_IsLeftAsGiven()
    {
        string[] chosen = ["--urls", "http://127.0.0.1:5000", "--hostBuilder:reloadConfigOnChange=true"];

        Assert.Equal(chosen, HostArguments.WithSettingsReadOnce(chosen));
        Assert.Equal(["--urls", "http://127.0.0.1:5000", "--hostBuilder:reloadConfigOnChange=false"],
            HostArguments.WithSettingsReadOnce(["--urls", "http://127.0.0.1:5000"]));
    }
}
