using CaseManagement.Domain.Cases;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

public sealed class SuspensionAndHistoryTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));

    [Theory]
    [InlineData(CaseState.Investigation)]
    [InlineData(CaseState.Review)]
    [InlineData(CaseState.LegalReview)]
    [InlineData(CaseState.CollectiveDiscussion)]
    [InlineData(CaseState.PendingDecision)]
    public void Resume_AfterSuspend_ReturnsToTheStateItLeftAndRecordsTheInterval(CaseState from)
    {
        var c = new CaseBuilder().Build(from);

        c.Suspend(Cast.Head, Late, new SuspensionData(D(4, 10), "送请有权机关解释"));
        Assert.Equal((CaseState.Suspended, from), (c.State, c.SuspendedFrom!.Value));
        c.Resume(Cast.Head, Late, new ResumptionData(D(5, 6)));

        Assert.Equal(from, c.State);
        Assert.Null(c.SuspendedFrom);
        var interval = Assert.Single(c.Suspensions);
        Assert.Equal((D(4, 10), D(5, 6), from, "h1", "h1"), (interval.From, interval.To!.Value, interval.SuspendedFrom, interval.ApprovedBy, interval.ResumeApprovedBy!));
        Assert.Equal((CaseState.Suspended, from, CaseTrigger.Resume), (c.History[^1].From!.Value, c.History[^1].To, c.History[^1].Trigger));
    }

    [Fact]
    public void Resume_DatedBeforeTheSuspension_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Review);
        c.Suspend(Cast.Head, Late, new SuspensionData(D(4, 10), "中止"));
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(() => c.Resume(Cast.Head, Late, new ResumptionData(D(4, 9))));

        Assert.Contains(CaseGuards.DatedInOrder, error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void Suspend_Twice_KeepsEveryInterval()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        c.Suspend(Cast.Head, Late, new SuspensionData(D(4, 1), "第一次"));
        c.Resume(Cast.Head, Late, new ResumptionData(D(4, 8)));
        c.SubmitForReview(Cast.Officer1, Late, new ReviewSubmissionData(D(4, 9), "报告", "登记表未备案", "EiaRegistrationNotFiled", D(1, 10), new ProposedPenalty(1_000m, Sanctions.None, false)));
        c.Suspend(Cast.Head, Late, new SuspensionData(D(4, 10), "第二次"));
        c.Resume(Cast.Head, Late, new ResumptionData(D(4, 20)));

        Assert.Equal(CaseState.Review, c.State);
        Assert.Equal([(D(4, 1), D(4, 8)), (D(4, 10), D(4, 20))], c.Suspensions.Select(s => (s.From, s.To!.Value)));
    }

    [Fact]
    public void Terminate_WhileSuspended_ClosesTheOpenInterval()
    {
        var c = new CaseBuilder().Build(CaseState.Suspended);

        c.Terminate(Cast.Head, Late, new ReasonData(D(4, 2), "当事人死亡"));

        Assert.Equal(CaseState.Terminated, c.State);
        Assert.Equal(D(4, 2), c.Suspensions[0].To);
        Assert.Null(c.SuspendedFrom);
    }

    [Fact]
    public void History_OfAFullCase_RecordsEveryStepWithServerTimeAndUser()
    {
        var builder = new CaseBuilder();

        var c = builder.Build(CaseState.Archived);

        var transitions = c.History.Where(e => e.From != e.To).Select(e => e.To);
        Assert.Equal(
            [CaseState.Lead, CaseState.Investigation, CaseState.Review, CaseState.Notified, CaseState.LegalReview, CaseState.PendingDecision,
             CaseState.Decided, CaseState.Executing, CaseState.Closed, CaseState.Archived],
            transitions);
        Assert.Null(c.History[0].From);
        Assert.Equal(CaseTrigger.RegisterLead, c.History[0].Trigger);
        Assert.Equal(16, c.History.Count);
        Assert.All(c.History, e => Assert.Equal(builder.Clock.Now, e.At));
        Assert.Equal(["o1", "o1", "h1"], c.History.Take(3).Select(e => e.UserId));
        Assert.Contains("博环罚立〔2025〕1号", c.History[2].Summary);
        Assert.Equal("博环罚立〔2025〕1号", c.CaseNumber);
        Assert.Equal(D(4, 3), c.LastStepOn);
    }

    [Fact]
    public void Vocabulary_HasAChineseLabelForEveryStateAndTrigger()
    {
        var labels = Enum.GetValues<CaseState>().Select(s => s.ToChinese()).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal("案源登记", CaseState.Lead.ToChinese());
        Assert.Equal("已归档", CaseState.Archived.ToChinese());
        Assert.All(Enum.GetValues<CaseTrigger>(), t => Assert.False(string.IsNullOrWhiteSpace(t.ToChinese())));
        Assert.Equal("制发告知书", CaseTrigger.IssueNotice.ToChinese());
    }
}
