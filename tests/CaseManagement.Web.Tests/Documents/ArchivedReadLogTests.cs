using System.Net;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>DECISIONS.md §4: every read of an archived case's documents is logged with the reader, the case and what was read.</summary>
public sealed class ArchivedReadLogTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<IssuedDocument> SeedDecisionAsync(bool archived)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var organisation = await db.Organisations.FirstAsync();
        var c = CaseScenario.Executing(organisation.Id);
        if (archived)
        {
            CaseScenario.Archive(c);
        }

        db.Cases.Add(c);
        await db.SaveChangesAsync();
        var data = scope.ServiceProvider.GetRequiredService<CaseDocumentComposer>()
            .Compose("penalty-decision", c, CaseScenario.Context(CaseScenario.DecisionNumber) with { Organisation = organisation.Details });
        var bytes = new DocxTemplateFiller().Fill(Store.Prepared("penalty-decision"), data);
        var document = new IssuedDocument(organisation.Id, c.Id, "penalty-decision", 0, "行政处罚决定书", CaseScenario.DecisionNumber, DateTime.UtcNow, "o1", bytes);
        db.Set<IssuedDocument>().Add(document);
        await db.SaveChangesAsync();
        return document;
    }

    private async Task<List<AuditEntry>> ReadsAsync(long caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.CaseId == caseId && (e.Action == DocumentQueries.ArchivedDocumentRead || e.Action == DocumentQueries.ArchivedCaseFileRead))
            .ToListAsync();
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task GetDocument_OfAnArchivedCase_LogsTheReaderTheCaseAndTheDocument()
    {
        var document = await SeedDecisionAsync(archived: true);
        var client = await ApiLogin.BearerClientAsync(factory, "zhangsan");

        var response = await client.GetAsync($"/api/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await ReadsAsync(document.CaseId));
        Assert.Equal(DocumentQueries.ArchivedDocumentRead, entry.Action);
        Assert.Equal(await UserIdAsync("zhangsan"), entry.UserId);
        Assert.Contains("行政处罚决定书", entry.Summary);
        Assert.Contains(CaseScenario.DecisionNumber, entry.Summary);
        Assert.Contains("Word", entry.Summary);
    }

    [Fact]
    public async Task GetDocument_OfACaseNotArchived_LogsNoRead()
    {
        var document = await SeedDecisionAsync(archived: false);
        var client = await ApiLogin.BearerClientAsync(factory, "zhangsan");

        var response = await client.GetAsync($"/api/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await ReadsAsync(document.CaseId));
    }

    [PdfFact]
    public async Task GetDocumentPdf_OfAnArchivedCase_LogsThePdfRead()
    {
        var document = await SeedDecisionAsync(archived: true);
        var client = await ApiLogin.BearerClientAsync(factory, "lisi");

        var response = await client.GetAsync($"/api/documents/{document.Id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await ReadsAsync(document.CaseId));
        Assert.Equal(DocumentQueries.ArchivedDocumentRead, entry.Action);
        Assert.Equal(await UserIdAsync("lisi"), entry.UserId);
        Assert.Contains("PDF", entry.Summary);
        Assert.Contains(CaseScenario.DecisionNumber, entry.Summary);
    }

    [PdfFact]
    public async Task GetCaseFilePdf_OfAnArchivedCase_LogsTheCaseFileRead()
    {
        var document = await SeedDecisionAsync(archived: true);
        var client = await ApiLogin.BearerClientAsync(factory, "wangwu");

        var response = await client.GetAsync($"/api/documents/case-file/{document.CaseId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await ReadsAsync(document.CaseId));
        Assert.Equal(DocumentQueries.ArchivedCaseFileRead, entry.Action);
        Assert.Equal(await UserIdAsync("wangwu"), entry.UserId);
        Assert.Contains("卷宗", entry.Summary);
    }
}
