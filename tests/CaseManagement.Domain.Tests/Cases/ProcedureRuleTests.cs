using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>The procedure rules of the second legal review: truthful refusals, citations, the head's flag, limitation.</summary>
public sealed class ProcedureRuleTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 6, 30));

    [Fact]
    public void RequestHearing_AfterTheHearingWasWaived_SaysItWasWaivedNotThatItWasNeverOffered()
    {
        var c = new CaseBuilder().WithPenalty(50_000m).Build(CaseState.Notified);
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Served.Direct()));
        c.RecordStatement(Cast.Officer1, Late, new StatementData(D(3, 14), "书面放弃听证", WaivesStatement: false, WaivesHearing: true));
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() => c.RequestHearing(Cast.Officer1, Late, new HearingRequestData(D(3, 14))));

        Assert.Contains(CaseGuards.HearingNotWaived, refusal.Message);
        Assert.DoesNotContain(CaseGuards.HearingOffered, refusal.Message);
        Assert.True(c.CurrentNotice!.HearingOffered);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void CaseReview_ByAnInvestigator_CitesTheSeparationOfInvestigationAndReviewNotArticle58()
    {
        var c = new CaseBuilder().Build(CaseState.Review);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.CompleteCaseReview(Cast.InvestigatingReviewer, Late, new CaseReviewData(D(3, 11), PassingChecklist(), "同意")));

        Assert.Contains("生态环境行政处罚办法", refusal.Message);
        Assert.DoesNotContain("第五十八条", refusal.Message);
    }

    [Fact]
    public void SubmitForReview_FlaggedForDiscussionByTheOfficer_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() => c.SubmitForReview(Cast.Officer1, Late, new ReviewSubmissionData(
            D(3, 10), "调查终结报告", "登记表未备案", ViolationCatalogue.EiaRegistrationNotFiled, new DateOnly(2025, 1, 10),
            new ProposedPenalty(20_000m, Sanctions.None, FlaggedForDiscussion: true))));

        Assert.Contains(CaseGuards.DiscussionFlagByHead, refusal.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void IssueNotice_FlaggedByTheHead_RequiresCollectiveDiscussion()
    {
        var c = new CaseBuilder().WithPenalty(20_000m).Build(CaseState.Review);
        c.CompleteCaseReview(Cast.Reviewer, Late, new CaseReviewData(D(3, 11), PassingChecklist(), "同意"));
        Assert.False(c.DiscussionRequired(Late.Rules));

        c.IssueNotice(Cast.Head, Late, new NoticeData("博环罚告〔2025〕3号", D(3, 12), new ProposedPenalty(20_000m, Sanctions.None, FlaggedForDiscussion: true)));

        Assert.True(c.DiscussionRequired(Late.Rules));
    }

    [Fact]
    public void File_WhenTheActWasDiscoveredAfterTheLimitationPeriod_IsRefusedAndChangesNothing()
    {
        // 行政处罚法第三十六条: ended 2023-01-10, discovered (registered) 2025-03-03 — more than two years.
        var c = new CaseBuilder().WithViolation(ViolationCatalogue.EiaRegistrationNotFiled, new DateOnly(2023, 1, 10)).Build(CaseState.Lead);
        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.File(Cast.Head, Late, new FilingData(D(3, 5), "博环罚立〔2025〕9号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")])));

        Assert.Contains(CaseGuards.WithinLimitation, refusal.Message);
        Assert.Equal(before, Snapshot.Of(c));
        Assert.True(LimitationPeriod.For(new DateOnly(2023, 1, 10), false).IsExpired(D(3, 3)));
    }

    [Fact]
    public void File_WithinTheLimitationPeriod_IsAllowed()
    {
        var c = new CaseBuilder().WithViolation(ViolationCatalogue.EiaRegistrationNotFiled, new DateOnly(2023, 3, 4)).Build(CaseState.Lead);
        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));

        c.File(Cast.Head, Late, new FilingData(D(3, 5), "博环罚立〔2025〕9号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")]));

        Assert.Equal(CaseState.Investigation, c.State);
    }
}
