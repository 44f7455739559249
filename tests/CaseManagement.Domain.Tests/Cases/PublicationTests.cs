using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>公示 of the decision (行政处罚法第四十八条; 国办发〔2018〕118号: within 7 working days; DECISIONS.md §3).</summary>
public sealed class PublicationTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));

    [Fact]
    public void Deadlines_WhenDecidedAndNeverPublished_ShowPublicationOverdue()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        var publication = c.Deadlines(Late).Single(d => d.Kind == DeadlineKind.Publication);

        Assert.Equal(DeadlineStatus.Overdue, publication.Status);
        Assert.Equal(new DateOnly(2025, 4, 8), publication.DueDate);
    }

    [Fact]
    public void RecordPublication_WithinSevenWorkingDays_MeetsThePublicationDeadline()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        c.RecordPublication(Cast.Clerk, Late, new PublicationData(D(4, 1), "门户网站", "https://example.gov.cn/gs/1"));

        Assert.Equal(CaseState.Executing, c.State);
        Assert.Equal(D(4, 1), c.Timeline().Published);
        Assert.Equal(new Publication(D(4, 1), "门户网站", "https://example.gov.cn/gs/1", Cast.Clerk.UserId), c.Publication);
        Assert.Equal(DeadlineStatus.Met, c.Deadlines(Late).Single(d => d.Kind == DeadlineKind.Publication).Status);
        Assert.Equal(CaseTrigger.RecordPublication, c.History[^1].Trigger);
    }

    [Fact]
    public void RecordPublication_AfterClosure_IsAllowedAndLateIsOverdue()
    {
        var c = new CaseBuilder().Build(CaseState.Closed);

        c.RecordPublication(Cast.Officer1, Late, new PublicationData(D(4, 9), "门户网站", null));

        Assert.Equal(CaseState.Closed, c.State);
        var publication = c.Deadlines(Late).Single(d => d.Kind == DeadlineKind.Publication);
        Assert.Equal(DeadlineStatus.Overdue, publication.Status);
        Assert.Equal(D(4, 9), publication.MetOn);
    }

    [Fact]
    public void RecordPublication_DatedBeforeTheDecision_IsRefusedAndChangesNothing()
    {
        var c = new CaseBuilder().Build(CaseState.Decided);
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(() => c.RecordPublication(Cast.Clerk, Late, new PublicationData(D(3, 26), "门户网站", null)));

        Assert.Contains(CaseGuards.DatedInOrder, error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void RecordPublication_DatedInTheFuture_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Decided);

        Assert.Throws<DomainRuleException>(() => c.RecordPublication(Cast.Clerk, Clocks.At(D(4, 1)), new PublicationData(D(4, 2), "门户网站", null)));
        Assert.Null(c.Publication);
    }

    [Fact]
    public void RecordPublication_WithoutChannel_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Decided);

        Assert.Throws<DomainRuleException>(() => c.RecordPublication(Cast.Clerk, Late, new PublicationData(D(4, 1), " ", null)));
        Assert.Null(c.Publication);
    }

    [Theory]
    [InlineData(CaseState.PendingDecision)]
    [InlineData(CaseState.Archived)]
    public void RecordPublication_BeforeTheDecisionOrAfterArchiving_IsRefused(CaseState state)
    {
        var c = new CaseBuilder().Build(state);

        Assert.Throws<DomainRuleException>(() => c.RecordPublication(Cast.Clerk, Late, new PublicationData(D(4, 1), "门户网站", null)));
    }

    [Fact]
    public void RecordPublication_ByTheHeadOrTheReviewer_IsNotTheirStep()
    {
        Assert.Equal([CaseRole.Clerk, CaseRole.Officer], CaseRoleTable.RolesFor(CaseTrigger.RecordPublication));
        Assert.Equal("公示处罚决定", CaseTrigger.RecordPublication.ToChinese());
    }

    [Fact]
    public void ReplaceDocumentNumber_OfTheDecision_RenumbersOnlyThatDocument()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);
        var notice = c.CurrentNotice!.Number;

        c.ReplaceDocumentNumber(c.Decision!.Number, "博环罚决〔2025〕7号");

        Assert.Equal("博环罚决〔2025〕7号", c.Decision.Number);
        Assert.Equal(notice, c.CurrentNotice!.Number);
        Assert.Throws<DomainRuleException>(() => new CaseBuilder().Build(CaseState.Archived).ReplaceDocumentNumber("x", "y"));
    }
}
