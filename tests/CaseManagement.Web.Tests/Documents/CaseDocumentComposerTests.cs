using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents;

public sealed class CaseDocumentComposerTests
{
    public static TheoryData<string> Names => TemplateNames();

    private static string Render(string name, string? number = null, string? served = null, bool draft = false, PenaltyCase? c = null)
    {
        var data = CaseScenario.Composer().Compose(name, c ?? CaseScenario.Executing(), CaseScenario.Context(number, served, draft));
        return Text(Fill(name, data, strict: true));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Compose_WhenCaseIsExecuting_EveryTemplateFillsStrictlyAndPassesTheValidator(string name)
    {
        var data = CaseScenario.Composer().Compose(name, CaseScenario.Executing(), CaseScenario.Context("博环测字〔2025〕9号"));

        var docx = Fill(name, data, strict: true);

        Assert.Empty(ValidationErrors(docx));
        Assert.Contains("滨州市生态环境局博兴分局", Text(docx));
    }

    [Fact]
    public void PenaltyDecision_WhenComposed_CarriesEverythingArticle59Requires()
    {
        var text = Render("penalty-decision", CaseScenario.DecisionNumber);

        Assert.Contains(CaseScenario.DecisionNumber, text);
        Assert.Contains(CaseScenario.PartyName, text);
        Assert.Contains("91371625MA3C7XKQ0N", text);
        Assert.Contains("博兴县经济开发区建设路8号", text);
        Assert.Contains("现场检查（勘察）笔录", text);
        Assert.Contains("现场照片12张", text);
        Assert.Contains("《中华人民共和国环境影响评价法》第二十五条", text);
        Assert.Contains("《中华人民共和国环境影响评价法》第三十一条", text);
        Assert.Contains(CaseScenario.NoticeNumber, text);
        Assert.Contains("2025年3月12日", text);
        Assert.Contains(CaseScenario.StatementText, text);
        Assert.Contains("维持拟处罚意见", text);
        Assert.Contains("罚款人民币85,000.00元", text);
        Assert.Contains("捌万伍仟元整", text);
        Assert.Contains("自收到本决定书之日起十五日内", text);
        Assert.Contains("百分之三", text);
        Assert.Contains("六十日内向滨州市人民政府或者博兴县人民政府申请行政复议", text);
        Assert.Contains("六个月内向博兴县人民法院提起行政诉讼", text);
        Assert.Contains("2025年3月27日", text);
        Assert.DoesNotContain("［", text);
    }

    [Fact]
    public void PenaltyDecision_ForUnapprovedConstructionBeforeTheCode_StatesInvestmentAndOldOrLighterRule()
    {
        var text = Render("penalty-decision", CaseScenario.DecisionNumber);

        Assert.Contains("总投资额为人民币捌佰伍拾万元整（8,500,000.00元）", text);
        Assert.Contains("依据调查询问笔录", text);
        Assert.Contains("有证据2为证", text);
        Assert.Contains("从旧兼从轻", text);
        Assert.Contains("第三十七条", text);
    }

    [Fact]
    public void AdvanceNotice_WhenComposed_StatesProposedFineRightsAndPeriods()
    {
        var text = Render("advance-notice", CaseScenario.NoticeNumber);

        Assert.Contains(CaseScenario.NoticeNumber, text);
        Assert.Contains(CaseScenario.PartyName, text);
        Assert.Contains("罚款人民币85,000.00元（大写：人民币捌万伍仟元整）", text);
        Assert.Contains("收到本告知书之日起五个工作日内", text);
        Assert.Contains("要求举行听证的权利", text);
        Assert.Contains("2025年3月12日", text);
        Assert.Contains("从旧兼从轻", text);
    }

    [Fact]
    public void ServiceReceipt_OfTheDecision_NamesDocumentNumberRecipientMethodAndDate()
    {
        var text = Render("service-receipt");

        Assert.Contains("行政处罚决定书", text);
        Assert.Contains(CaseScenario.DecisionNumber, text);
        Assert.Contains(CaseScenario.PartyName, text);
        Assert.Contains("李四", text);
        Assert.Contains("直接送达", text);
        Assert.Contains("2025年3月28日", text);
        Assert.Contains("王执法、李执法", text);
    }

    [Fact]
    public void ServiceReceipt_OfTheNotice_NamesTheNoticeAndItsServiceDay()
    {
        var text = Render("service-receipt", served: "advance-notice");

        Assert.Contains("行政处罚事先（听证）告知书", text);
        Assert.Contains(CaseScenario.NoticeNumber, text);
        Assert.Contains("2025年3月13日", text);
        Assert.DoesNotContain(CaseScenario.DecisionNumber, text);
    }

    [Fact]
    public void Preview_WhenDraft_ShowsDraftMarkInsteadOfANumber()
    {
        var text = Render("penalty-decision", CaseScenario.DecisionNumber, draft: true);

        Assert.Contains(CaseDocumentComposer.DraftNumber, text);
        Assert.DoesNotContain(CaseScenario.DecisionNumber, text);
    }

    [Fact]
    public void FilingApproval_WhenComposed_HasCaseNumberSourceSummaryAndHeadApproval()
    {
        var text = Render("filing-approval");

        Assert.Contains(CaseScenario.CaseNumber, text);
        Assert.Contains("群众举报", text);
        Assert.Contains("初查属实", text);
        Assert.Contains("同意立案，由王执法、李执法承办", text);
        Assert.Contains("张局长", text);
        Assert.Contains("2025年3月5日", text);
    }

    [Fact]
    public void ClosureApproval_WhenClosed_StatesDecisionPaymentAndGround()
    {
        var c = CaseScenario.Executing();
        c.RecordPayment(CaseScenario.Clerk, CaseScenario.Clock, new PaymentData(CaseScenario.D(4, 1), CaseScenario.Fine, "缴款书001"));
        c.Close(CaseScenario.Head, CaseScenario.Clock, new ClosureData(CaseScenario.D(4, 2), ClosureGround.PerformedInFull, "已全部缴纳")
        {
            Opinions = new ClosureOpinions(null, null, null, null, null, "同意结案"),
        });

        var text = Render("closure-approval", c: c);

        Assert.Contains(CaseScenario.DecisionNumber, text);
        Assert.Contains("当事人已缴纳罚款人民币捌万伍仟元整（85,000.00元）", text);
        Assert.Contains("当事人已全部履行", text);
        Assert.Contains("2025年4月2日", text);
    }

    [Fact]
    public void FileIndex_WithEntries_PrintsPageRangesInOrder()
    {
        var data = DocumentDefinitions.Of<FileIndexDocument>().Compose(CaseScenario.Executing(), CaseScenario.Context(),
            [new FileIndexEntry(CaseScenario.DecisionNumber, "行政处罚决定书", CaseScenario.D(3, 27), "1-3"), new FileIndexEntry(null, "送达回证", CaseScenario.D(3, 28), "4")]);

        var text = Text(Fill("file-index", data, strict: true));

        Assert.Contains("1-3", text);
        Assert.True(text.IndexOf("行政处罚决定书", StringComparison.Ordinal) < text.IndexOf("送达回证", StringComparison.Ordinal));
    }
}
