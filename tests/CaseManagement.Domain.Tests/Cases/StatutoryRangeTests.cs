using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

public class StatutoryRangeTests
{
    private const string Air = ViolationCatalogue.AirEmissionExceedance;
    private const string Registration = ViolationCatalogue.EiaRegistrationNotFiled;
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));
    private static readonly CaseClock UnderCode = Clocks.At(new DateOnly(2026, 12, 31));

    private static ReviewSubmissionData Submission(
        string violation, DateOnly act, decimal fine, Sanctions sanctions = Sanctions.None, string? ground = null,
        FineFindings? findings = null, DateOnly? on = null) =>
        new(on ?? D(3, 10), "调查终结报告", "案由", violation, act, new ProposedPenalty(fine, sanctions, false, ground), findings);

    private static DomainRuleException Refused(PenaltyCase c, Action step)
    {
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(step);

        Assert.Equal(before, Snapshot.Of(c));
        return error;
    }

    [Fact]
    public void SubmitForReview_AboveTheMaximum_IsRefusedWithTheRangeAndItsBasis()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, Late, Submission(Registration, D(1, 10), 50_000.01m)));

        Assert.Contains("罚款50,000.01元超过《中华人民共和国环境影响评价法》第三十一条第三款规定的最高额50,000.00元", error.Message);
    }

    [Fact]
    public void SubmitForReview_BelowTheMinimumWithoutAGround_IsRefusedWithTheRangeAndItsBasis()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, Late, Submission(Air, D(1, 10), 50_000m)));

        Assert.Contains(
            "罚款50,000.00元低于《中华人民共和国大气污染防治法》第九十九条第二项规定的最低额100,000.00元；需减轻处罚的，应当记明减轻理由（行政处罚法第三十二条）",
            error.Message);
    }

    [Fact]
    public void SubmitForReview_BelowTheMinimumWithAGround_IsAcceptedAndTheDecisionRecordsTheGround()
    {
        var c = new CaseBuilder().WithViolation(Air, D(1, 10)).WithPenalty(50_000m, mitigationGround: "主动减轻违法行为危害后果")
            .Build(CaseState.Decided);

        Assert.Equal(50_000m, c.Decision!.Fine);
        Assert.Equal("主动减轻违法行为危害后果", c.Decision.MitigationGround);
    }

    [Fact]
    public void Decide_WithinTheRange_RecordsNoMitigationGround()
    {
        var c = new CaseBuilder().Build(CaseState.Decided);

        Assert.Equal(50_000m, c.Decision!.Fine);
        Assert.Null(c.Decision.MitigationGround);
    }

    [Fact]
    public void SubmitForReview_PreCodeUnapprovedConstructionWithoutInvestment_IsRefusedNamingTheMissingFact()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, Late,
            Submission(ViolationCatalogue.EiaUnapprovedConstruction, D(1, 10), 100_000m)));

        Assert.Contains("缺少计算罚款幅度所需的事实：建设项目总投资额（《中华人民共和国环境影响评价法》第三十一条第一款", error.Message);
    }

    [Fact]
    public void SubmitForReview_UnapprovedConstructionUnderTheCodeWithoutTheEiaDocumentType_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, UnderCode,
            Submission(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 8, 20), 200_000m, on: new DateOnly(2026, 9, 1))));

        Assert.Contains("环境影响评价文件类型", error.Message);
    }

    [Fact]
    public void SubmitForReview_UnderTheCodeWithTheFindings_UsesTheirTierAndStoresThem()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);
        var findings = new FineFindings(EiaDocumentType.Report, Serious: true);

        // 法典第一千零九十五条第一款：报告书，情节严重的，处一百万元以上一千万元以下的罚款.
        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, UnderCode,
            Submission(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 8, 20), 999_999m, findings: findings, on: new DateOnly(2026, 9, 1))));
        c.SubmitForReview(Cast.Officer1, UnderCode,
            Submission(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 8, 20), 1_000_000m, findings: findings, on: new DateOnly(2026, 9, 1)));

        Assert.Contains("最低额1,000,000.00元", error.Message);
        Assert.Equal(findings, c.FineFindings);
        var range = c.StatutoryRange(UnderCode).Range!;
        Assert.Equal((1_000_000m, 10_000_000m), (range.Minimum, range.Maximum));
        Assert.Equal("报告书，情节严重", range.Tier);
    }

    [Fact]
    public void SubmitForReview_ZeroFineWithAWarningWhereTheFineIsMandatory_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, Late, Submission(Registration, D(1, 10), 0m, Sanctions.Warning)));

        Assert.Contains("《中华人民共和国环境影响评价法》第三十一条第三款规定“处50,000.00元以下的罚款”，罚款不得为零", error.Message);
    }

    [Fact]
    public void SubmitForReview_ZeroFineWithAWarningWhereTheFineIsMandatoryButWithAGround_IsAccepted()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        c.SubmitForReview(Cast.Officer1, Late, Submission(Registration, D(1, 10), 0m, Sanctions.Warning, "初次违法且危害后果轻微并及时改正"));

        Assert.Equal(CaseState.Review, c.State);
    }

    [Fact]
    public void SubmitForReview_AWarningWhereTheFineIsOptionalButNoWarningIsProvided_IsRefusedUnderArticle38()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);
        var before = Snapshot.Of(c);

        // 法典第一千零九十五条第三款“责令改正，可以处五万元以下的罚款”：不处罚款可以，但条文没有规定警告。
        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, UnderCode,
            Submission(Registration, new DateOnly(2026, 3, 2), 0m, Sanctions.Warning, on: new DateOnly(2026, 9, 1))));

        Assert.Equal("sanctions-allowed", error.Code);
        Assert.Contains("《中华人民共和国生态环境法典》第一千零九十五条第三款没有规定“警告”", error.Message);
        Assert.Contains("行政处罚法第三十八条第一款", error.Message);
        Assert.Contains("须记明减轻理由（行政处罚法第三十二条）", error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    [Fact]
    public void SubmitForReview_AWarningInPlaceOfTheFineWithAMitigationGround_IsAccepted()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        c.SubmitForReview(Cast.Officer1, UnderCode,
            Submission(Registration, new DateOnly(2026, 3, 2), 0m, Sanctions.Warning, "初次违法且危害后果轻微", on: new DateOnly(2026, 9, 1)));

        Assert.Equal(CaseState.Review, c.State);
        Assert.True(c.StatutoryRange(UnderCode).Range!.OptionalFine);
    }

    [Fact]
    public void SubmitForReview_AWarningBesideAFine_IsRefusedEvenWithAGround()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, Late, Submission(Registration, D(1, 10), 10_000m, Sanctions.Warning, "情节轻微")));

        Assert.Contains("《中华人民共和国环境影响评价法》第三十一条第三款没有规定“警告”，该条款只规定了罚款", error.Message);
    }

    [Theory]
    [InlineData(Sanctions.ConfiscateIllegalGains)]
    [InlineData(Sanctions.RevokeLicence)]
    [InlineData(Sanctions.LimitProduction)]
    public void SubmitForReview_ASanctionTheUnapprovedConstructionProvisionDoesNotProvide_IsRefused(Sanctions sanction)
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);
        var findings = new FineFindings(EiaDocumentType.Form);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, UnderCode,
            Submission(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 9, 1), 200_000m, sanction, findings: findings, on: new DateOnly(2026, 10, 1))));

        Assert.Contains("《中华人民共和国生态环境法典》第一千零九十五条第一款没有规定", error.Message);
        Assert.Contains("行政处罚法第三十八条第一款", error.Message);
    }

    [Fact]
    public void SubmitForReview_ClosureWithoutSeriousCircumstances_IsRefusedAndWithThemAccepted()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, UnderCode,
            Submission(Air, new DateOnly(2026, 9, 1), 500_000m, Sanctions.Closure, on: new DateOnly(2026, 10, 1))));
        Assert.Contains("《中华人民共和国生态环境法典》第一千一百零七条规定“情节严重的，报经有批准权的人民政府批准，责令停业、关闭”，须认定情节严重", error.Message);

        c.SubmitForReview(Cast.Officer1, UnderCode, Submission(Air, new DateOnly(2026, 9, 1), 500_000m, Sanctions.Closure,
            findings: new FineFindings(Serious: true), on: new DateOnly(2026, 10, 1)));
        Assert.Equal(CaseState.Review, c.State);
    }

    [Fact]
    public void Provisions_OfTheSeed_AllowOnlyTheSanctionsTheirTextNames()
    {
        var catalogue = ViolationCatalogue.Default;
        PenaltyProvision Applied(string code, DateOnly act) => catalogue.Get(code).InForceOn(act).First();

        Assert.Empty(Applied(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 9, 1)).SanctionRules);
        Assert.Empty(Applied(ViolationCatalogue.EiaRegistrationNotFiled, new DateOnly(2025, 9, 1)).SanctionRules);
        var air = Applied(ViolationCatalogue.AirEmissionExceedance, new DateOnly(2026, 9, 1));
        Assert.Equal(new SanctionRule(Sanctions.LimitProduction, false, false, "可以责令限制生产、停产整治"), air.RuleFor(Sanctions.LimitProduction));
        Assert.True(air.RuleFor(Sanctions.Closure) is { OnlyWhenSerious: true, NeedsGovernmentApproval: true });
        Assert.True(air.RuleFor(Sanctions.SuspendProduction) is { OnlyWhenSerious: true, NeedsGovernmentApproval: true });
        Assert.Null(air.RuleFor(Sanctions.Warning));
        var regulation = catalogue.Get(ViolationCatalogue.AcceptanceNotCompleted).Provisions[0];
        Assert.True(regulation.RuleFor(Sanctions.SuspendProduction) is { OnlyWhenSerious: true, NeedsGovernmentApproval: false });
        Assert.True(regulation.RuleFor(Sanctions.Closure) is { OnlyWhenSerious: true, NeedsGovernmentApproval: true });
    }

    [Fact]
    public void Decide_ZeroFineAndNoOtherSanction_IsRefusedButProposingNoPenaltyIsNot()
    {
        var c = new CaseBuilder().WithPenalty(0m).Build(CaseState.PendingDecision);

        var error = Refused(c, () => c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 27), 0m, Sanctions.None)));

        Assert.Contains("不予行政处罚决定", error.Message);
        c.DecideNoPenalty(Cast.Head, Late, new NoPenaltyDecisionData("不罚1", D(3, 27), "违法行为轻微并及时改正"));
        Assert.Equal(CaseState.Decided, c.State);
    }

    [Fact]
    public void SubmitForReview_WithoutAnActDate_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Investigation);

        var error = Refused(c, () => c.SubmitForReview(Cast.Officer1, Late,
            new ReviewSubmissionData(D(3, 10), "报告", "案由", Registration, null, new ProposedPenalty(10_000m, Sanctions.None, false))));

        Assert.Contains("违法行为发生（终了）日期", error.Message);
    }

    [Fact]
    public void IssueNotice_RevisedAboveTheMaximum_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.PendingDecision);

        var error = Refused(c, () => c.IssueNotice(Cast.Reviewer, Late,
            new NoticeData("告2", D(3, 27), new ProposedPenalty(60_000m, Sanctions.None, false))));

        Assert.Contains("罚款60,000.00元超过", error.Message);
    }

    [Fact]
    public void IssueNotice_RevisedFindings_ReplaceTheOnesThatSetTheRange()
    {
        var c = new CaseBuilder().WithViolation(ViolationCatalogue.AcceptanceNotCompleted, D(1, 10)).WithPenalty(200_000m)
            .Build(CaseState.PendingDecision);

        // 建设项目环境保护管理条例第二十三条第一款：逾期不改正的，处一百万元以上二百万元以下的罚款.
        c.IssueNotice(Cast.Reviewer, Late, new NoticeData("告2", D(3, 27),
            new ProposedPenalty(1_500_000m, Sanctions.None, false), new FineFindings(Uncorrected: true)));

        Assert.True(c.FineFindings.Uncorrected);
        Assert.Equal(1_000_000m, c.StatutoryRange(Late).Range!.Minimum);
    }

    [Fact]
    public void Decide_BelowTheMinimumWithoutAGround_IsRefusedAndWithOneIsRecorded()
    {
        var c = new CaseBuilder().WithViolation(Air, D(1, 10)).WithPenalty(100_000m).Build(CaseState.PendingDecision);

        var error = Refused(c, () => c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 27), 80_000m, Sanctions.None)));
        c.Decide(Cast.Head, Late, new DecisionData("决1", D(3, 27), 80_000m, Sanctions.None, "配合查处违法行为有立功表现"));

        Assert.Contains("罚款80,000.00元低于《中华人民共和国大气污染防治法》第九十九条第二项规定的最低额100,000.00元", error.Message);
        Assert.Equal("配合查处违法行为有立功表现", c.Decision!.MitigationGround);
    }

    [Fact]
    public void StatutoryRange_OfADecidedCase_IsTheRangeOfTheDecisionDayWithItsBasisAndReason()
    {
        var c = new CaseBuilder().WithViolation(Air, D(1, 10)).WithPenalty(100_000m).Build(CaseState.Decided);

        var check = c.StatutoryRange(UnderCode);

        Assert.Null(check.Problem);
        Assert.Equal((100_000m, 1_000_000m), (check.Range!.Minimum, check.Range.Maximum));
        Assert.Equal("《中华人民共和国大气污染防治法》第九十九条第二项", check.Range.Basis);
        Assert.Contains("无需新旧比较", check.Range.Reason);
    }

    [Fact]
    public void StatutoryRange_WithoutAnActDate_SaysWhatIsMissing()
    {
        var c = new CaseBuilder().Build(CaseState.Lead);
        var lead = PenaltyCase.RegisterLead(Cast.Officer1, Late, new LeadData(1, "举报", D(3, 3), "案由", Air, null, c.Party));

        var check = lead.StatutoryRange(Late);

        Assert.Null(check.Range);
        Assert.Contains("违法行为发生（终了）日期", check.Problem);
    }
}
