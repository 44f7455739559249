using CaseManagement.Web.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task Initialise_WhenFileIsNew_AppliesEveryMigration()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false, newFile: true);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        var applied = await db.Database.GetAppliedMigrationsAsync();

        Assert.NotEmpty(applied);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        if (PostgreSqlServer.IsTestProvider)
        {
            Assert.IsType<PostgreSqlCaseDbContext>(db);
        }
        else
        {
            Assert.IsType<SqliteCaseDbContext>(db);
            Assert.True(File.Exists(database.FilePath));
        }
    }

    [Fact]
    public async Task Initialise_CreatesTheCreditCodeIndexTheModelCannotDeclare()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false, newFile: true);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        // Written by the PartyCodeCoveringIndex migration in SQL, so the model (and a squash of the migrations) does not know it.
        var sql = PostgreSqlServer.IsTestProvider
            ? "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_Cases_PartyCode_OrganisationId'"
            : "SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = 'IX_Cases_PartyCode_OrganisationId'";
        var definition = Assert.Single(await db.Database.SqlQueryRaw<string>(sql).ToListAsync());

        Assert.Matches("\"PartyCode\", \"OrganisationId\"", definition);
    }

    [SqliteFact]
    public async Task Open_WhenSqlite_UsesWriteAheadLog()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();

        await db.Database.OpenConnectionAsync();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        var synchronous = await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
        Assert.Equal(1L, Assert.Single(synchronous)); // NORMAL
    }

    [Theory]
    [MemberData(nameof(DesignTimeContexts.Providers), MemberType = typeof(DesignTimeContexts))]
    public void HasPendingModelChanges_ForEachProvidersContext_IsFalse(string provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void GenerateScript_ForSqlServerIdempotent_CreatesTablesWithExactMoney()
    {
        using var db = new SqlServerCaseDbContextFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS (", script);
        Assert.Contains("SELECT * FROM [__EFMigrationsHistory]", script);
        foreach (var table in new[] { "Organisations", "AspNetUsers", "AspNetRoles", "OfficerProfiles", "TrainingRecords", "HolidayYears", "HolidayDays", "DocumentNumberCounters", "IssuedNumbers", "AuditEntries", "AuditChainHeads" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }

        Assert.Contains("[HearingThresholdOrganisation] decimal(18,2) NOT NULL", script);
        Assert.Contains("[DocumentType] nvarchar(64) NOT NULL", script);
    }

    [Fact]
    public void Connection_WhenPathNotConfigured_IsUnderAppDataBesideContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "casemanagement-tests", Guid.NewGuid().ToString("N"));

        var connectionString = PersistenceServiceCollectionExtensions.SqliteFileConnectionString(root, null);

        Assert.Equal(Path.Combine(root, "App_Data", "casemanagement.db"), new SqliteConnectionStringBuilder(connectionString).DataSource);
        Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        Directory.Delete(root, recursive: true);
    }
}
