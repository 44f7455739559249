using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

public sealed class TemplateAdministrationTests
{
    [Fact]
    public async Task Upload_WhenATagIsMissing_IsRefusedNamingTheTagAndStoresNothing()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var revised = DocxEdits.RemoveControl(Store.Load("penalty-decision").ToArray(), "court");
        await using var scope = host.CreateScope();

        var refusal = await Assert.ThrowsAsync<ValidationException>(() =>
            scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TemplateAdministration.UploadCommand("penalty-decision", revised)));

        Assert.Contains("court", refusal.Message);
        Assert.Contains(refusal.Errors, e => e.ErrorMessage.Contains("“court”", StringComparison.Ordinal));
        Assert.Contains("人民法院（court）", refusal.Message);
        Assert.Contains(refusal.Errors, e => e.ErrorMessage == "缺少字段“人民法院”（标记“court”）");
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Set<TemplateVersion>().CountAsync());
    }

    [Fact]
    public async Task Upload_WhenNotAWordDocument_IsRefused()
    {
        await using var host = await DocumentsHost.CreateAsync();
        await using var scope = host.CreateScope();

        await Assert.ThrowsAsync<ValidationException>(() =>
            scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TemplateAdministration.UploadCommand("penalty-decision", "not a docx"u8.ToArray())));

        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CaseDbContext>().Set<TemplateVersion>().CountAsync());
    }

    [Fact]
    public async Task Upload_WhenValid_BecomesTheActiveVersionUsedForRendering()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        var shipped = Store.Load("penalty-decision").ToArray();

        await using (var scope = host.CreateScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var first = await mediator.Send(new TemplateAdministration.UploadCommand("penalty-decision", DocxEdits.AppendParagraph(shipped, "修订一")));
            var second = await mediator.Send(new TemplateAdministration.UploadCommand("penalty-decision", DocxEdits.AppendParagraph(shipped, "修订二")));
            Assert.Equal(1, first.Number);
            Assert.Equal(2, second.Number);
        }

        await using (var scope = host.CreateScope())
        {
            var list = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TemplateAdministration.ListQuery());
            var decision = list.Single(t => t.Name == "penalty-decision");
            Assert.Equal(2, decision.ActiveVersion);
            Assert.Equal([0, 1, 2], decision.Versions.Select(v => v.Number));
            Assert.Single(decision.Versions, v => v.Active);
            Assert.Equal(22, list.Count);

            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
            var issued = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(c, host.Organisation, "penalty-decision", CaseScenario.DecisionNumber);
            Assert.Equal(2, issued.TemplateVersion);
            Assert.Contains("修订二", Text(issued.Content));
            Assert.DoesNotContain("修订一", Text(issued.Content));

            var download = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TemplateAdministration.DownloadQuery("penalty-decision", 1));
            Assert.Contains("修订一", Text(download.Content));
        }
    }

    [Fact]
    public async Task Upload_ByOneOrganisation_NeverBecomesActiveForAnother()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var first = host.User.OrganisationId!.Value;
        Organisation other;
        await using (var scope = host.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            other = new Organisation(DatabaseInitialiser.DemoOrganisation with { Name = "某县生态环境分局", ShortCode = "某" }, CaseRules.Default);
            db.Organisations.Add(other);
            await db.SaveChangesAsync();
        }

        await using (var scope = host.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TemplateAdministration.UploadCommand(
                "penalty-decision", DocxEdits.AppendParagraph(Store.Load("penalty-decision").ToArray(), "第一机关修订稿")));
        }

        host.User.OrganisationId = other.Id;
        var otherCaseId = await host.SaveCaseAsync();
        await using (var scope = host.CreateScope())
        {
            var list = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TemplateAdministration.ListQuery());
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == otherCaseId);
            var issued = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(c, other, "penalty-decision", CaseScenario.DecisionNumber);

            Assert.Equal(0, list.Single(t => t.Name == "penalty-decision").ActiveVersion);
            Assert.Equal([0], list.Single(t => t.Name == "penalty-decision").Versions.Select(v => v.Number));
            Assert.Equal(0, issued.TemplateVersion);
            Assert.DoesNotContain("第一机关修订稿", Text(issued.Content));
            await Assert.ThrowsAsync<NotFoundException>(() =>
                scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TemplateAdministration.DownloadQuery("penalty-decision", 1)));
        }

        host.User.OrganisationId = first;
        var ownCaseId = await host.SaveCaseAsync();
        await using (var scope = host.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == ownCaseId);
            var issued = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(c, host.Organisation, "penalty-decision", CaseScenario.DecisionNumber);

            Assert.Equal(1, issued.TemplateVersion);
            Assert.Contains("第一机关修订稿", Text(issued.Content));
        }
    }
}
