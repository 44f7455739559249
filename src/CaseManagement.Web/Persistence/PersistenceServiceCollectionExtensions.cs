using Microsoft.AspNetCore.DataProtection;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence.Calendar;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.Web.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string DefaultSqlitePath = "App_Data/casemanagement.db";

    /// <summary>
    /// Contexts kept for reuse (EF's context pooling): a request leases one and gives it back cleared, so the
    /// context and EF's own services in it (change tracker, state manager, connection, some sixty objects) are not
    /// built again for every request. CaseDbContext clears its own per-save state when given back.
    /// </summary>
    internal const int ContextPoolSize = 256;

    /// <summary>
    /// Registers the database, Identity, the audit log, document numbering and the holiday calendar.
    /// Configuration: <c>Database:Provider</c> = <c>Sqlite</c> (default) | <c>SqlServer</c> | <c>PostgreSql</c>;
    /// <c>ConnectionStrings:CaseDb</c> (required for SQL Server and PostgreSQL; overrides the file for SQLite);
    /// <c>Database:Path</c> (SQLite file relative to the content root, default <c>App_Data/casemanagement.db</c>);
    /// <c>Seed:Demo</c> (default true: demo organisation and users on an empty database).
    /// </summary>
    public static WebApplicationBuilder AddCasePersistence(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.TryAddSingleton(TimeProvider.System);

        // Each provider's options are built once (every service they hold is a singleton; contexts are pooled) and already ignore the
        // warnings CaseDbContext.OnConfiguring would add: a context then starts from the same options object every
        // request, instead of building options and looking up EF's internal services by their hash each time.
        // A list of ids in a query (a page of cases, its officers) travels as one array parameter, so each query's SQL is
        // built once and cached; the default expands it into one parameter per id and rebuilds the SQL for each count.
        // Every provider's context adds the AuditSealer interceptor: the audit chain's key and checkpoint.
        builder.AddAuditChain();

        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("CaseDb");
        if (string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider=SqlServer requires ConnectionStrings:CaseDb.");
            }

            services.AddDbContextPool<SqlServerCaseDbContext>((sp, o) => o.UseSqlServer(connectionString, sql => sql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(sp.GetRequiredService<AuditSealer>()).IgnoreKnownWarnings(), ContextPoolSize);
            services.AddScoped<CaseDbContext>(sp => sp.GetRequiredService<SqlServerCaseDbContext>());
        }
        else if (string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider=PostgreSql requires ConnectionStrings:CaseDb.");
            }

            services.AddDbContextPool<PostgreSqlCaseDbContext>((sp, o) => o.UseNpgsql(connectionString, pg => pg.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).AddInterceptors(sp.GetRequiredService<AuditSealer>()).IgnoreKnownWarnings(), ContextPoolSize);
            services.AddScoped<CaseDbContext>(sp => sp.GetRequiredService<PostgreSqlCaseDbContext>());
        }
        else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            connectionString ??= SqliteFileConnectionString(builder.Environment.ContentRootPath, configuration["Database:Path"]);
            // One queue of writers per server and file (SqliteWriteGate), after the sealer's commit handler.
            services.AddSingleton(new SqliteWriteGate(TimeSpan.FromSeconds(30)));
            // Open connections kept between contexts with their compiled statements (SqliteStatements.cs); a connection
            // given back releases the writer's turn it still held.
            services.AddSingleton(sp => new SqliteConnectionPool { WriteGate = sp.GetRequiredService<SqliteWriteGate>() });
            services.AddDbContextPool<SqliteCaseDbContext>((sp, o) => o.UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(new SqliteWalInterceptor(), sp.GetRequiredService<AuditSealer>(), sp.GetRequiredService<SqliteWriteGate>())
                .UseConnectionPool(sp.GetRequiredService<SqliteConnectionPool>())
                .IgnoreKnownWarnings(), ContextPoolSize);
            services.AddScoped<CaseDbContext>(sp => sp.GetRequiredService<SqliteCaseDbContext>());

            // The write-ahead log is copied back into the file in the background, not inside a commit (SqliteCheckpointer.cs);
            // Database:Checkpoint=OnCommit keeps SQLite's own checkpoints.
            if (!string.Equals(configuration["Database:Checkpoint"], "OnCommit", StringComparison.OrdinalIgnoreCase))
            {
                var checkpointConnection = connectionString;
                services.AddSingleton(sp => new SqliteCheckpointer(checkpointConnection, sp.GetRequiredService<SqliteConnectionPool>(),
                    sp.GetRequiredService<SqliteWriteGate>(), sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
                services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointer>());
            }
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}' (expected Sqlite, SqlServer or PostgreSql).");
        }

        // Cookies and tokens are protected with keys stored in the case database, shared by every server.
        services.AddDataProtection()
            .SetApplicationName("CaseManagement")
            .PersistKeysToDbContext<CaseDbContext>();

        services.AddIdentity<AppUser, AppRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CaseDbContext>()
            .AddDefaultTokenProviders();

        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<DocumentNumberAllocator>();
        services.AddSingleton<HolidayCalendarProvider>();
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<Features.Home.WorkQueueRebuild>();
        services.Configure<Features.Home.WorkQueueRebuildOptions>(configuration.GetSection("WorkQueue:Rebuild"));
        services.AddSingleton<Features.Home.WorkQueueRebuildService>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Home.WorkQueueRebuildService>());
        services.Configure<SeedOptions>(configuration.GetSection("Seed"));
        return builder;
    }

    /// <summary>Applies pending migrations, then seeds the holiday calendar, the roles and (unless <c>Seed:Demo=false</c>) the demo data.</summary>
    public static async Task InitialiseDatabaseAsync(this IHost app, CancellationToken ct = default)
    {
        // SQLite: the migrations run their transactions on their own connection (see SqliteConnectionPool.WritesOnOneConnection);
        // the server's write transactions share one connection from then on.
        var pool = app.Services.GetService<SqliteConnectionPool>();
        pool?.WritesOnOneConnection = false;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(ct);
        }

        pool?.WritesOnOneConnection = true;
    }

    internal static string SqliteFileConnectionString(string contentRoot, string? configuredPath)
    {
        var path = Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(configuredPath) ? DefaultSqlitePath : configuredPath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }
}

public sealed class SeedOptions
{
    /// <summary>Seed the demo organisation and users on an empty database (DECISIONS.md §1).</summary>
    public bool Demo { get; set; } = true;

    /// <summary>
    /// For a real installation (<see cref="Demo"/> off): the first administrator's user name, created on an
    /// empty database together with the organisation of <c>Organisation:*</c>.
    /// </summary>
    public string AdminUserName { get; set; } = "admin";

    /// <summary>The first administrator's initial password; without it no account is created.</summary>
    public string? AdminPassword { get; set; }
}
