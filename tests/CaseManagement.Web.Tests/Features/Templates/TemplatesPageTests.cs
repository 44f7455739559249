using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using System.Net.Http.Headers;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Features.Templates;

public sealed class TemplatesPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Templates_ListsEveryTemplateWithItsActiveVersionAndDownloadLinks()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");

        var page = await session.GetPageAsync("/admin/templates");
        var download = await session.Client.GetAsync("/admin/templates?handler=Download&name=penalty-decision&version=0");

        Assert.Equal(DocumentDefinitions.All.Select(d => d.Name).Order(), Rows(page).Select(r => r.GetAttribute("data-template")).Order());
        Assert.Equal(22, DocumentDefinitions.All.Count);
        Assert.Equal("行政处罚决定书", Row(page, "penalty-decision").TestId("template-title").Text());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(DocumentTestKit.Store.Load("penalty-decision").ToArray(), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_WhenATagIsMissing_IsRefusedOnThePageNamingTheTagAndStoresNothing()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");
        var revised = DocxEdits.RemoveControl(DocumentTestKit.Store.Load("penalty-decision").ToArray(), "court");

        var response = await UploadAsync(session, "penalty-decision", revised);
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Row(page, "penalty-decision").TestId("upload-errors").Text();
        Assert.Contains("court", errors, StringComparison.Ordinal);
        Assert.Contains("缺少字段“人民法院”", errors, StringComparison.Ordinal);
        Assert.Single(page.TestIds("upload-errors"));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Set<TemplateVersion>().CountAsync(v => v.Name == "penalty-decision"));
    }

    [Fact]
    public async Task Upload_WhenComplete_BecomesTheActiveVersion()
    {
        var session = await PageSession.LoggedInAsync(factory, "admin");
        var revised = DocxEdits.AppendParagraph(DocumentTestKit.Store.Load("service-receipt").ToArray(), "修订稿");

        var response = await UploadAsync(session, "service-receipt", revised);
        var page = await session.GetPageAsync("/admin/templates");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("第1版", Row(page, "service-receipt").QuerySelector("[data-active-version]")!.Text());
        Assert.Contains(page.Messages(), m => m.Contains("模板已更新为第1版", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Templates_ForTheLegalReviewer_ListsTheFieldsInChineseAndAcceptsAnUpload()
    {
        var session = await PageSession.LoggedInAsync(factory, "wangwu");
        var revised = DocxEdits.AppendParagraph(DocumentTestKit.Store.Load("hearing-notice").ToArray(), "法规股修订稿");

        var page = await session.GetPageAsync("/admin/templates");
        var response = await UploadAsync(session, "hearing-notice", revised);

        var court = Row(page, "penalty-decision").QuerySelector("[data-testid=template-fields] tr[data-tag=court]")!;
        Assert.Equal(["court", "人民法院"], court.QuerySelectorAll("td").Take(2).Select(td => td.Text()));
        Assert.Contains("“作出处罚决定”时自动制作，并编文号", Row(page, "penalty-decision").TestId("when-issued").Text(), StringComparison.Ordinal);
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

    private static IReadOnlyList<IElement> Rows(IHtmlDocument page) => [.. page.TestId("templates").QuerySelectorAll("tr[data-template]")];

    private static IElement Row(IHtmlDocument page, string template) =>
        Assert.Single(Rows(page), r => r.GetAttribute("data-template") == template);

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
