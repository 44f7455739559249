using System.Net;
using CaseManagement.Web.Features.Evidence;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Storage;
using CaseManagement.Web.Tests.Api.Auth;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>DECISIONS.md §4: an archived file is read-only and every read of it is logged.</summary>
public sealed class ArchivedCaseReadTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%% archived read\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task OpeningAnArchivedCaseAndItsEvidence_IsLoggedWithTheReader()
    {
        var caseId = await SeedArchivedCaseWithFileAsync();
        var client = await ApiLogin.BearerClientAsync(factory, "lisi");

        var view = await client.GetAsync($"/api/cases/{caseId}");
        var file = await client.GetAsync($"/api/cases/{caseId}/evidence/1/file");

        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        var reader = await UserIdAsync("lisi");
        var reads = await ReadsAsync(caseId);
        Assert.Contains(reads, r => r.Action == "查阅已归档案件" && r.UserId == reader);
        Assert.Contains(reads, r => r.Action == "查阅归档证据" && r.UserId == reader && r.Summary.Contains("证据1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadingEvidenceToAnArchivedCase_IsRefusedAndStoresNothing()
    {
        var caseId = await SeedArchivedCaseWithFileAsync();
        var client = await ApiLogin.BearerClientAsync(factory, "zhangsan");
        var version = await VersionAsync(caseId);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Pdf), "file", "补充材料.pdf" },
            { new StringContent(version.ToString()), "version" },
            { new StringContent("Documentary"), "kind" },
            { new StringContent("补充材料"), "title" },
            { new StringContent("2025-05-01"), "collectedOn" },
            { new StringContent("办公室"), "place" },
            { new StringContent("zhangsan"), "officers" },
            { new StringContent("lisi"), "officers" },
        };

        var response = await client.PostAsync($"/api/cases/{caseId}/evidence", form);

        Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Forbidden, $"{(int)response.StatusCode}");
        Assert.Equal(1, await EvidenceFilesAsync(caseId));
    }

    private async Task<long> SeedArchivedCaseWithFileAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<EvidenceFileStore>();
        var c = CaseScenario.Executing(await db.Organisations.Select(o => o.Id).FirstAsync());
        CaseScenario.Archive(c);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        var stored = await store.SaveAsync(new MemoryStream(Pdf), "现场照片.pdf", CancellationToken.None);
        db.Add(new EvidenceFile(c.Id, 1, stored.Sha256, "现场照片.pdf", stored.ContentType, stored.Length, DateTime.UtcNow, "o1"));
        await db.SaveChangesAsync();
        return c.Id;
    }

    private async Task<List<CaseManagement.Web.Audit.AuditEntry>> ReadsAsync(long caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<Guid> VersionAsync(long caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
    }

    private async Task<int> EvidenceFilesAsync(long caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.EvidenceFiles.CountAsync(f => f.CaseId == caseId);
    }
}
