using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>
/// A 未批先建 case driven through the domain's intent methods to Executing: evidence, the investment
/// finding, the notice and its service, a statement, the recheck, legal review, the decision and its service.
/// The act (2025) predates the 生态环境法典, so documents must carry the 从旧兼从轻 reasoning.
/// </summary>
internal static class CaseScenario
{
    // 直接送达 by the two case officers to the legal representative (民事诉讼法第八十八条).
    private static ServiceDetails Handed => new ServiceDetails { Recipient = "李四", Relation = RecipientRelation.LegalRepresentative, Place = "博兴县店子镇某搅拌站", Time = new TimeOnly(10, 30), ServerUserIds = ["o1", "o2"] };

    public const string PartyName = "博兴县某建材有限公司";
    public const string NoticeNumber = "博环罚告字〔2025〕1号";
    public const string DecisionNumber = "博环罚决字〔2025〕1号";
    public const string CaseNumber = "博环立字〔2025〕1号";
    public const string StatementText = "我公司已停止建设，请求从轻处罚";
    public const decimal Fine = 85_000m;
    public const decimal Investment = 8_500_000m;

    public static readonly Actor Officer = new("o1", "王执法", new HashSet<CaseRole> { CaseRole.Officer });
    /// <summary>A legal reviewer with the 法律职业资格 recorded (行政处罚法第五十八条第二款).</summary>
    public static readonly Actor Reviewer = new("r1", "陈法制", new HashSet<CaseRole> { CaseRole.LegalReviewer }) { LegallyQualified = true };
    public static readonly Actor Head = new("h1", "张局长", new HashSet<CaseRole> { CaseRole.Head });
    public static readonly Actor Clerk = new("c1", "周内勤", new HashSet<CaseRole> { CaseRole.Clerk });
    public static readonly LegalCalendar Calendar = new(HolidayCalendar.Seed);
    public static readonly CaseClock Clock = new(new DateTimeOffset(2025, 4, 30, 9, 30, 0, TimeSpan.FromHours(8)), new DateOnly(2025, 4, 30), Calendar, CaseRules.Default);

    public static DateOnly D(int month, int day) => new(2025, month, day);

    public static CaseDocumentComposer Composer() => new(Calendar);

    public static CompositionContext Context(string? number = null, string? served = null, bool draft = false) =>
        new(DatabaseInitialiser.DemoOrganisation, number, D(4, 30), new Dictionary<string, string> { ["h1"] = "张局长" }, served, draft);

    public static PenaltyCase Executing(int organisationId = 1, int evidenceCount = 3, bool recorded = false, EvidenceEditData? evidenceEdit = null)
    {
        var c = Decided(organisationId, evidenceCount, recorded, evidenceEdit);
        c.Serve(Officer, Clock, new ServiceData(ServiceMethod.Direct, D(3, 28), Handed));
        return c;
    }

    /// <summary>Written for the decision at 调查终结, apart from the report (which carries the internal proposal).</summary>
    public const string FactsFinding = "博兴县某建材有限公司搅拌站项目应当编制环境影响报告表，未依法报批即于2025年1月10日开工建设，至2025年3月6日检查时主体工程已完工。";

    public const string DiscretionReasons = "主动停止建设；首次违法";

    /// <summary>
    /// The same case decided on 2025-03-27, its decision not yet served. <paramref name="recorded"/> adds what the
    /// steps can record for the documents: the filing opinions, a monitoring report from before the lead with its
    /// source and 证明内容, record times and persons present, the facts finding and 裁量理由, the legal-review
    /// checklist, and a collective discussion with its chair, recorder, place, times and speeches.
    /// </summary>
    public static PenaltyCase Decided(int organisationId = 1, int evidenceCount = 3, bool recorded = false, EvidenceEditData? evidenceEdit = null)
    {
        var c = PenaltyCase.RegisterLead(Officer, Clock, new LeadData(
            organisationId, "群众举报", D(3, 3), "未批先建", PenaltyCase.EiaUnapprovedConstruction, new DateOnly(2025, 1, 10),
            new Party(PartyKind.Organisation, PartyName, "91371625MA3C7XKQ0N", "博兴县经济开发区建设路8号", "李四")));
        c.RequestFiling(Officer, Clock, new FilingRequestData(D(3, 4), "群众举报该公司搅拌站项目未批先建，初查属实")
        {
            DepartmentOpinion = recorded ? "经初步核实，建议立案查处" : null,
            DepartmentHead = recorded ? "刘科长" : null,
        });
        c.File(Head, Clock, new FilingData(D(3, 5), CaseNumber,
            [new CaseOfficer("o1", "王执法", "鲁环执2024001", D(1, 1), new DateOnly(2027, 12, 31)),
             new CaseOfficer("o2", "李执法", "鲁环执2024002", D(1, 1), new DateOnly(2027, 12, 31))])
        {
            Opinion = "同意立案，由王执法、李执法承办",
        });
        if (recorded)
        {
            // A monitoring report from a routine inspection before the lead was registered keeps its real date.
            c.AddEvidence(Officer, Clock, new EvidenceData(EvidenceKind.Documentary, "监督性监测报告", new DateOnly(2025, 2, 20), "搅拌站厂界", ["o1", "o2"], null)
            {
                Source = "日常检查中取得",
                Proves = "搅拌站于2025年2月已在施工",
            });
        }

        string[] titles = ["现场检查（勘察）笔录", "调查询问笔录（法定代表人李四）", "现场照片12张"];
        for (var i = 0; i < evidenceCount; i++)
        {
            var title = i < titles.Length ? titles[i] : $"补充证据材料第{i + 1}份";
            c.AddEvidence(Officer, Clock, new EvidenceData(i switch { 0 => EvidenceKind.InspectionRecord, 1 => EvidenceKind.PartyStatement, 2 => EvidenceKind.AudioVisual, _ => EvidenceKind.Documentary }, title, D(3, 6), "搅拌站施工现场", ["o1", "o2"], null));
        }

        c.RecordInvestigation(Officer, Clock, new InvestigationRecordData(InvestigationRecordKind.Inspection, D(3, 6), "搅拌站施工现场", ["o1", "o2"], "现场正在建设搅拌站主体工程，未能出示环境影响评价文件批复",
            recorded ? new RecordCircumstances(new TimeOnly(9, 5), new TimeOnly(10, 40), "赵六（该公司安全员）", null, null, null) : null)
        {
            Representative = recorded ? "王五（项目经理）" : null,
        });
        c.RecordInvestigation(Officer, Clock, new InvestigationRecordData(InvestigationRecordKind.Interview, D(3, 7), "本局询问室", ["o1", "o2"], "李四承认项目未报批环境影响报告表即开工，总投资850万元",
            recorded ? new RecordCircumstances(new TimeOnly(14, 0), new TimeOnly(15, 20), null, null, null, null) : null));
        c.RecordInvestmentFinding(Officer, Clock, new InvestmentFindingData(D(3, 7), Investment, InvestmentBasis.InterviewRecord, [2]));
        c.SubmitForReview(Officer, Clock, new ReviewSubmissionData(D(3, 10),
            "该公司搅拌站项目应当编制环境影响报告表，未经审批擅自于2025年1月10日开工建设，至检查时主体工程已完工。" + (recorded ? "建议处以罚款85,000元。" : ""),
            "未批先建", PenaltyCase.EiaUnapprovedConstruction, new DateOnly(2025, 1, 10),
            new ProposedPenalty(Fine, Sanctions.None, false)
            {
                DiscretionReasons = recorded ? DiscretionReasons : null,
                DiscretionFactors = recorded ? [new(DiscretionFactor.Harm, 1), new(DiscretionFactor.Correction, 1)] : null,
            })
        {
            Facts = recorded ? FactsFinding : null,
        });
        if (evidenceEdit is not null)
        {
            // 修改证据 while the case is under review, before the notice lists the evidence.
            c.EditEvidence(Officer, Clock, evidenceEdit);
        }

        var ok = new ReviewItem(true, "符合");
        c.CompleteCaseReview(Reviewer, Clock, new CaseReviewData(D(3, 11), new ReviewChecklist(ok, ok, ok, ok, ok, ok, ok), "同意"));
        c.IssueNotice(Reviewer, Clock, new NoticeData(NoticeNumber, D(3, 12)));
        c.RecordNoticeService(Officer, Clock, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Handed));
        c.RecordStatement(Officer, Clock, new StatementData(D(3, 17), StatementText, false, true));
        c.CloseStatementPeriod(Reviewer, Clock, new StatementPeriodClosureData(D(3, 24), "当事人停止建设属于应当履行的义务，不构成从轻情节，维持拟处罚意见"));
        var review = new LegalReviewData(D(3, 25), "事实清楚，证据确凿，程序合法，同意")
        {
            Checklist = recorded
                ? new LegalReviewChecklist(ok, ok, ok, ok, ok, new ReviewItem(true, "定性为未批先建准确"), ok, ok, new ReviewItem(false, "告知书送达回证缺少送达时间"))
                : null,
        };
        if (!recorded)
        {
            c.PassLegalReview(Reviewer, Clock, review);
        }
        else
        {
            c.RequireDiscussion(Reviewer, Clock, review);
            c.ConcludeDiscussion(Head, Clock, new DiscussionData(D(3, 26), ["张局长", "刘副局长", "陈法制", "王执法"], "同意按拟处罚意见作出处罚决定")
            {
                Place = "本局三楼会议室",
                StartTime = new TimeOnly(15, 0),
                EndTime = new TimeOnly(16, 10),
                Chair = "张局长",
                Recorder = "周内勤",
                Speeches = [new("王执法", "汇报案情，建议罚款八万五千元"), new("陈法制", "事实清楚，程序合法，同意")],
            });
        }

        c.Decide(Head, Clock, new DecisionData(DecisionNumber, D(3, 27), Fine, Sanctions.None));
        return c;
    }

    /// <summary>The opinions a head records at 结案 for the 结案审批表.</summary>
    public static readonly ClosureOpinions ClosingOpinions = new("罚款已全额缴纳，建议结案", "王执法", D(4, 1), "同意承办人意见", "刘科长", "同意结案");

    public static void Close(PenaltyCase c, ClosureOpinions? opinions = null)
    {
        c.RecordPayment(Clerk, Clock, new PaymentData(D(4, 1), Fine, "非税收入缴款书001"));
        c.Close(Head, Clock, new ClosureData(D(4, 2), ClosureGround.PerformedInFull, "已全部缴纳") { Opinions = opinions });
    }

    public static void Archive(PenaltyCase c)
    {
        Close(c);
        c.Archive(Clerk, Clock, new ArchiveData(D(4, 3), "2025-永久-001"));
    }
}
