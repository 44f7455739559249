using CaseManagement.Web.Documents;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

public sealed class DocumentIssuerTests
{
    private static async Task<IssuedDocument> IssueDecisionAsync(DocumentsHost host, long caseId)
    {
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var issuer = scope.ServiceProvider.GetRequiredService<DocumentIssuer>();
        var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
        var document = await issuer.IssueAsync(c, host.Organisation, "penalty-decision", CaseScenario.DecisionNumber);
        await db.SaveChangesAsync();
        return document;
    }

    [Fact]
    public async Task Issue_WhenSaved_StoresBytesHashAndMetadata()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();

        var issued = await IssueDecisionAsync(host, caseId);

        Assert.True(issued.Id > 0);
        Assert.Equal(caseId, issued.CaseId);
        Assert.Equal("行政处罚决定书", issued.Title);
        Assert.Equal(CaseScenario.DecisionNumber, issued.DocumentNumber);
        Assert.Equal(0, issued.TemplateVersion);
        Assert.Equal("o1", issued.IssuedBy);
        Assert.Equal(DateTimeKind.Utc, issued.IssuedAt.Kind);
        Assert.Equal(IssuedDocument.HashOf(issued.Content), issued.Sha256);
        Assert.Equal(issued.Content.LongLength, issued.Length);
        Assert.Empty(ValidationErrors(issued.Content));
        Assert.Contains(CaseScenario.PartyName, Text(issued.Content));
    }

    [Fact]
    public async Task Download_WhenRepeated_ReturnsTheStoredBytesNotARender()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        var issued = await IssueDecisionAsync(host, caseId);

        // A later template revision must not change what was issued.
        await using (var scope = host.CreateScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            await mediator.Send(new TemplateAdministration.UploadCommand("penalty-decision", DocxEdits.AppendParagraph(Store.Load("penalty-decision").ToArray(), "第二版模板")));
        }

        IssuedDocument? first, second;
        await using (var scope = host.CreateScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().GetAsync(issued.Id);
        }

        await using (var scope = host.CreateScope())
        {
            second = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().GetAsync(issued.Id);
        }

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(issued.Sha256, IssuedDocument.HashOf(first.Content));
        Assert.Equal(first.Content, second.Content);
        Assert.True(second.IsIntact());
        Assert.DoesNotContain("第二版模板", Text(second.Content));
    }

    [Fact]
    public async Task Preview_WhenRendered_HasNoNumberAndStoresNothing()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);

        var preview = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().PreviewAsync(c, host.Organisation, "penalty-decision");
        await db.SaveChangesAsync();

        var text = Text(preview.Content);
        Assert.Contains(CaseDocumentComposer.DraftNumber, text);
        Assert.DoesNotContain(CaseScenario.DecisionNumber, text);
        Assert.Equal(0, await db.Set<IssuedDocument>().CountAsync());
    }

    [Fact]
    public async Task Void_WhenReasonGiven_KeepsTheReasonAndTheReplacementLink()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync();
        var issued = await IssueDecisionAsync(host, caseId);

        await using (var scope = host.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var issuer = scope.ServiceProvider.GetRequiredService<DocumentIssuer>();
            var voided = await issuer.VoidAsync(issued.Id, "当事人名称有误");
            var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);
            var replacement = await issuer.IssueAsync(c, host.Organisation, "penalty-decision", "博环罚决字〔2025〕2号");
            await db.SaveChangesAsync();
            DocumentIssuer.MarkReplaced(voided, replacement);
            await db.SaveChangesAsync();
        }

        await using (var scope = host.CreateScope())
        {
            var documents = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>().ListAsync(caseId);
            var old = documents.Single(d => d.Id == issued.Id);
            Assert.Equal("当事人名称有误", old.VoidReason);
            Assert.NotNull(old.VoidedAt);
            Assert.Equal(CaseScenario.DecisionNumber, old.DocumentNumber);
            Assert.Equal(documents.Single(d => d.Id != issued.Id).Id, old.ReplacedById);
            await Assert.ThrowsAsync<ConflictException>(() => scope.ServiceProvider.GetRequiredService<DocumentIssuer>().VoidAsync(issued.Id, "再次作废"));
        }
    }

    [Fact]
    public async Task Issue_WhenCaseArchived_IsRefused()
    {
        await using var host = await DocumentsHost.CreateAsync();
        var caseId = await host.SaveCaseAsync(CaseScenario.Archive);
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var c = await db.Cases.WithEverything().SingleAsync(x => x.Id == caseId);

        var refusal = await Assert.ThrowsAsync<ConflictException>(() =>
            scope.ServiceProvider.GetRequiredService<DocumentIssuer>().IssueAsync(c, host.Organisation, "closure-approval", null));

        Assert.Equal("案件已归档，不能再生成文书", refusal.Message);
        Assert.Empty(db.ChangeTracker.Entries<IssuedDocument>());
    }
}
