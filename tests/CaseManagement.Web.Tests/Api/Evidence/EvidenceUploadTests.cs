using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Cases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Evidence;

/// <summary>The app with a 64 KB upload limit, so the 413 path is cheap to reach.</summary>
public sealed class SmallUploadFactory : CaseApiFactory
{
    public const int Limit = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Storage:MaxUploadBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class EvidenceUploadTests(SmallUploadFactory factory) : IClassFixture<SmallUploadFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Upload_WhenPdfByTwoOfficers_Returns201WithServerHashAndDownloadsSameBytes()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县证据上传测试有限公司");

        var response = await UploadAsync(c, Pdf, "现场照片说明.pdf");

        var body = await CaseApi.ReadAsync(response, HttpStatusCode.Created);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), body.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", body.GetProperty("contentType").GetString());
        var view = await c.RefreshAsync();
        var file = view.GetProperty("evidenceFiles")[0];
        Assert.Equal("现场照片说明.pdf", file.GetProperty("fileName").GetString());
        var download = await (await api.As("lisi")).GetAsync(file.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Upload_WhenNameCarriesAPath_KeepsOnlyTheNameAsDisplayText()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县路径测试有限公司");

        var body = await CaseApi.ReadAsync(await UploadAsync(c, Pdf, "../../etc/passwd.pdf"), HttpStatusCode.Created);

        Assert.Equal("passwd.pdf", body.GetProperty("fileName").GetString());
        Assert.False(File.Exists(Path.Combine(factory.DataFolder, "etc", "passwd.pdf")));
    }

    [Fact]
    public async Task Upload_WhenExecutableNamedPdf_Returns400AndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县伪装文件测试有限公司");
        var before = await EvidenceCountAsync(c.Id);
        var exe = new byte[512];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';

        var response = await UploadAsync(c, exe, "监测报告.pdf");

        var message = await ProblemAssert.IsValidationProblemAsync(response, "file");
        Assert.Contains("文件", message);
        Assert.Equal(before, await EvidenceCountAsync(c.Id));
    }

    [Fact]
    public async Task Upload_WhenLargerThanLimit_Returns413AndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县超大文件测试有限公司");
        var before = await EvidenceCountAsync(c.Id);
        var big = new byte[SmallUploadFactory.Limit + 1];
        Pdf.CopyTo(big, 0);

        var response = await UploadAsync(c, big, "大文件.pdf");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await EvidenceCountAsync(c.Id));
    }

    [Fact]
    public async Task Upload_WhenOnlyOneOfficer_Returns409WithTheRulesCodeAndStoresNoFile()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县单人取证测试有限公司");
        var unique = Pdf.Concat("% one officer\n"u8.ToArray()).ToArray();

        var response = await UploadAsync(c, unique, "笔录.pdf", officers: ["zhangsan"]);

        Assert.Equal("two-certified-officers", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Empty(Directory.Exists(Path.Combine(factory.DataFolder, "files"))
            ? Directory.EnumerateFiles(Path.Combine(factory.DataFolder, "files"), Convert.ToHexStringLower(SHA256.HashData(unique)), SearchOption.AllDirectories)
            : []);
    }

    [Fact]
    public async Task Download_WhenStoredFileWasAltered_Returns409()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县篡改测试有限公司");
        var unique = Pdf.Concat("% altered later\n"u8.ToArray()).ToArray();
        var body = await CaseApi.ReadAsync(await UploadAsync(c, unique, "检测报告.pdf"), HttpStatusCode.Created);
        var sha = body.GetProperty("sha256").GetString()!;
        var path = Directory.EnumerateFiles(Path.Combine(factory.DataFolder, "files"), sha, SearchOption.AllDirectories).Single();
        File.SetAttributes(path, FileAttributes.Normal);
        await File.WriteAllBytesAsync(path, [.. unique.Take(unique.Length - 1), (byte)'!']);

        var download = await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/evidence/{body.GetProperty("number").GetInt32()}/file");

        await ProblemAssert.IsProblemAsync(download, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Upload_WhenHeadUploads_Returns403()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县角色测试有限公司");

        var response = await UploadAsync(c, Pdf, "照片.pdf", user: "zhaoliu");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private async Task<HttpResponseMessage> UploadAsync(CaseHandle c, byte[] bytes, string fileName, string[]? officers = null, string user = "zhangsan")
    {
        await c.RefreshAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(c.Version.ToString()), "version");
        form.Add(new StringContent("Documentary"), "kind");
        form.Add(new StringContent("现场检查照片"), "title");
        form.Add(new StringContent("2026-10-15"), "collectedOn");
        form.Add(new StringContent("厂区"), "place");
        foreach (var officer in officers ?? Steps.Officers)
        {
            form.Add(new StringContent(officer), "officers");
        }

        return await (await api.As(user)).PostAsync($"/api/cases/{c.Id}/evidence", form);
    }

    private async Task<int> EvidenceCountAsync(long caseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return await db.Set<Domain.Cases.EvidenceItem>().CountAsync(e => EF.Property<long>(e, "CaseId") == caseId);
    }
}
