using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents.Definitions;

/// <summary>Each document, rendered and read back, states what the steps recorded and nothing else.</summary>
public sealed class RecordedFactsTests
{
    private static string Render(string name, string? number = null, bool recorded = true)
    {
        var c = CaseScenario.Executing(recorded: recorded);
        var data = CaseScenario.Composer().Compose(name, c, CaseScenario.Context(number));
        return Text(Fill(name, data, strict: true));
    }

    [Theory]
    [InlineData("penalty-decision", CaseScenario.DecisionNumber)]
    [InlineData("advance-notice", CaseScenario.NoticeNumber)]
    public void OutwardDocument_StatesTheFactsFindingAndTheReasonsWithoutInternalWords(string name, string number)
    {
        var text = Render(name, number);

        Assert.Contains(CaseScenario.FactsFinding, text);
        Assert.Contains("本案裁量理由：危害后果为未造成危害后果或者危害后果轻微，整改态度为主动及时改正；主动停止建设；首次违法", text);
        Assert.DoesNotContain("主观过错为", text);
        Assert.DoesNotContain("建议处以罚款", text);
        Assert.DoesNotContain("罚款幅度为", text);
        Assert.DoesNotContain("最高额", text);
        Assert.DoesNotContain("调查终结报告", text);
    }

    [Fact]
    public void PenaltyDecision_WithoutAFindingWrittenForIt_StatesOnlyTheActNeverTheReport()
    {
        var text = Render("penalty-decision", CaseScenario.DecisionNumber, recorded: false);

        // An act of one day is dated that day, without “起”, which would describe a continuing act without its end.
        Assert.Contains("经查，博兴县某建材有限公司于2025年1月10日存在未批先建的违法行为。", text);
        Assert.DoesNotContain("未经审批擅自于2025年1月10日开工建设", text);
        Assert.DoesNotContain("综合考虑", text);
    }

    [Fact]
    public void PenaltyDecision_EvidenceList_GivesSourceDateAndWhatItProvesAndListsTheRecords()
    {
        var text = Render("penalty-decision", CaseScenario.DecisionNumber);

        Assert.Contains("监督性监测报告：书证，2025年2月20日在搅拌站厂界取得，来源：日常检查中取得，证明搅拌站于2025年2月已在施工", text);
        Assert.Contains("调查询问笔录：2025年3月7日14时00分在本局询问室制作，证明李四承认项目未报批环境影响报告表即开工", text);
    }

    [Fact]
    public void CollectiveDiscussionRecord_PrintsChairRecorderPlaceTimesAndEachSpeech()
    {
        var text = Render("collective-discussion-record");

        Assert.Contains("2025年3月26日15时00分", text);
        Assert.Contains("2025年3月26日16时10分", text);
        Assert.Contains("本局三楼会议室", text);
        Assert.Contains("张局长", text);
        Assert.Contains("周内勤", text);
        Assert.Contains("汇报案情，建议罚款八万五千元", text);
        Assert.Contains("事实清楚，程序合法，同意", text);
        Assert.Contains("同意按拟处罚意见作出处罚决定", text);
        Assert.DoesNotContain("刘副局长\n记录人", text);
    }

    [Fact]
    public void LegalReviewOpinion_PrintsItsOwnNineItemChecklistNotTheCaseReview()
    {
        var text = Render("legal-review-opinion");
        var withoutOne = Render("legal-review-opinion", recorded: false);

        foreach (var item in new[] { "执法主体", "管辖", "程序", "事实", "证据", "定性", "法律依据", "裁量", "文书" })
        {
            Assert.Contains(item, text);
        }

        Assert.Contains("定性为未批先建准确", text);
        Assert.Contains("告知书送达回证缺少送达时间", text);
        Assert.Contains("不符合", text);
        Assert.DoesNotContain("追责时效", text);
        Assert.DoesNotContain("追责时效", withoutOne);
    }

    [Fact]
    public void FilingApproval_PrintsTheOpinionsRecordedAtRequestFilingAndFileWithWhoAndWhen()
    {
        var text = Render("filing-approval");
        var unrecorded = Render("filing-approval", recorded: false);

        Assert.Contains("经初步核实，建议立案查处", text);
        Assert.Contains("刘科长", text);
        Assert.Contains("同意立案，由王执法、李执法承办", text);
        Assert.Contains("张局长", text);
        Assert.Contains("2025年3月5日", text);
        Assert.DoesNotContain("\n同意立案\n", unrecorded);
        Assert.DoesNotContain("建议立案调查", unrecorded);
    }

    [Fact]
    public void InspectionRecord_PrintsHoursAndMinutesThePersonsPresentAndTheRepresentativeAsEntered()
    {
        var text = Render("inspection-record");
        var unrecorded = Render("inspection-record", recorded: false);

        Assert.Contains("2025年3月6日9时05分", text);
        Assert.Contains("2025年3月6日10时40分", text);
        Assert.Contains("赵六（该公司安全员）", text);
        Assert.Contains("王五（项目经理）", text);
        Assert.DoesNotContain("9时", unrecorded);
    }

    [Fact]
    public void ClosureApproval_PrintsTheOpinionsRecordedAtClosingWithWhoAndWhen_AndNoFixedText()
    {
        var recorded = CaseScenario.Executing(recorded: true);
        var bare = CaseScenario.Executing(recorded: true);
        CaseScenario.Close(recorded, CaseScenario.ClosingOpinions);
        CaseScenario.Close(bare);
        var composer = CaseScenario.Composer();

        var text = Text(Fill("closure-approval", composer.Compose("closure-approval", recorded, CaseScenario.Context()), strict: true));
        var bareText = Text(Fill("closure-approval", composer.Compose("closure-approval", bare, CaseScenario.Context()), strict: true));

        Assert.Contains("罚款已全额缴纳，建议结案", text);
        Assert.Contains("王执法", text);
        Assert.Contains("2025年4月1日", text);
        Assert.Contains("同意承办人意见", text);
        Assert.Contains("刘科长", text);
        Assert.Contains("同意结案", text);
        Assert.Contains("张局长", text);
        Assert.DoesNotContain("建议结案", bareText);
        Assert.DoesNotContain("同意结案", bareText);
        Assert.DoesNotContain("张局长", bareText);
    }

    [Fact]
    public void NoticeAndDecision_EvidenceList_PrintTheItemAsEditedBeforeTheNotice()
    {
        var c = CaseScenario.Executing(recorded: true, evidenceEdit: new EvidenceEditData(1, CaseScenario.D(3, 11),
            "监督性监测报告（博环监字〔2025〕7号）", "日常检查中取得", "证明搅拌站于2025年2月已开工建设并产生扬尘"));
        var composer = CaseScenario.Composer();

        var decision = Text(Fill("penalty-decision", composer.Compose("penalty-decision", c, CaseScenario.Context(CaseScenario.DecisionNumber)), strict: true));
        var notice = Text(Fill("advance-notice", composer.Compose("advance-notice", c, CaseScenario.Context(CaseScenario.NoticeNumber)), strict: true));

        Assert.All(new[] { decision, notice }, text =>
        {
            Assert.Contains("监督性监测报告（博环监字〔2025〕7号）：书证，2025年2月20日在搅拌站厂界取得，来源：日常检查中取得，证明搅拌站于2025年2月已开工建设并产生扬尘", text);
            Assert.DoesNotContain("证明搅拌站于2025年2月已在施工", text);
            Assert.DoesNotContain("证明证明", text);
        });
    }

    [Fact]
    public void InterviewRecord_PrintsTheTimesOfTheInterview()
    {
        var text = Render("interview-record");

        Assert.Contains("2025年3月7日14时00分", text);
        Assert.Contains("2025年3月7日15时20分", text);
    }

    [Fact]
    public void AddEvidence_BeforeTheLeadWithoutASource_IsRefusedNamingBothDates()
    {
        var c = CaseScenario.Executing();

        var refusal = Assert.Throws<DomainRuleException>(() => c.AddEvidence(CaseScenario.Officer, CaseScenario.Clock,
            new EvidenceData(EvidenceKind.Documentary, "监测报告", new DateOnly(2025, 2, 1), "厂界", ["o1", "o2"], null)));

        Assert.Contains("2025年2月1日早于案源登记日期2025年3月3日", refusal.Message);
        Assert.Contains("来源", refusal.Message);
    }

    [Fact]
    public void LegalReviewOpinion_StatesTheLegalQualificationOnlyWhenTheReviewersProfileRecordsIt()
    {
        var c = CaseScenario.Executing(recorded: true);
        var composer = CaseScenario.Composer();

        var qualified = Text(Fill("legal-review-opinion", composer.Compose("legal-review-opinion", c,
            CaseScenario.Context() with { LegallyQualified = new HashSet<string> { CaseScenario.Reviewer.UserId } })));
        var unknown = Text(Fill("legal-review-opinion", composer.Compose("legal-review-opinion", c, CaseScenario.Context())));

        Assert.Contains("具有法律职业资格", qualified);
        Assert.DoesNotContain("具有法律职业资格", unknown);
    }
}
