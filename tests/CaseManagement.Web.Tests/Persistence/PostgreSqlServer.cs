using Npgsql;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// The PostgreSQL server the tests may use: <c>CASEMANAGEMENT_TEST_POSTGRES</c> holds a connection string of a
/// role that may create databases (for example <c>Host=127.0.0.1;Port=5432;Username=postgres</c>; <c>.ci/run</c>
/// starts a server and sets it). Each test database is created by the test and dropped after it.
/// With <c>CASEMANAGEMENT_TEST_PROVIDER=PostgreSql</c> as well, every app the tests start (<see cref="AppFactory"/>,
/// <see cref="TestDatabase"/>) runs on its own PostgreSQL database instead of a SQLite file.
/// </summary>
public static class PostgreSqlServer
{
    public const string ServerVariable = "CASEMANAGEMENT_TEST_POSTGRES";
    public const string ProviderVariable = "CASEMANAGEMENT_TEST_PROVIDER";
    public const string SkipReason = "未设置 CASEMANAGEMENT_TEST_POSTGRES（可建库的 PostgreSQL 连接串）或连接不上，跳过 PostgreSQL 测试；.ci/run 会安装并启动 PostgreSQL 15。";

    private static readonly Lazy<bool> Reachable = new(() =>
    {
        if (string.IsNullOrWhiteSpace(AdminConnectionString))
        {
            return false;
        }

        try
        {
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    });

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(ServerVariable);

    public static bool IsAvailable => Reachable.Value;

    /// <summary>The whole app under test runs on PostgreSQL (the CI's second pass over the persistence and API tests).</summary>
    public static bool IsTestProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>A connection string to a new, unique database name on the server (the app's migration creates it).</summary>
    public static string NewDatabase()
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException(SkipReason);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = "cm_test_" + Guid.NewGuid().ToString("N"),
            Pooling = true,
            MaxPoolSize = 50,
        }.ConnectionString;
    }

    /// <summary>Drops the test's database, closing what is still connected to it.</summary>
    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A test that needs a PostgreSQL server; skipped, with the reason, when none is configured.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!PostgreSqlServer.IsAvailable)
        {
            Skip = PostgreSqlServer.SkipReason;
        }
    }
}

/// <summary>A test of what only the SQLite file does (WAL, integer fen); skipped in the PostgreSQL pass.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (PostgreSqlServer.IsTestProvider)
        {
            Skip = "只针对 SQLite 的测试，在 PostgreSQL 测试轮次中跳过。";
        }
    }
}
