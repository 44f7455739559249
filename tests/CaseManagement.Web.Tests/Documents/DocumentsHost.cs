using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>The persistence, calendar, mediator and documents services on a real SQLite file, with a fixed logged-in user.</summary>
internal sealed class DocumentsHost : IAsyncDisposable
{
    private DocumentsHost(string folder, WebApplication app, TestUser user, Organisation organisation)
    {
        Folder = folder;
        App = app;
        User = user;
        Organisation = organisation;
    }

    public string Folder { get; }

    public WebApplication App { get; }

    public TestUser User { get; }

    /// <summary>The user's organisation, read once, as a request's entry point reads it and passes it to the documents.</summary>
    public Organisation Organisation { get; }

    public static async Task<DocumentsHost> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casemanagement-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        MigratedSqliteTemplate.CopyTo(Path.Combine(folder, "data", "case.db"));
        var builder = PersistenceHost.CreateBuilder(folder, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:Path"] = "data/case.db",
            ["Seed:Demo"] = "true",
        });
        builder.Services.AddLegalCalendar();
        builder.Services.AddCaseMediator();
        builder.AddEvidenceStorage();
        builder.AddCaseDocuments();
        var user = new TestUser();
        builder.Services.AddSingleton<ICurrentUser>(user);
        var app = builder.Build();
        await app.InitialiseDatabaseAsync();
        Organisation organisation;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            organisation = await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Organisations.AsNoTracking().OrderBy(o => o.Id).FirstAsync();
            user.OrganisationId = organisation.Id;
        }

        return new DocumentsHost(folder, app, user, organisation);
    }

    public AsyncServiceScope CreateScope() => App.Services.CreateAsyncScope();

    /// <summary>Saves the scenario case (optionally archived) and returns its id.</summary>
    public async Task<long> SaveCaseAsync(Action<PenaltyCase>? change = null)
    {
        await using var scope = CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var c = CaseScenario.Executing(User.OrganisationId!.Value);
        change?.Invoke(c);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the test.
        }
    }
}

internal sealed class TestUser : ICurrentUser
{
    public bool IsAuthenticated => true;

    public string UserId { get; set; } = "o1";

    public string UserName => "wang";

    public string DisplayName => "王执法";

    public int? OrganisationId { get; set; }

    public IReadOnlyList<string> Roles => [global::CaseManagement.Web.Identity.Roles.Officer];

    public bool IsInRole(string role) => Roles.Contains(role);
}
