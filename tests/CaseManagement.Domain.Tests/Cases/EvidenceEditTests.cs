using CaseManagement.Domain.Cases;

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
