using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>
/// 行政复议、行政诉讼 recorded on the case (行政处罚法第七十三条): they pause the surcharge, hold and move the court
/// window (行政强制法第五十三条), and a revocation closes the case or sends it back to investigation.
/// </summary>
public sealed class RemedyTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));

    private static PenaltyCase Executing() => new CaseBuilder().WithPenalty(50_000m).Build(CaseState.Executing);

    [Fact]
    public void ApplyToCourt_BeforeTheLitigationPeriodRanOut_IsRefusedAndChangesNothing()
    {
        // Served 2025-03-28: the party may sue until 2025-09-28; the court application waits for it (行政强制法第五十三条).
        var c = Executing();
        c.IssueDemand(Cast.Officer1, Late, new DemandData(D(4, 15), D(4, 15), ServiceMethod.Direct, Served.Direct()));
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() => c.ApplyToCourt(Cast.Head, Late, new CourtApplicationData(D(5, 6), "博兴县人民法院")));

        Assert.Contains(CaseGuards.WithinCourtWindow, refusal.Message);
        Assert.Equal(before, Snapshot.Of(c));
        c.ApplyToCourt(Cast.Head, Late, new CourtApplicationData(D(9, 29), "博兴县人民法院"));
    }

    [Fact]
    public void ApplyToCourt_WhileAReconsiderationIsPending_IsRefused()
    {
        var c = Executing();
        c.IssueDemand(Cast.Officer1, Late, new DemandData(D(4, 15), D(4, 15), ServiceMethod.Direct, Served.Direct()));
        c.RecordRemedy(Cast.Reviewer, Late, new RemedyData(RemedyKind.Reconsideration, D(5, 10), "博兴县人民政府"));

        var refusal = Assert.Throws<DomainRuleException>(() => c.ApplyToCourt(Cast.Head, Late, new CourtApplicationData(D(10, 9), "博兴县人民法院")));

        Assert.Contains(CaseGuards.NoRemedyPending, refusal.Message);
        Assert.Null(c.CourtApplication);
    }

    [Fact]
    public void Surcharge_WhileReconsiderationIsPending_DoesNotAccrue()
    {
        // Reconsideration from 4-20 (to 5-19): of the days up to 4-30, the eleven from 4-20 do not accrue.
        var c = Executing();
        var without = CaseDeadlines.Surcharge(c.Timeline(), Late.Calendar, Late.Rules, D(4, 30))!;
        c.RecordRemedy(Cast.Reviewer, Late, new RemedyData(RemedyKind.Reconsideration, D(4, 20), "博兴县人民政府"));
        c.RecordRemedyOutcome(Cast.Reviewer, Late, new RemedyOutcomeData(1, RemedyOutcome.Upheld, D(5, 19), "维持"));

        var with = CaseDeadlines.Surcharge(c.Timeline(), Late.Calendar, Late.Rules, D(4, 30))!;

        Assert.Equal(without.DaysAccrued - 11, with.DaysAccrued);
        Assert.True(with.Amount < without.Amount);
    }

    [Fact]
    public void Close_AsRevoked_WithoutARecordedRevocation_IsRefused()
    {
        var c = Executing();

        var refusal = Assert.Throws<DomainRuleException>(() => c.Close(Cast.Head, Late, new ClosureData(D(6, 1), ClosureGround.DecisionRevoked, "复议决定撤销")));

        Assert.Contains(CaseGuards.ClosureGroundMet, refusal.Message);
        c.RecordRemedy(Cast.Reviewer, Late, new RemedyData(RemedyKind.Reconsideration, D(4, 20), "博兴县人民政府"));
        c.RecordRemedyOutcome(Cast.Reviewer, Late, new RemedyOutcomeData(1, RemedyOutcome.Revoked, D(5, 19), null));
        c.Close(Cast.Head, Late, new ClosureData(D(6, 1), ClosureGround.DecisionRevoked, "复议决定撤销"));
        Assert.Equal(CaseState.Closed, c.State);
    }

    [Fact]
    public void ReturnForInvestigation_AfterARevocationOrderingANewDecision_ClearsTheDecision()
    {
        var c = Executing();
        Assert.DoesNotContain("ReturnForInvestigation", c.AllowedActions(Cast.Reviewer, Late));
        c.RecordRemedy(Cast.Reviewer, Late, new RemedyData(RemedyKind.Litigation, D(4, 20), "博兴县人民法院"));
        c.RecordRemedyOutcome(Cast.Reviewer, Late, new RemedyOutcomeData(1, RemedyOutcome.RevokedNewDecisionOrdered, D(8, 19), "判决撤销并责令重作"));

        c.ReturnForInvestigation(Cast.Reviewer, Late, new ReasonData(D(8, 20), "判决撤销，重新作出决定"));

        Assert.Equal(CaseState.Investigation, c.State);
        Assert.Null(c.Decision);
        Assert.Equal(0m, c.OutstandingFine);
    }

    [Fact]
    public void EnforcementReasons_WhenARemedyWasRecorded_NeverSayNoneWasSought()
    {
        var c = Executing();
        Assert.Contains(EnforcementText.NoRemedy, EnforcementText.Reasons(c.Remedies));
        c.RecordRemedy(Cast.Reviewer, Late, new RemedyData(RemedyKind.Reconsideration, D(4, 20), "博兴县人民政府"));
        c.RecordRemedyOutcome(Cast.Reviewer, Late, new RemedyOutcomeData(1, RemedyOutcome.Upheld, D(5, 19), null));

        var text = EnforcementText.Reasons(c.Remedies);

        Assert.DoesNotContain(EnforcementText.NoRemedy, text);
        Assert.Contains("2025年4月20日向博兴县人民政府申请行政复议", text);
        Assert.Contains("复议决定维持", text);
    }
}
