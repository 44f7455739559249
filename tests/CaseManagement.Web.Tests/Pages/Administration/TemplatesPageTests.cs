using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Pages.Administration;

public sealed class TemplatesPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Templates_ListsEveryTemplateWithItsActiveVersionAndDownloadLinks()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        var html = await session.GetHtmlAsync("/admin/templates");
        var download = await session.Client.GetAsync("/admin/templates?handler=Download&name=penalty-decision&version=0");

        Assert.Equal(DocumentDefinitions.All.Count, Regex.Matches(html, "<tr id=\"template-").Count);
        Assert.Equal(22, DocumentDefinitions.All.Count);
        Assert.Contains("行政处罚决定书", html);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(DocumentTestKit.Store.Load("penalty-decision").ToArray(), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_WhenATagIsMissing_IsRefusedOnThePageNamingTheTagAndStoresNothing()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");
        var revised = DocxEdits.RemoveControl(DocumentTestKit.Store.Load("penalty-decision").ToArray(), "court");

        var response = await UploadAsync(session, "penalty-decision", revised);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Regex.Match(html, "data-testid=\"upload-errors\">(.*?)</ul>", RegexOptions.Singleline);
        Assert.True(errors.Success, "no upload errors shown");
        Assert.Contains("court", errors.Groups[1].Value);
        Assert.Contains("缺少字段“人民法院”", errors.Groups[1].Value);
        Assert.Contains("id=\"template-penalty-decision\"", html[..html.IndexOf("data-testid=\"upload-errors\"", StringComparison.Ordinal)]);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Set<TemplateVersion>().CountAsync(v => v.Name == "penalty-decision"));
    }

    [Fact]
    public async Task Upload_WhenComplete_BecomesTheActiveVersion()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");
        var revised = DocxEdits.AppendParagraph(DocumentTestKit.Store.Load("service-receipt").ToArray(), "修订稿");

        var response = await UploadAsync(session, "service-receipt", revised);
        var html = await session.GetHtmlAsync("/admin/templates");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches("<tr id=\"template-service-receipt\"[^>]*>.*?data-active-version>第1版<", Regex.Replace(html, "\\s+", " "));
        Assert.Contains("模板已更新为第1版", html);
    }

    [Fact]
    public async Task Templates_ForTheLegalReviewer_ListsTheFieldsInChineseAndAcceptsAnUpload()
    {
        var session = await PageSession.LoggedInAsync(factory, "wangwu");
        var revised = DocxEdits.AppendParagraph(DocumentTestKit.Store.Load("hearing-notice").ToArray(), "法规股修订稿");

        var html = await session.GetHtmlAsync("/admin/templates");
        var response = await UploadAsync(session, "hearing-notice", revised);

        Assert.Contains("<tr data-tag=\"court\"><td><code>court</code></td><td>人民法院</td>", html);
        Assert.Contains("“作出处罚决定”时自动制作，并编文号", html);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Set<TemplateVersion>().CountAsync(v => v.Name == "hearing-notice"));
    }

    [Fact]
    public async Task Templates_ForAnOfficer_IsRedirectedToAccessDenied()
    {
        var session = await PageSession.LoggedInAsync(factory, "zhangsan");

        AssertAccessDenied(await session.Client.GetAsync("/admin/templates"));
    }

    // Cookie-authenticated pages answer a refused role with a redirect to the access-denied page.
    private static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(PageSession session, string name, byte[] content)
    {
        var token = PageSession.Token(await session.GetHtmlAsync("/admin/templates"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", name + ".docx");
        return await session.Client.PostAsync($"/admin/templates?handler=Upload&name={name}", form);
    }
}
