using CaseManagement.Web.Persistence;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// Each provider's context as <c>dotnet ef</c> makes it (its design-time factory: nothing connects), by the provider's
/// name, which is also the folder and namespace of its migrations and compiled model.
/// </summary>
internal static class DesignTimeContexts
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    public static CaseDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteCaseDbContextFactory().CreateDbContext([]),
        "PostgreSql" => new PostgreSqlCaseDbContextFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerCaseDbContextFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
