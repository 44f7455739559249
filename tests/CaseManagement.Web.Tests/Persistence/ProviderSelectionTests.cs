using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

public sealed class ProviderSelectionTests
{
    private static WebApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    [Fact]
    public async Task AddCasePersistence_WhenProviderIsSqlServer_ResolvesTheSqlServerContextWithoutConnecting()
    {
        var builder = Builder(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:CaseDb"] = SqlServerCaseDbContextFactory.PlaceholderConnectionString,
        });

        builder.AddCasePersistence();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        Assert.IsType<SqlServerCaseDbContext>(db);
        Assert.True(db.Database.IsSqlServer());
    }

    [Fact]
    public void AddCasePersistence_WhenSqlServerHasNoConnectionString_Throws()
    {
        var builder = Builder(new() { ["Database:Provider"] = "SqlServer" });

        Assert.Throws<InvalidOperationException>(() => builder.AddCasePersistence());
    }

    [Fact]
    public void AddCasePersistence_WhenProviderIsUnknown_Throws()
    {
        var builder = Builder(new() { ["Database:Provider"] = "Oracle" });

        Assert.Throws<InvalidOperationException>(() => builder.AddCasePersistence());
    }
}
