using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

public sealed class DocumentApiTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<IssuedDocument> SeedDecisionAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var organisation = await db.Organisations.FirstAsync();
        var c = CaseScenario.Executing(organisation.Id);
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

    [Fact]
    public async Task GetDocument_AsCaseWorkerOfTheOrganisation_ReturnsStoredBytesWithChineseFileName()
    {
        var document = await SeedDecisionAsync();
        var client = await ApiLogin.BearerClientAsync(factory, "zhangsan");

        var response = await client.GetAsync($"/api/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentIssuer.DocxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(document.Content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("行政处罚决定书（博环罚决字〔2025〕1号）.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task GetDocument_AsAdministrator_IsForbidden()
    {
        var document = await SeedDecisionAsync();
        var client = await ApiLogin.BearerClientAsync(factory, "admin");

        var response = await client.GetAsync($"/api/documents/{document.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetDocument_WhenMissing_IsNotFound()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "zhangsan");

        var response = await client.GetAsync("/api/documents/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListTemplates_AsAdministrator_ListsEveryStandardTemplateWithTheShippedVersion()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "admin");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/templates");

        Assert.Equal(22, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), t => Assert.Equal(0, t.GetProperty("activeVersion").GetInt32()));
    }

    [Fact]
    public async Task UploadTemplate_WhenATagIsMissing_Answers400NamingTheTag()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "admin");
        var revised = DocxEdits.RemoveControl(Store.Load("advance-notice").ToArray(), "contactPhone");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(revised);
        file.Headers.ContentType = new MediaTypeHeaderValue(DocumentIssuer.DocxContentType);
        form.Add(file, "file", "告知书.docx");

        var response = await client.PostAsync("/api/templates/advance-notice", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contactPhone", await response.Content.ReadAsStringAsync());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/templates");
        Assert.Equal(1, list.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "advance-notice").GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task UploadTemplate_AsOfficer_IsForbidden()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "zhangsan");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Store.Load("advance-notice").ToArray()), "file", "a.docx" } };

        var response = await client.PostAsync("/api/templates/advance-notice", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DownloadTemplateVersion_Zero_ReturnsTheShippedFile()
    {
        var client = await ApiLogin.BearerClientAsync(factory, "admin");

        var bytes = await client.GetByteArrayAsync("/api/templates/service-receipt/versions/0");

        Assert.Equal(Store.Load("service-receipt").ToArray(), bytes);
    }
}
