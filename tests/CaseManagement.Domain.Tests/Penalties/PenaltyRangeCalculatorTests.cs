using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

public class PenaltyRangeCalculatorTests
{
    private const string EiaOld = "《中华人民共和国环境影响评价法》第三十一条第一款";
    private const string EiaCode = "《中华人民共和国生态环境法典》第一千零九十五条第一款";
    private const string RegistrationOld = "《中华人民共和国环境影响评价法》第三十一条第三款";
    private const string RegistrationCode = "《中华人民共和国生态环境法典》第一千零九十五条第三款";
    private const string Regulation23 = "《建设项目环境保护管理条例》第二十三条第一款";
    private const string Code1100 = "《中华人民共和国生态环境法典》第一千一百条";

    private static readonly PenaltyRangeCalculator Calculator = new();
    private static readonly DateOnly OldAct = new(2025, 5, 10);
    private static readonly DateOnly LaterDecision = new(2026, 11, 29);

    private static PenaltyRangeResult Unapproved(decimal investment, EiaDocumentType document, bool serious = false) =>
        Calculator.Calculate(ViolationCatalogue.EiaUnapprovedConstruction, OldAct, LaterDecision,
            new PenaltyFacts(investment, document, serious));

    [Fact]
    public void Calculate_WhenDecisionsSection8Example_ReproducesTheContract()
    {
        var result = Unapproved(8_500_000m, EiaDocumentType.Report);

        Assert.Equal(85_000m, result.Minimum);
        Assert.Equal(425_000m, result.Maximum);
        Assert.False(result.OptionalFine);
        Assert.Equal(EiaOld, result.Basis);
        Assert.False(result.LighterNewLawApplied);
        var compared = Assert.Single(result.Compared);
        Assert.Equal(EiaCode, compared.Basis);
        Assert.Equal(200_000m, compared.Minimum);
        Assert.Equal(1_000_000m, compared.Maximum);
        Assert.False(compared.OptionalFine);
        Assert.Equal(SeverityComparison.HeavierByMaximum, compared.AgainstApplied);
        Assert.Equal(
            "违法行为发生于2025年5月10日，适用《中华人民共和国环境影响评价法》第三十一条第一款（总投资额8,500,000元的1%至5%：处85,000元以上425,000元以下的罚款）；" +
            "作出处罚决定时（2026年11月29日）《中华人民共和国生态环境法典》第一千零九十五条第一款已施行（报告书，一般：处200,000元以上1,000,000元以下的罚款），" +
            "按最高额、最低额、是否可以处罚款比较，新规定最高额较高，新规定不轻于旧规定，依照从旧兼从轻原则适用旧规定" +
            "（《中华人民共和国行政处罚法》第三十七条、《中华人民共和国生态环境法典》第一千零五十七条）。",
            result.Reason);
    }

    [Fact]
    public void Calculate_WhenNewLawHasLowerMaximum_AppliesTheCode()
    {
        var result = Unapproved(120_000_000m, EiaDocumentType.Report);

        Assert.True(result.LighterNewLawApplied);
        Assert.Equal(EiaCode, result.Basis);
        Assert.Equal(200_000m, result.Minimum);
        Assert.Equal(1_000_000m, result.Maximum);
        var old = Assert.Single(result.Compared);
        Assert.Equal(EiaOld, old.Basis);
        Assert.Equal(1_200_000m, old.Minimum);
        Assert.Equal(6_000_000m, old.Maximum);
        Assert.Equal(SeverityComparison.HeavierByMaximum, old.AgainstApplied);
        Assert.StartsWith("违法行为发生于2025年5月10日，依行为时的规定应适用《中华人民共和国环境影响评价法》第三十一条第一款", result.Reason, StringComparison.Ordinal);
        Assert.Contains("新规定最高额较低，处罚较轻", result.Reason);
        Assert.Contains("适用新规定", result.Reason);
    }

    [Fact]
    public void Calculate_WhenNewLawHasSameMaximumAndLowerMinimum_AppliesTheCode()
    {
        var result = Unapproved(200_000_000m, EiaDocumentType.Report, serious: true);

        Assert.True(result.LighterNewLawApplied);
        Assert.Equal(EiaCode, result.Basis);
        Assert.Equal(1_000_000m, result.Minimum);
        Assert.Equal(10_000_000m, result.Maximum);
        Assert.Equal("报告书，情节严重", result.Tier);
        Assert.Equal(2_000_000m, Assert.Single(result.Compared).Minimum);
        Assert.Contains("最低额较低", result.Reason);
    }

    [Fact]
    public void Calculate_WhenNewLawOnlyMakesTheFineOptional_AppliesTheCode()
    {
        var result = Calculator.Calculate(ViolationCatalogue.EiaRegistrationNotFiled, OldAct, LaterDecision, PenaltyFacts.None);

        Assert.True(result.LighterNewLawApplied);
        Assert.Equal(RegistrationCode, result.Basis);
        Assert.True(result.OptionalFine);
        Assert.Equal(0m, result.Minimum);
        Assert.Equal(50_000m, result.Maximum);
        var old = Assert.Single(result.Compared);
        Assert.Equal(RegistrationOld, old.Basis);
        Assert.False(old.OptionalFine);
        Assert.Equal(SeverityComparison.HeavierByMandatoryFine, old.AgainstApplied);
        Assert.Contains("“可以处”罚款，处罚较轻", result.Reason);
    }

    [Fact]
    public void Calculate_WhenRegistrationDecidedBeforeTheCode_AppliesTheOldMandatoryFine()
    {
        var result = Calculator.Calculate(ViolationCatalogue.EiaRegistrationNotFiled, OldAct, new DateOnly(2026, 8, 14), PenaltyFacts.None);

        Assert.Equal(RegistrationOld, result.Basis);
        Assert.False(result.OptionalFine);
        Assert.Empty(result.Compared);
        Assert.Contains("无需新旧比较", result.Reason);
        Assert.DoesNotContain("第一千零五十七条", result.Reason);
    }

    [Theory]
    [InlineData(3_000_000, EiaDocumentType.Report)]
    [InlineData(3_999_999, EiaDocumentType.Report)]
    [InlineData(1_500_000, EiaDocumentType.Form)]
    public void Calculate_WhenInvestmentBelowBreakEven_KeepsTheOldLawBecauseTheCodeIsHeavier(int investment, EiaDocumentType document)
    {
        var result = Unapproved(investment, document);

        Assert.Equal(EiaOld, result.Basis);
        Assert.Equal(investment * 0.05m, result.Maximum);
        Assert.True(result.Maximum < Assert.Single(result.Compared).Minimum);
    }

    [Theory]
    [InlineData(100_000_001, EiaDocumentType.Report, 1_000_000)]
    [InlineData(50_000_001, EiaDocumentType.Form, 500_000)]
    public void Calculate_WhenInvestmentAboveBreakEven_AppliesTheCodeGeneralTier(int investment, EiaDocumentType document, int codeMaximum)
    {
        var result = Unapproved(investment, document);

        Assert.Equal(EiaCode, result.Basis);
        Assert.Equal(codeMaximum, result.Maximum);
        Assert.True(Assert.Single(result.Compared).Minimum > codeMaximum);
    }

    [Fact]
    public void Calculate_WhenInvestmentAboveOneBillionAndSerious_AppliesTheCodeSeriousTier()
    {
        var result = Unapproved(1_000_000_100m, EiaDocumentType.Report, serious: true);

        Assert.Equal(EiaCode, result.Basis);
        Assert.Equal(10_000_000m, result.Maximum);
    }

    [Fact]
    public void Calculate_WhenBothRangesEqual_KeepsTheOldLaw()
    {
        var result = Unapproved(20_000_000m, EiaDocumentType.Report);

        Assert.Equal(EiaOld, result.Basis);
        Assert.Equal(200_000m, result.Minimum);
        Assert.Equal(1_000_000m, result.Maximum);
        Assert.Equal(SeverityComparison.Equal, Assert.Single(result.Compared).AgainstApplied);
        Assert.Contains("轻重相同", result.Reason);
    }

    [Theory]
    [InlineData(ViolationCatalogue.AirEmissionExceedance, "《中华人民共和国大气污染防治法》第九十九条第二项")]
    [InlineData(ViolationCatalogue.WaterDischargeExceedance, "《中华人民共和国水污染防治法》第八十三条第二项")]
    public void Calculate_WhenExceedanceBeforeTheCode_KeepsTheOldLawAsTheRangesAreEqual(string code, string oldBasis)
    {
        var result = Calculator.Calculate(code, OldAct, LaterDecision, PenaltyFacts.None);

        Assert.Equal(oldBasis, result.Basis);
        Assert.Equal("《中华人民共和国生态环境法典》第一千一百零七条", Assert.Single(result.Compared).Basis);
    }

    [Fact]
    public void Calculate_WhenAcceptanceBeforeTheCode_KeepsTheRegulationAgainstTheEqualCode()
    {
        var result = Calculator.Calculate(ViolationCatalogue.AcceptanceNotCompleted, OldAct, LaterDecision, new PenaltyFacts(Uncorrected: true));

        Assert.Equal(Regulation23, result.Basis);
        Assert.Equal(1_000_000m, result.Minimum);
        Assert.Equal(2_000_000m, result.Maximum);
        Assert.Equal(new FineRange(50_000m, 200_000m), result.ResponsiblePersonFine);
        Assert.Equal(Code1100, Assert.Single(result.Compared).Basis);
    }

    [Fact]
    public void Calculate_WhenActOnTheCodeDay_AppliesTheCodeWithoutComparison()
    {
        var result = Calculator.Calculate(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 8, 15), LaterDecision,
            new PenaltyFacts(EiaDocument: EiaDocumentType.Form));

        Assert.Equal(EiaCode, result.Basis);
        Assert.Equal(100_000m, result.Minimum);
        Assert.Equal(500_000m, result.Maximum);
        Assert.Empty(result.Compared);
        Assert.Contains("无需新旧比较", result.Reason);
    }

    [Fact]
    public void Calculate_WhenActUnderTheCode_NeedsNoInvestment()
    {
        var result = Calculator.Calculate(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 9, 1), LaterDecision,
            new PenaltyFacts(EiaDocument: EiaDocumentType.Report, Serious: true));

        Assert.Equal(1_000_000m, result.Minimum);
        Assert.Equal(10_000_000m, result.Maximum);
    }

    [Fact]
    public void Calculate_WhenContinuingActEndsAfterTheCode_AppliesTheCode()
    {
        var result = Calculator.Calculate(ViolationCatalogue.EiaUnapprovedConstruction, OldAct, LaterDecision,
            new PenaltyFacts(8_500_000m, EiaDocumentType.Report), actEndDate: new DateOnly(2026, 9, 30));

        Assert.Equal(EiaCode, result.Basis);
        Assert.Equal(new DateOnly(2026, 9, 30), result.GoverningDate);
        Assert.Empty(result.Compared);
        Assert.StartsWith("违法行为自2025年5月10日持续至2026年9月30日，以行为终了之日为准", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_WhenContinuingActEndsBeforeTheCode_ComparesFromTheEndDay()
    {
        var result = Calculator.Calculate(ViolationCatalogue.EiaUnapprovedConstruction, OldAct, LaterDecision,
            new PenaltyFacts(8_500_000m, EiaDocumentType.Report), actEndDate: new DateOnly(2026, 8, 14));

        Assert.Equal(EiaOld, result.Basis);
        Assert.Single(result.Compared);
    }

    [Fact]
    public void Calculate_WhenAcceptanceUnderTheCode_DefaultsToTheCodeAndOffersTheRegulation()
    {
        var result = Calculator.Calculate(ViolationCatalogue.AcceptanceNotCompleted, new DateOnly(2026, 9, 1), LaterDecision, PenaltyFacts.None);

        Assert.Equal(Code1100, result.Basis);
        Assert.Equal(Regulation23, Assert.Single(result.Alternatives).Basis);
        Assert.Contains("同时有效，可以选择适用", result.Reason);
    }

    [Fact]
    public void Calculate_WhenRegulationPreferredUnderTheCode_AppliesTheRegulation()
    {
        var result = Calculator.Calculate(ViolationCatalogue.AcceptanceNotCompleted, new DateOnly(2026, 9, 1), LaterDecision, PenaltyFacts.None,
            preferredBasis: Regulation23);

        Assert.Equal(Regulation23, result.Basis);
        Assert.Equal(Code1100, Assert.Single(result.Alternatives).Basis);
    }

    [Fact]
    public void Calculate_WhenPreferredBasisNotInForce_Throws()
    {
        var ex = Assert.Throws<PenaltyInputException>(() => Calculator.Calculate(
            ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2026, 9, 1), LaterDecision,
            new PenaltyFacts(EiaDocument: EiaDocumentType.Report), preferredBasis: EiaOld));

        Assert.Contains("不是该违法行为的有效依据", ex.Message);
    }

    [Fact]
    public void Calculate_WhenInvestmentMissingForTheOldLaw_NamesTheMissingFact()
    {
        var ex = Assert.Throws<MissingPenaltyFactException>(() => Calculator.Calculate(
            ViolationCatalogue.EiaUnapprovedConstruction, OldAct, new DateOnly(2026, 1, 5), new PenaltyFacts(EiaDocument: EiaDocumentType.Report)));

        Assert.Equal([PenaltyFact.TotalInvestment], ex.Facts);
        Assert.Contains("建设项目总投资额", ex.Message);
        Assert.Contains(EiaOld, ex.Message);
    }

    [Fact]
    public void Calculate_WhenDocumentTypeMissingForTheComparedCode_NamesTheMissingFact()
    {
        var ex = Assert.Throws<MissingPenaltyFactException>(() => Calculator.Calculate(
            ViolationCatalogue.EiaUnapprovedConstruction, OldAct, LaterDecision, new PenaltyFacts(TotalInvestment: 8_500_000m)));

        Assert.Equal([PenaltyFact.EiaDocument], ex.Facts);
        Assert.Contains("报告书或报告表", ex.Message);
        Assert.Contains(EiaCode, ex.Message);
    }

    [Fact]
    public void Calculate_WhenOldDecisionNeedsOnlyInvestment_DoesNotAskForTheDocumentType()
    {
        var result = Calculator.Calculate(ViolationCatalogue.EiaUnapprovedConstruction, OldAct, new DateOnly(2026, 1, 5),
            new PenaltyFacts(TotalInvestment: 8_000_000m));

        Assert.Equal(new FineRange(80_000m, 400_000m), result.Range);
    }

    [Fact]
    public void Calculate_WhenViolationUnknown_ThrowsUnknownViolation()
    {
        Assert.Throws<UnknownViolationException>(() => Calculator.Calculate("Littering", OldAct, LaterDecision, PenaltyFacts.None));
    }

    [Fact]
    public void Calculate_WhenActBeforeAnyCataloguedProvision_Throws()
    {
        var ex = Assert.Throws<PenaltyInputException>(() => Calculator.Calculate(
            ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2015, 6, 1), LaterDecision, new PenaltyFacts(1_000_000m, EiaDocumentType.Report)));

        Assert.Contains("没有2015年6月1日施行的", ex.Message);
    }

    [Theory]
    [InlineData("2025-05-10", null, "2025-05-09", "不得早于违法行为发生日期")]
    [InlineData("2025-05-10", "2025-05-01", "2026-01-01", "终了日期不得早于")]
    [InlineData("2025-05-10", "2025-07-01", "2025-06-30", "不得早于违法行为终了日期")]
    public void Calculate_WhenDatesOutOfOrder_Throws(string act, string? end, string decision, string message)
    {
        var ex = Assert.Throws<PenaltyInputException>(() => Calculator.Calculate(
            ViolationCatalogue.AirEmissionExceedance, DateOnly.Parse(act), DateOnly.Parse(decision), PenaltyFacts.None,
            end is null ? null : DateOnly.Parse(end)));

        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Calculate_WhenInvestmentNegative_Throws()
    {
        Assert.Throws<PenaltyInputException>(() => Unapproved(-1m, EiaDocumentType.Report));
    }

    [Theory]
    [InlineData(100, 200, false, 100, 300, false, SeverityComparison.LighterByMaximum)]
    [InlineData(100, 400, false, 100, 300, false, SeverityComparison.HeavierByMaximum)]
    [InlineData(50, 300, false, 100, 300, false, SeverityComparison.LighterByMinimum)]
    [InlineData(150, 300, true, 100, 300, false, SeverityComparison.HeavierByMinimum)]
    [InlineData(0, 300, true, 0, 300, false, SeverityComparison.LighterByOptionalFine)]
    [InlineData(0, 300, false, 0, 300, true, SeverityComparison.HeavierByMandatoryFine)]
    [InlineData(100, 300, true, 100, 300, true, SeverityComparison.Equal)]
    public void Compare_WhenRangesDiffer_DecidesByMaximumThenMinimumThenOptionalFine(
        int candidateMin, int candidateMax, bool candidateOptional, int referenceMin, int referenceMax, bool referenceOptional, SeverityComparison expected)
    {
        var comparison = PenaltyRangeCalculator.Compare(
            new FineRange(candidateMin, candidateMax), candidateOptional, new FineRange(referenceMin, referenceMax), referenceOptional);

        Assert.Equal(expected, comparison);
    }
}
