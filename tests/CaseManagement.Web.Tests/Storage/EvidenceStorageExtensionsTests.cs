using CaseManagement.Web.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Tests.Storage;

public sealed class EvidenceStorageExtensionsTests : IDisposable
{
    private readonly ScratchFolder contentRoot = new();

    [Fact]
    public void AddEvidenceStorage_WhenNotConfigured_StoresUnderAppDataWithFiftyMegabytes()
    {
        using var services = Build([]);

        var store = services.GetRequiredService<EvidenceFileStore>();

        Assert.Equal(Path.Combine(contentRoot, "App_Data", "files"), store.RootPath);
        Assert.Equal(50L * 1024 * 1024, store.MaxUploadBytes);
        Assert.True(Directory.Exists(Path.Combine(store.RootPath, "tmp")));
        Assert.Same(store, services.GetRequiredService<EvidenceFileStore>());
    }

    [Fact]
    public void AddEvidenceStorage_WhenConfigured_UsesPathAndMaximumAndWidensTheFormLimit()
    {
        using var services = Build(new() { ["Storage:Path"] = "evidence", ["Storage:MaxUploadBytes"] = "209715200" });

        var store = services.GetRequiredService<EvidenceFileStore>();

        Assert.Equal(Path.Combine(contentRoot, "evidence"), store.RootPath);
        Assert.Equal(200L * 1024 * 1024, store.MaxUploadBytes);
        Assert.Equal(200L * 1024 * 1024 + EvidenceStorageExtensions.MultipartOverheadBytes,
            services.GetRequiredService<IOptions<FormOptions>>().Value.MultipartBodyLengthLimit);
    }

    [Fact]
    public void AddEvidenceStorage_WhenMaximumIsNotPositive_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Build(new() { ["Storage:MaxUploadBytes"] = "0" }));
    }

    public void Dispose() => contentRoot.Dispose();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        Directory.CreateDirectory(contentRoot);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddEvidenceStorage();
        return builder.Services.BuildServiceProvider();
    }
}
