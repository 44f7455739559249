using BenchmarkDotNet.Attributes;
using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Benchmarks;

/// <summary>
/// Filling the 行政处罚决定书 with a 20-row evidence list (target: at least 1,000 fills per second on one
/// core). <see cref="Fill"/> measures the filler alone on prepared data; <see cref="ComposeAndFill"/> adds
/// building the data from the case (penalty range, 从旧兼从轻 reasoning, formatting).
/// </summary>
[MemoryDiagnoser]
public class PenaltyDecisionFillBenchmark
{
    private const int EvidenceRows = 20;

    private static readonly OrganisationDetails Organisation = new(
        "滨州市生态环境局博兴分局", "博环", "滨州市生态环境局博兴分局", "山东省滨州市博兴县", "0543-0000000",
        "滨州市人民政府或者博兴县人民政府", "博兴县人民法院", "山东省非税收入统一缴款渠道");

    private PreparedTemplate template = null!;
    private DocxTemplateFiller filler = null!;
    private CaseDocumentComposer composer = null!;
    private PenaltyCase penaltyCase = null!;
    private CompositionContext context = null!;
    private DocumentData data = null!;

    [GlobalSetup]
    public void Setup()
    {
        var store = new TemplateStore(TemplateStore.DefaultFolder);
        template = store.Prepared(DocumentDefinitions.Of<PenaltyDecisionDocument>().Name);
        filler = new DocxTemplateFiller();
        var calendar = new LegalCalendar(HolidayCalendar.Seed);
        composer = new CaseDocumentComposer(calendar);
        // The decision lists the inspection record (笔录) after the uploaded items: 19 uploads make the 20 rows.
        penaltyCase = BenchmarkCase.Build(calendar, EvidenceRows - 1);
        context = new CompositionContext(Organisation, "博环罚决字〔2025〕1号", new DateOnly(2025, 4, 30));
        data = composer.Compose(DocumentDefinitions.Of<PenaltyDecisionDocument>().Name, penaltyCase, context);
        if (data.Sections["evidence"].Count != EvidenceRows)
        {
            throw new InvalidOperationException("The benchmark case must list 20 evidence items.");
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] Fill() => filler.Fill(template, data);

    [Benchmark]
    public byte[] ComposeAndFill() => filler.Fill(template, composer.Compose(DocumentDefinitions.Of<PenaltyDecisionDocument>().Name, penaltyCase, context));
}

/// <summary>A 未批先建 case at Executing with the given number of evidence items, built through the intent methods.</summary>
internal static class BenchmarkCase
{
    // 直接送达 by the two case officers to the legal representative (民事诉讼法第八十八条).
    private static ServiceDetails Handed => new ServiceDetails { Recipient = "李四", Relation = RecipientRelation.LegalRepresentative, Place = "博兴县店子镇某搅拌站", Time = new TimeOnly(10, 30), ServerUserIds = ["o1", "o2"] };

    public static PenaltyCase Build(LegalCalendar calendar, int evidenceCount)
    {
        var officer = new Actor("o1", "王执法", new HashSet<CaseRole> { CaseRole.Officer });
        var reviewer = new Actor("r1", "陈法制", new HashSet<CaseRole> { CaseRole.LegalReviewer }) { LegallyQualified = true };
        var head = new Actor("h1", "张局长", new HashSet<CaseRole> { CaseRole.Head });
        var clock = new CaseClock(new DateTimeOffset(2025, 4, 30, 9, 30, 0, TimeSpan.FromHours(8)), new DateOnly(2025, 4, 30), calendar, CaseRules.Default);
        static DateOnly D(int month, int day) => new(2025, month, day);

        var c = PenaltyCase.RegisterLead(officer, clock, new LeadData(1, "群众举报", D(3, 3), "未批先建", PenaltyCase.EiaUnapprovedConstruction,
            new DateOnly(2025, 1, 10), new Party(PartyKind.Organisation, "博兴县某建材有限公司", "91371625MA3C7XKQ0N", "博兴县经济开发区建设路8号", "李四")));
        c.RequestFiling(officer, clock, new FilingRequestData(D(3, 4), "初查属实"));
        c.File(head, clock, new FilingData(D(3, 5), "博环立字〔2025〕1号",
            [new CaseOfficer("o1", "王执法", "鲁环执2024001", D(1, 1), new DateOnly(2027, 12, 31)),
             new CaseOfficer("o2", "李执法", "鲁环执2024002", D(1, 1), new DateOnly(2027, 12, 31))]));
        for (var i = 1; i <= evidenceCount; i++)
        {
            c.AddEvidence(officer, clock, new EvidenceData(EvidenceKind.Documentary, $"证据材料第{i}份（现场照片、监测报告等）", D(3, 6), "搅拌站施工现场", ["o1", "o2"], null));
        }

        c.RecordInvestigation(officer, clock, new InvestigationRecordData(InvestigationRecordKind.Inspection, D(3, 6), "施工现场", ["o1", "o2"], "正在建设"));
        c.RecordInvestmentFinding(officer, clock, new InvestmentFindingData(D(3, 7), 8_500_000m, InvestmentBasis.InterviewRecord, [2]));
        c.SubmitForReview(officer, clock, new ReviewSubmissionData(D(3, 10), "未经审批擅自开工建设。", "未批先建",
            PenaltyCase.EiaUnapprovedConstruction, new DateOnly(2025, 1, 10), new ProposedPenalty(85_000m, Sanctions.None, false)));
        var ok = new ReviewItem(true, "符合");
        c.CompleteCaseReview(reviewer, clock, new CaseReviewData(D(3, 11), new ReviewChecklist(ok, ok, ok, ok, ok, ok, ok), "同意"));
        c.IssueNotice(reviewer, clock, new NoticeData("博环罚告字〔2025〕1号", D(3, 12)));
        c.RecordNoticeService(officer, clock, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Handed));
        c.CloseStatementPeriod(reviewer, clock, new StatementPeriodClosureData(D(3, 24), "当事人未陈述申辩"));
        c.PassLegalReview(reviewer, clock, new LegalReviewData(D(3, 25), "同意"));
        c.Decide(head, clock, new DecisionData("博环罚决字〔2025〕1号", D(3, 27), 85_000m, Sanctions.None));
        c.Serve(officer, clock, new ServiceData(ServiceMethod.Direct, D(3, 28), Handed));
        return c;
    }
}
