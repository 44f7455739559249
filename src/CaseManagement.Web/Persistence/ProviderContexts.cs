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

/// <summary>
/// Chosen by <c>Database:Provider=PostgreSql</c> (PostgreSQL 15 and the compatible KingbaseES, openGauss, HighGo).
/// Migrations: Persistence/Migrations/PostgreSql.
/// </summary>
public sealed class PostgreSqlCaseDbContext(DbContextOptions<PostgreSqlCaseDbContext> options) : CaseDbContext(options)
{
    /// <summary>Byte-order collation: prefix searches are range predicates (<c>&gt;= 'q' AND &lt; 'q\uffff'</c>) on an index.</summary>
    public const string BinaryCollation = "C";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The columns searched by prefix compare in code-point order, so that an ordinary B-tree index serves
        // the range, whatever the database's locale.
        var cases = builder.Entity<CaseManagement.Domain.Cases.PenaltyCase>();
        cases.Property(c => c.CaseNumber).UseCollation(BinaryCollation);
        cases.OwnsOne(c => c.Party).Property(p => p.IdentifierCode).UseCollation(BinaryCollation);
        builder.Entity<Search.CaseSearchTerm>().Property(t => t.Term).UseCollation(BinaryCollation);
        ExactDecimals.RefuseExtraPlaces(builder.Model);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // timestamp with time zone holds an instant; Npgsql writes only offset 0, so offsets are normalised to UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    internal sealed class UtcDateTimeOffsetConverter()
        : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}

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

/// <summary>Used by <c>dotnet ef</c> only; the connection string is a placeholder and nothing connects.</summary>
public sealed class PostgreSqlCaseDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlCaseDbContext>
{
    public const string PlaceholderConnectionString = "Host=localhost;Database=casemanagement;Username=casemanagement";

    public PostgreSqlCaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCaseDbContext>()
            .UseNpgsql(PlaceholderConnectionString)
            .Options);
}
