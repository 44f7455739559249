using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseManagement.Web.Persistence;

/// <summary>The embedded default provider. Migrations: Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteCaseDbContext(DbContextOptions<SqliteCaseDbContext> options) : CaseDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ExactDecimals.StoreAsScaledIntegers(builder.Model);
    }
}

/// <summary>Chosen by <c>Database:Provider=SqlServer</c>. Migrations: Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerCaseDbContext(DbContextOptions<SqlServerCaseDbContext> options) : CaseDbContext(options);

/// <summary>Used by <c>dotnet ef</c> only; it never opens the file.</summary>
public sealed class SqliteCaseDbContextFactory : IDesignTimeDbContextFactory<SqliteCaseDbContext>
{
    public SqliteCaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCaseDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options);
}

/// <summary>Used by <c>dotnet ef</c> and by the offline script test; the connection string is a placeholder and nothing connects.</summary>
public sealed class SqlServerCaseDbContextFactory : IDesignTimeDbContextFactory<SqlServerCaseDbContext>
{
    public const string PlaceholderConnectionString = "Server=localhost;Database=CaseManagement;Integrated Security=true;TrustServerCertificate=true";

    public SqlServerCaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCaseDbContext>()
            .UseSqlServer(PlaceholderConnectionString)
            .Options);
}
