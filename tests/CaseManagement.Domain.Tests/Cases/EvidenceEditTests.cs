using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>修改证据: the investigating officers correct an item until the 事先告知书 is issued, never after.</summary>
public sealed class EvidenceEditTests
{
    private static readonly CaseClock Clock = Clocks.At(new DateOnly(2025, 6, 30));

    [Fact]
    public void EditEvidence_BeforeTheNotice_ChangesNameSourceAndProofAndRecordsWhatChanged()
    {
        var c = new CaseBuilder().Build(CaseState.Review);

        c.EditEvidence(Cast.Officer1, Clock, new EvidenceEditData(1, new DateOnly(2025, 6, 30), "在线监测数据（排放口）", "自动监控平台", "证明2025年3月超标排放"));

        var item = c.Evidence[0];
        Assert.Equal(("在线监测数据（排放口）", "自动监控平台", "证明2025年3月超标排放"), (item.Title, item.Source, item.Proves));
        Assert.Equal(CaseState.Review, c.State);
        Assert.Contains("名称“在线监测数据”改为“在线监测数据（排放口）”", c.History[^1].Summary);
        Assert.Contains("证明内容改为“证明2025年3月超标排放”", c.History[^1].Summary);
    }

    [Fact]
    public void EditEvidence_AfterTheNotice_IsRefusedSayingTheNotifiedListStands()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);
        var before = c.Evidence[0].Title;

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.EditEvidence(Cast.Officer1, Clock, new EvidenceEditData(1, new DateOnly(2025, 6, 30), "改过的名称", null, null)));

        Assert.Contains("事先告知书制发前", refusal.Message);
        Assert.Contains("行政处罚法第四十四条", refusal.Message);
        Assert.Equal("evidence-editable-before-notice", refusal.Code);
        Assert.Equal(before, c.Evidence[0].Title);
    }

    [Fact]
    public void EditEvidence_ByAnOfficerWhoDoesNotInvestigateTheCase_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);
        var outsider = new Actor("o9", "钱执法", new HashSet<CaseRole> { CaseRole.Officer });

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.EditEvidence(outsider, Clock, new EvidenceEditData(1, new DateOnly(2025, 6, 30), "改过的名称", null, null)));

        Assert.Contains("本案调查人员", refusal.Message);
        Assert.Equal("evidence-edited-by-investigator", refusal.Code);
        Assert.Equal("在线监测数据", c.Evidence[0].Title);
    }

    [Fact]
    public void EditEvidence_OfAnItemTheCaseDoesNotHave_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.EditEvidence(Cast.Officer1, Clock, new EvidenceEditData(7, new DateOnly(2025, 6, 30), "名称", null, null)));

        Assert.Contains("第7号证据", refusal.Message);
    }
}

/// <summary>裁量因素 saved with the proposal stay with it when a new notice revises the penalty.</summary>
public sealed class DiscretionFactorsTests
{
    private static readonly CaseClock Clock = Clocks.At(new DateOnly(2025, 6, 30));

    [Fact]
    public void Describe_ChosenGrades_InTheTablesOrderWithTheirNames()
    {
        var text = DiscretionTable.Default.Describe([new(DiscretionFactor.Correction, 3), new(DiscretionFactor.Harm, 2)]);

        Assert.Equal("危害后果为造成一般危害后果，整改态度为拒不改正", text);
    }

    [Fact]
    public void SubmitForReview_WithALevelTheTableDoesNotHave_IsRefusedAndChangesNothing()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var refusal = Assert.Throws<DomainRuleException>(() => c.SubmitForReview(Cast.Officer1, Clock, new ReviewSubmissionData(
            new DateOnly(2025, 6, 30), "调查终结报告", "登记表未备案", "EiaRegistrationNotFiled", new DateOnly(2025, 1, 10),
            new ProposedPenalty(50_000m, Sanctions.None, false) { DiscretionFactors = [new(DiscretionFactor.Harm, 9)] })));

        Assert.Contains("裁量基准表", refusal.Message);
        Assert.Equal(CaseState.Investigation, c.State);
    }

    [Fact]
    public void IssueNotice_WithARevisedPenalty_KeepsTheFactorsAndReasonsSavedWithTheProposal()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);
        c.SubmitForReview(Cast.Officer1, Clock, new ReviewSubmissionData(
            new DateOnly(2025, 6, 3), "调查终结报告", "登记表未备案", "EiaRegistrationNotFiled", new DateOnly(2025, 1, 10),
            new ProposedPenalty(50_000m, Sanctions.None, false)
            {
                DiscretionFactors = [new(DiscretionFactor.Harm, 2)],
                DiscretionReasons = "首次违法",
            }));
        c.CompleteCaseReview(Cast.Reviewer, Clock, new CaseReviewData(new DateOnly(2025, 6, 4), CaseBuilder.PassingChecklist(), "同意"));

        c.IssueNotice(Cast.Reviewer, Clock, new NoticeData("博环罚告〔2025〕2号", new DateOnly(2025, 6, 5), new ProposedPenalty(40_000m, Sanctions.None, false)));

        Assert.Equal(40_000m, c.ProposedPenalty!.Fine);
        Assert.Equal([new DiscretionChoice(DiscretionFactor.Harm, 2)], c.ProposedPenalty.DiscretionFactors!);
        Assert.Equal("首次违法", c.ProposedPenalty.DiscretionReasons);
    }
}
