using CaseManagement.Domain.Cases;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>变更执法人员 (行政处罚法第四十三条回避) and the single 提请立案 (第五十四条).</summary>
public sealed class OfficerChangeTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));

    [Fact]
    public void ChangeOfficers_WhenAnOfficerIsRecused_ReplacesHimAndTheNewTeamMayAct()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        c.ChangeOfficers(Cast.Head, Late, new OfficerChangeData(D(4, 1), [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o3")], "李执法与当事人有亲属关系", true));
        c.RecordInvestigation(Cast.Officer1, Late, new InvestigationRecordData(InvestigationRecordKind.Interview, D(4, 2), "询问室", ["o1", "o3"], "询问"));

        Assert.Equal(["o1", "o3"], c.Officers.Select(o => o.UserId));
        Assert.Equal(CaseState.Investigation, c.State);
        var line = c.History.Single(e => e.Trigger == CaseTrigger.ChangeOfficers).Summary;
        Assert.Contains("回避", line);
        Assert.Contains("退出李执法", line);
        Assert.Contains("李执法与当事人有亲属关系", line);
    }

    [Fact]
    public void ChangeOfficers_WhenOneOfficerWouldRemain_IsRefusedAndTheTeamStays()
    {
        var c = new CaseBuilder().Build(CaseState.Review);
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(() =>
            c.ChangeOfficers(Cast.Head, Late, new OfficerChangeData(D(4, 1), [Cast.CaseOfficer("o1")], "李执法调离", false)));

        Assert.Contains(CaseGuards.TwoCertifiedOfficers, error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void ChangeOfficers_WhenTheNewOfficersCertificateHasExpired_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Assert.Throws<DomainRuleException>(() => c.ChangeOfficers(Cast.Head, Late,
            new OfficerChangeData(D(4, 1), [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o3", new DateOnly(2025, 3, 31))], "调离", false)));

        Assert.Contains(CaseGuards.TwoCertifiedOfficers, error.Message);
        Assert.Equal(["o1", "o2"], c.Officers.Select(o => o.UserId));
    }

    [Fact]
    public void ChangeOfficers_WithoutReasonOrChange_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var same = Assert.Throws<DomainRuleException>(() => c.ChangeOfficers(Cast.Head, Late,
            new OfficerChangeData(D(4, 1), [Cast.CaseOfficer("o2"), Cast.CaseOfficer("o1")], "无变化", false)));
        var noReason = Assert.Throws<DomainRuleException>(() => c.ChangeOfficers(Cast.Head, Late,
            new OfficerChangeData(D(4, 1), [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o3")], " ", false)));

        Assert.Contains(CaseGuards.OfficersChanged, same.Message);
        Assert.Contains(CaseGuards.OfficersChanged, noReason.Message);
    }

    [Fact]
    public void ChangeOfficers_ByAnOfficer_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Assert.Throws<DomainRuleException>(() => c.ChangeOfficers(Cast.Officer1, Late,
            new OfficerChangeData(D(4, 1), [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o3")], "调离", false)));

        Assert.Contains("负责人", error.Message);
    }

    [Fact]
    public void RequestFiling_WhenAlreadyRequested_IsRefusedAndNoLongerOffered()
    {
        var c = new CaseBuilder().Build(CaseState.Lead);
        Assert.Contains(nameof(CaseTrigger.RequestFiling), c.AllowedActions(Cast.Officer1, Late));

        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));

        Assert.DoesNotContain(nameof(CaseTrigger.RequestFiling), c.AllowedActions(Cast.Officer1, Late));
        Assert.Equal("待立案审批", c.StageLabel());
        var error = Assert.Throws<DomainRuleException>(() => c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 5), "再次提请")));
        Assert.Contains(CaseGuards.FilingNotYetRequested, error.Message);
    }
}
