using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>
/// The second pass of the review: the sanctions a provision allows (行政处罚法第三十八条第一款), a continuing act's span
/// and an earlier discovery for 处罚时效 (第三十六条), and the first-time legal reviewer's qualification (第五十八条第二款).
/// </summary>
public sealed class ActSpanSanctionQualificationTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));
    private static readonly Party Company = new(PartyKind.Organisation, "博兴县某化工有限公司", "91371625MA3C000000", "博兴县经济开发区", "李四");

    private static PenaltyCase Lead(DateOnly actDate, ActSpan? span = null, DateOnly? discoveredOn = null, DateOnly? registeredOn = null) =>
        PenaltyCase.RegisterLead(Cast.Officer1, Late, new LeadData(1, "日常巡查", registeredOn ?? D(3, 3), "超标排放水污染物",
            ViolationCatalogue.WaterDischargeExceedance, actDate, Company) { Span = span, DiscoveredOn = discoveredOn });

    private static void RequestAndFile(PenaltyCase c)
    {
        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));
        c.File(Cast.Head, Late, new FilingData(D(3, 5), "博环罚立〔2025〕9号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")]));
    }

    // ---- 处罚种类 (行政处罚法第三十八条第一款) ----

    [Fact]
    public void Decide_ClosureWithoutTheGovernmentsApproval_IsRefusedAndTheCaseUnchanged()
    {
        var c = new CaseBuilder().WithViolation(ViolationCatalogue.AirEmissionExceedance, D(1, 10))
            .WithPenalty(500_000m, Sanctions.Closure).WithFindings(new FineFindings(Serious: true)).Build(CaseState.PendingDecision);
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(() =>
            c.Decide(Cast.Head, Late, new DecisionData("博环罚决〔2025〕1号", D(3, 27), 500_000m, Sanctions.Closure)));

        Assert.Equal("sanctions-allowed", error.Code);
        Assert.Contains("《中华人民共和国大气污染防治法》第九十九条第二项规定“情节严重的，报经有批准权的人民政府批准，责令停业、关闭”", error.Message);
        Assert.Contains("须报经有批准权的人民政府批准", error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void Decide_ClosureWithTheGovernmentsApproval_RecordsTheApproval()
    {
        var c = new CaseBuilder().WithViolation(ViolationCatalogue.AirEmissionExceedance, D(1, 10))
            .WithPenalty(500_000m, Sanctions.Closure).WithFindings(new FineFindings(Serious: true), "博兴县人民政府博政字〔2025〕12号批复")
            .Build(CaseState.Decided);

        Assert.Equal(Sanctions.Closure, c.Decision!.Sanctions);
        Assert.Equal("博兴县人民政府博政字〔2025〕12号批复", c.Decision.GovernmentApproval);
    }

    [Fact]
    public void Decide_AWarningInPlaceOfTheFine_KeepsTheMitigationGroundOnTheDecision()
    {
        var c = new CaseBuilder().WithPenalty(0m, Sanctions.Warning, mitigationGround: "初次违法且危害后果轻微").Build(CaseState.Decided);

        Assert.Equal(0m, c.Decision!.Fine);
        Assert.Equal("初次违法且危害后果轻微", c.Decision.MitigationGround);
    }

    // ---- 持续行为的起止 (行政处罚法第三十六条第二款) ----

    [Fact]
    public void RegisterLead_AContinuingActWithoutAnEndDay_IsFoundContinuingOnTheRegistrationDay()
    {
        var c = PenaltyCase.RegisterLead(Cast.Officer1, Late, new LeadData(1, "日常巡查", D(3, 3), "超标排放水污染物",
            ViolationCatalogue.WaterDischargeExceedance, null, Company) { Span = new ActSpan(new DateOnly(2024, 6, 1), Continuing: true) });

        Assert.Equal(new ActSpan(new DateOnly(2024, 6, 1), true), c.ActSpan);
        Assert.Equal(D(3, 3), c.ActDate);
    }

    [Fact]
    public void RegisterLead_AStartAfterTheEnd_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Lead(D(1, 10), new ActSpan(D(2, 1), Continuing: false)));

        Assert.Contains("违法行为开始日期2025年2月1日不得晚于终了日期2025年1月10日", error.Message);
        Assert.Contains("行政处罚法第三十六条第二款", error.Message);
    }

    [Fact]
    public void File_AnActStillContinuingThatBeganLongAgo_IsWithinLimitation()
    {
        // Begun three years before the registration and still going on: the period has not started (第三十六条第二款).
        var c = Lead(D(3, 3), new ActSpan(new DateOnly(2022, 1, 10), Continuing: true));

        RequestAndFile(c);

        Assert.Equal(CaseState.Investigation, c.State);
    }

    [Fact]
    public void File_AnActThatEndedMoreThanTwoYearsBeforeItsDiscovery_IsRefused()
    {
        var c = Lead(new DateOnly(2022, 12, 31), new ActSpan(new DateOnly(2022, 1, 10), Continuing: false));
        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(() =>
            c.File(Cast.Head, Late, new FilingData(D(3, 5), "博环罚立〔2025〕9号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")])));

        Assert.Contains(CaseGuards.WithinLimitation, error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    // ---- 更早的发现日期 (行政处罚法第三十六条; 法典第一千零五十四条) ----

    [Fact]
    public void File_ActMoreThanTwoYearsBeforeRegistrationButDiscoveredEarlier_IsWithinLimitation()
    {
        // Ended 2023-01-10; registered 2025-03-03 (beyond two years) but discovered on a patrol on 2024-12-20 (within).
        var c = Lead(new DateOnly(2023, 1, 10), discoveredOn: new DateOnly(2024, 12, 20));

        RequestAndFile(c);

        Assert.Equal(CaseState.Investigation, c.State);
        Assert.Equal(new DateOnly(2024, 12, 20), c.Discovery);
    }

    [Fact]
    public void File_ActMoreThanTwoYearsBeforeRegistrationWithNoEarlierDiscovery_IsRefused()
    {
        var c = Lead(new DateOnly(2023, 1, 10));
        c.RequestFiling(Cast.Officer1, Late, new FilingRequestData(D(3, 4), "提请立案"));

        var error = Assert.Throws<DomainRuleException>(() =>
            c.File(Cast.Head, Late, new FilingData(D(3, 5), "博环罚立〔2025〕9号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")])));

        Assert.Equal("within-limitation", error.Code);
    }

    [Theory]
    [InlineData("2024-12-31", "不得晚于今天")]
    [InlineData("2025-03-04", "晚于案源登记日期2025年3月3日")]
    [InlineData("2022-12-31", "早于违法行为发生日期2023年1月10日")]
    public void RegisterLead_ADiscoveryOutOfOrder_IsRefused(string discovered, string reason)
    {
        var clock = Clocks.At(new DateOnly(2024, 12, 30));
        var registered = discovered == "2024-12-31" ? new DateOnly(2024, 12, 30) : D(3, 3);
        var today = discovered == "2024-12-31" ? clock : Late;

        var error = Assert.Throws<DomainRuleException>(() => PenaltyCase.RegisterLead(Cast.Officer1, today,
            new LeadData(1, "日常巡查", registered, "超标排放水污染物", ViolationCatalogue.WaterDischargeExceedance, new DateOnly(2023, 1, 10), Company)
            {
                DiscoveredOn = DateOnly.Parse(discovered, System.Globalization.CultureInfo.InvariantCulture),
            }));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void SubmitForReview_AnEarlierDiscoveryFoundInTheInvestigation_IsKeptForTheDecision()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        c.SubmitForReview(Cast.Officer1, Late, new ReviewSubmissionData(D(3, 10), "调查终结报告", "登记表未备案", ViolationCatalogue.EiaRegistrationNotFiled,
            D(1, 10), new ProposedPenalty(20_000m, Sanctions.None, false)) { DiscoveredOn = D(2, 20), Span = new ActSpan(new DateOnly(2024, 11, 1), false) });

        Assert.Equal(D(2, 20), c.DiscoveredOn);
        Assert.Equal(new ActSpan(new DateOnly(2024, 11, 1), false), c.ActSpan);
    }

    // ---- 法制审核人员的法律职业资格 (行政处罚法第五十八条第二款) ----

    [Fact]
    public void PassLegalReview_ByAFirstTimeReviewerWithoutTheQualification_IsRefusedAndTheCaseUnchanged()
    {
        var c = new CaseBuilder().Build(CaseState.LegalReview);
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(() => c.PassLegalReview(Cast.UnqualifiedReviewer, Late, new LegalReviewData(D(3, 25), "同意")));

        Assert.Equal("reviewer-legally-qualified", error.Code);
        Assert.Contains("行政处罚法第五十八条第二款", error.Message);
        Assert.Equal(before, Snapshot.Of(c));
        Assert.DoesNotContain(nameof(CaseTrigger.PassLegalReview), c.AllowedActions(Cast.UnqualifiedReviewer, Late));
    }

    [Fact]
    public void RequireDiscussion_ByAFirstTimeReviewerWithoutTheQualification_IsRefused()
    {
        var c = new CaseBuilder().WithPenalty(1_000m, flagged: true).Build(CaseState.LegalReview);

        var error = Assert.Throws<DomainRuleException>(() => c.RequireDiscussion(Cast.UnqualifiedReviewer, Late, new LegalReviewData(D(3, 25), "同意")));

        Assert.Contains(CaseGuards.ReviewerLegallyQualified, error.Message);
        Assert.Equal(CaseState.LegalReview, c.State);
    }

    [Fact]
    public void PassLegalReview_ByAReviewerWhoReviewedBeforeTheRevisedLawWithoutTheQualification_Passes()
    {
        var c = new CaseBuilder().Build(CaseState.LegalReview);

        c.PassLegalReview(Cast.VeteranReviewer, Late, new LegalReviewData(D(3, 25), "同意"));

        Assert.Equal(CaseState.PendingDecision, c.State);
    }

    [Theory]
    [InlineData("2021-07-14", true)]
    [InlineData("2021-07-15", false)]
    public void MayConcludeLegalReview_WithoutTheQualification_DependsOnStartingBeforeTheRevisedLaw(string since, bool allowed)
    {
        var reviewer = Cast.UnqualifiedReviewer with { LegalReviewSince = DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(allowed, reviewer.MayConcludeLegalReview);
    }
}
