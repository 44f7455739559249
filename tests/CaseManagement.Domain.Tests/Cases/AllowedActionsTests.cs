using CaseManagement.Domain.Cases;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

public sealed class AllowedActionsTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));

    [Fact]
    public void AllowedActions_ForAnOfficerInInvestigation_ListsTheInvestigationSteps()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var actions = c.AllowedActions(Cast.Officer1, Late);

        Assert.Equal(["SubmitForReview", "OrderCorrection", "AddEvidence", "RecordInvestigation", "RecordInvestmentFinding", "EditEvidence"], actions);
    }

    [Theory]
    [InlineData(CaseState.Investigation)]
    [InlineData(CaseState.LegalReview)]
    [InlineData(CaseState.Executing)]
    public void AllowsAny_AnswersForEachTriggerAsAllowedActionsListsIt(CaseState state)
    {
        var c = new CaseBuilder().Build(state);

        foreach (var actor in new[] { Cast.Officer1, Cast.Officer3, Cast.Reviewer, Cast.Head })
        {
            var listed = c.AllowedActions(actor, Late);
            foreach (var trigger in Enum.GetValues<CaseTrigger>())
            {
                Assert.Equal(listed.Contains(trigger.ToString()), c.AllowsAny(actor, Late, t => t == trigger));
            }

            Assert.Equal(listed.Count > 0, c.AllowsAny(actor, Late, _ => true));
        }
    }

    [Fact]
    public void AllowedActions_AfterAStepMovesTheCase_AreTheNewStatesActions()
    {
        var c = new CaseBuilder().Build(CaseState.LegalReview);
        Assert.Contains("PassLegalReview", c.AllowedActions(Cast.Reviewer, Late)); // the machine is built for 法制审核

        c.ReturnForInvestigation(Cast.Reviewer, Late, new ReasonData(Late.Today, "证据不足，退回补充调查"));

        Assert.Equal(CaseState.Investigation, c.State);
        Assert.DoesNotContain("PassLegalReview", c.AllowedActions(Cast.Reviewer, Late));
        Assert.Contains("RecordInvestigation", c.AllowedActions(Cast.Officer1, Late));
    }

    [Fact]
    public void AllowedActions_ForAnOfficerNotOnTheCase_HidesSubmitForReview()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var actions = c.AllowedActions(Cast.Officer3, Late);

        Assert.DoesNotContain("SubmitForReview", actions);
        Assert.Contains("AddEvidence", actions);
    }

    [Fact]
    public void AllowedActions_ForTheHeadInInvestigation_ListsApprovals()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var actions = c.AllowedActions(Cast.Head, Late);

        Assert.Equal(["CancelFiling", "Terminate", "Transfer", "Suspend", "ExtendDeadline", "ChangeOfficers"], actions);
    }

    [Fact]
    public void AllowedActions_ForAReviewerInLegalReview_ListsTheReviewOutcomes()
    {
        var c = new CaseBuilder().Build(CaseState.LegalReview);

        var actions = c.AllowedActions(Cast.Reviewer, Late);

        Assert.Equal(["ReturnForInvestigation", "IssueNotice", "RequireDiscussion", "PassLegalReview"], actions);
    }

    [Fact]
    public void AllowedActions_ForAnInvestigatorWhoAlsoReviews_NeverShowsReviewActions()
    {
        var inReview = new CaseBuilder().Build(CaseState.Review);
        var inLegalReview = new CaseBuilder().Build(CaseState.LegalReview);

        var duringReview = inReview.AllowedActions(Cast.InvestigatingReviewer, Late);
        var duringLegalReview = inLegalReview.AllowedActions(Cast.InvestigatingReviewer, Late);

        Assert.DoesNotContain("CompleteCaseReview", duringReview);
        Assert.DoesNotContain("ReturnForInvestigation", duringReview);
        Assert.DoesNotContain("IssueNotice", duringReview);
        Assert.DoesNotContain("PassLegalReview", duringLegalReview);
        Assert.DoesNotContain("RequireDiscussion", duringLegalReview);
        Assert.Contains("OrderCorrection", duringLegalReview);
    }

    [Fact]
    public void AllowedActions_WhenDiscussionIsRequired_OffersRequireDiscussionButNotPassLegalReview()
    {
        var c = new CaseBuilder().WithViolation("AirEmissionExceedance", CaseBuilder.D(1, 10)).WithPenalty(200_000m).Build(CaseState.LegalReview);

        var actions = c.AllowedActions(Cast.Reviewer, Late);

        Assert.Contains("RequireDiscussion", actions);
        Assert.DoesNotContain("PassLegalReview", actions);
    }

    [Fact]
    public void AllowedActions_ForTheHeadWhoRequestedFiling_HidesFile()
    {
        var c = new CaseBuilder().Build(CaseState.Lead);
        c.RequestFiling(Cast.DeputyHead, Late, new FilingRequestData(D(3, 4), "提请立案"));

        Assert.DoesNotContain("File", c.AllowedActions(Cast.DeputyHead, Late));
        Assert.Contains("File", c.AllowedActions(Cast.Head, Late));
    }

    [Fact]
    public void AllowedActions_InNotified_DependOnTheDayAndTheService()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);
        Assert.Equal(["RecordNoticeService", "RecordServiceAttempt"], c.AllowedActions(Cast.Clerk, Late));
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Served.Direct()));

        var onDayThree = c.AllowedActions(Cast.Clerk, Clocks.At(D(3, 18)));
        var afterPeriods = c.AllowedActions(Cast.Clerk, Clocks.At(D(3, 21)));
        var reviewerEarly = c.AllowedActions(Cast.Reviewer, Clocks.At(D(3, 20)));
        var reviewerLate = c.AllowedActions(Cast.Reviewer, Clocks.At(D(3, 21)));

        Assert.Equal(["RecordStatement", "RequestHearing"], onDayThree);
        Assert.Equal(["RecordStatement"], afterPeriods);
        Assert.DoesNotContain("CloseStatementPeriod", reviewerEarly);
        Assert.Contains("CloseStatementPeriod", reviewerLate);
    }

    [Fact]
    public void AllowedActions_InExecuting_OfferDemandOnlyAfterThePaymentDay()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        Assert.DoesNotContain("IssueDemand", c.AllowedActions(Cast.Officer1, Clocks.At(D(4, 14))));
        Assert.Contains("IssueDemand", c.AllowedActions(Cast.Officer1, Clocks.At(D(4, 15))));
        Assert.Equal(["Serve", "RecordPublication", "RecordServiceAttempt", "RecordRemedy"], new CaseBuilder().Build(CaseState.Decided).AllowedActions(Cast.Clerk, Late));
    }

    [Fact]
    public void AllowedActions_ForTheClerkOnAClosedCase_IsArchiveOrPublication()
    {
        var c = new CaseBuilder().Build(CaseState.Closed);

        Assert.Equal(["Archive", "RecordPublication"], c.AllowedActions(Cast.Clerk, Late));
    }

    [Theory]
    [InlineData(CaseState.Investigation)]
    [InlineData(CaseState.Executing)]
    [InlineData(CaseState.Closed)]
    public void AllowedActions_ForAnAdministrator_IsEmpty(CaseState state)
    {
        var c = new CaseBuilder().Build(state);

        Assert.Empty(c.AllowedActions(Cast.Admin, Late));
    }

    [Fact]
    public void AllowedActions_OnAnArchivedCase_IsEmptyForEveryone()
    {
        var c = new CaseBuilder().Build(CaseState.Archived);
        var everyone = new HashSet<CaseRole>(Enum.GetValues<CaseRole>());

        Assert.Empty(c.AllowedActions(new Actor("x", "全能", everyone), Late));
    }

    [Fact]
    public void AllowedActions_NeverChangesTheCase()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);
        var before = Snapshot.Of(c);

        c.AllowedActions(Cast.Head, Late);

        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void AllowedActions_EveryListedTrigger_IsPermittedToThatRole()
    {
        foreach (var state in Enum.GetValues<CaseState>())
        {
            var c = new CaseBuilder().Build(state);
            foreach (var actor in new[] { Cast.Officer1, Cast.Reviewer, Cast.Head, Cast.Clerk })
            {
                foreach (var action in c.AllowedActions(actor, Late))
                {
                    Assert.True(CaseRoleTable.MayFire(actor, Enum.Parse<CaseTrigger>(action)), $"{state}: {actor.Name} {action}");
                }
            }
        }
    }
}
