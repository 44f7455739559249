using System.Net;
using System.Net.Http.Headers;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Evidence;

/// <summary>A phone's upload whose answer is lost and that is sent again: one evidence item, not two.</summary>
public sealed class UploadRetryTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Upload_SentAgainWithTheSameUploadId_AnswersTheFirstItemAndAddsNoRow()
    {
        var c = await Steps.InvestigationAsync(api, "滨州上传重试有限公司");
        var seen = c.Version;
        var uploadId = Guid.NewGuid();
        var before = await EvidenceCountAsync(c.Id);

        var first = await CaseApi.ReadAsync(await UploadAsync(c.Id, seen, uploadId), HttpStatusCode.Created);
        var retried = await CaseApi.ReadAsync(await UploadAsync(c.Id, seen, uploadId), HttpStatusCode.Created);
        var another = await UploadAsync(c.Id, seen, Guid.NewGuid());

        Assert.Equal(first.GetProperty("number").GetInt32(), retried.GetProperty("number").GetInt32());
        Assert.Equal(first.GetProperty("sha256").GetString(), retried.GetProperty("sha256").GetString());
        Assert.Equal(before + 1, await EvidenceCountAsync(c.Id));
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
    }

    private async Task<HttpResponseMessage> UploadAsync(long caseId, Guid version, Guid uploadId)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "现场照片.pdf");
        form.Add(new StringContent(version.ToString()), "version");
        form.Add(new StringContent(uploadId.ToString()), "uploadId");
        form.Add(new StringContent("Documentary"), "kind");
        form.Add(new StringContent("现场检查照片"), "title");
        form.Add(new StringContent("2026-10-15"), "collectedOn");
        form.Add(new StringContent("厂区"), "place");
        foreach (var officer in Steps.Officers)
        {
            form.Add(new StringContent(officer), "officers");
        }

        return await (await api.As("zhangsan")).PostAsync($"/api/cases/{caseId}/evidence", form);
    }

    private async Task<int> EvidenceCountAsync(long caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.Set<Domain.Cases.EvidenceItem>().CountAsync(e => EF.Property<long>(e, "CaseId") == caseId);
    }
}
