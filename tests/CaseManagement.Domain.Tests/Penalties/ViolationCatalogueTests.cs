using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

public class ViolationCatalogueTests
{
    private static readonly ViolationCatalogue Catalogue = ViolationCatalogue.Default;
    private static readonly DateOnly LastOldDay = new(2026, 8, 14);
    private static readonly DateOnly CodeDay = new(2026, 8, 15);

    private static PenaltyProvision Provision(string code, string basis) =>
        Catalogue.Get(code).Provisions.Single(p => p.Basis == basis);

    [Fact]
    public void Default_WhenListed_HasTheFiveViolationsOfDecisions()
    {
        var codes = Catalogue.Violations.Select(v => v.Code);

        Assert.Equal(
            ["EiaUnapprovedConstruction", "EiaRegistrationNotFiled", "AcceptanceNotCompleted", "AirEmissionExceedance", "WaterDischargeExceedance"],
            codes);
    }

    [Fact]
    public void Get_WhenCodeUnknown_ThrowsUnknownViolationWithChineseMessage()
    {
        var ex = Assert.Throws<UnknownViolationException>(() => Catalogue.Get("NoSuchViolation"));

        Assert.Equal("NoSuchViolation", ex.Code);
        Assert.Contains("未知的违法行为代码", ex.Message);
    }

    [Fact]
    public void Get_WhenCodeDiffersInCase_FindsTheViolation()
    {
        var violation = Catalogue.Get("eiaunapprovedconstruction");

        Assert.Equal("未批先建", violation.Name);
    }

    [Fact]
    public void Constructor_WhenCodeDuplicated_Throws()
    {
        var violation = Catalogue.Get(ViolationCatalogue.AirEmissionExceedance);

        Assert.Throws<ArgumentException>(() => new ViolationCatalogue([violation, violation]));
    }

    [Theory]
    [InlineData("EiaUnapprovedConstruction", "《中华人民共和国环境影响评价法》第三十一条第一款", "2016-09-01", "2026-08-14")]
    [InlineData("EiaUnapprovedConstruction", "《中华人民共和国生态环境法典》第一千零九十五条第一款", "2026-08-15", null)]
    [InlineData("EiaRegistrationNotFiled", "《中华人民共和国环境影响评价法》第三十一条第三款", "2016-09-01", "2026-08-14")]
    [InlineData("EiaRegistrationNotFiled", "《中华人民共和国生态环境法典》第一千零九十五条第三款", "2026-08-15", null)]
    [InlineData("AcceptanceNotCompleted", "《建设项目环境保护管理条例》第二十三条第一款", "2017-10-01", null)]
    [InlineData("AcceptanceNotCompleted", "《中华人民共和国生态环境法典》第一千一百条", "2026-08-15", null)]
    [InlineData("AirEmissionExceedance", "《中华人民共和国大气污染防治法》第九十九条第二项", "2016-01-01", "2026-08-14")]
    [InlineData("AirEmissionExceedance", "《中华人民共和国生态环境法典》第一千一百零七条", "2026-08-15", null)]
    [InlineData("WaterDischargeExceedance", "《中华人民共和国水污染防治法》第八十三条第二项", "2018-01-01", "2026-08-14")]
    [InlineData("WaterDischargeExceedance", "《中华人民共和国生态环境法典》第一千一百零七条", "2026-08-15", null)]
    public void Provision_WhenSeeded_HasItsValidityPeriod(string code, string basis, string validFrom, string? validTo)
    {
        var provision = Provision(code, basis);

        Assert.Equal(DateOnly.Parse(validFrom), provision.ValidFrom);
        Assert.Equal(validTo is null ? null : DateOnly.Parse(validTo), provision.ValidTo);
        Assert.True(provision.IsInForceOn(provision.ValidFrom));
        Assert.False(provision.IsInForceOn(provision.ValidFrom.AddDays(-1)));
        Assert.Equal(validTo is null, provision.IsInForceOn(CodeDay.AddYears(3)));
    }

    [Theory]
    [InlineData("EiaUnapprovedConstruction", "《中华人民共和国环境影响评价法》第三十一条第一款")]
    [InlineData("EiaRegistrationNotFiled", "《中华人民共和国环境影响评价法》第三十一条第三款")]
    [InlineData("AirEmissionExceedance", "《中华人民共和国大气污染防治法》第九十九条第二项")]
    [InlineData("WaterDischargeExceedance", "《中华人民共和国水污染防治法》第八十三条第二项")]
    public void RepealedProvision_WhenCodeTakesEffect_IsInForceUntilTheDayBefore(string code, string basis)
    {
        var provision = Provision(code, basis);

        Assert.True(provision.IsInForceOn(LastOldDay));
        Assert.False(provision.IsInForceOn(CodeDay));
    }

    [Fact]
    public void UnapprovedConstructionOld_WhenResolved_IsOneToFivePercentOfInvestment()
    {
        var provision = Provision(ViolationCatalogue.EiaUnapprovedConstruction, "《中华人民共和国环境影响评价法》第三十一条第一款");

        var fine = provision.Fine.Resolve(new PenaltyFacts(TotalInvestment: 8_500_000m));

        Assert.Equal(85_000.00m, fine.Range.Minimum);
        Assert.Equal(425_000.00m, fine.Range.Maximum);
        Assert.False(provision.OptionalFine);
        Assert.Contains("责令停止建设", provision.Orders);
        Assert.Contains(provision.DetentionLinks, l => l.StartsWith("《中华人民共和国环境保护法》第六十三条第一项", StringComparison.Ordinal));
    }

    [Fact]
    public void UnapprovedConstructionOld_WhenInvestmentHasFen_KeepsTheRangeInsideTheRates()
    {
        var provision = Provision(ViolationCatalogue.EiaUnapprovedConstruction, "《中华人民共和国环境影响评价法》第三十一条第一款");

        var fine = provision.Fine.Resolve(new PenaltyFacts(TotalInvestment: 1_234_567.89m));

        Assert.Equal(12_345.68m, fine.Range.Minimum);
        Assert.Equal(61_728.39m, fine.Range.Maximum);
    }

    [Theory]
    [InlineData(EiaDocumentType.Report, false, 200_000, 1_000_000)]
    [InlineData(EiaDocumentType.Report, true, 1_000_000, 10_000_000)]
    [InlineData(EiaDocumentType.Form, false, 100_000, 500_000)]
    [InlineData(EiaDocumentType.Form, true, 500_000, 5_000_000)]
    public void UnapprovedConstructionCode_WhenResolved_UsesTheDocumentAndSeriousTier(EiaDocumentType document, bool serious, int minimum, int maximum)
    {
        var provision = Provision(ViolationCatalogue.EiaUnapprovedConstruction, "《中华人民共和国生态环境法典》第一千零九十五条第一款");

        var fine = provision.Fine.Resolve(new PenaltyFacts(EiaDocument: document, Serious: serious));

        Assert.Equal(new FineRange(minimum, maximum), fine.Range);
        Assert.Contains(provision.DetentionLinks, l => l.StartsWith("《中华人民共和国生态环境法典》第一千零九十五条第二款", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("《中华人民共和国环境影响评价法》第三十一条第三款", false, "责令备案")]
    [InlineData("《中华人民共和国生态环境法典》第一千零九十五条第三款", true, "责令改正")]
    public void RegistrationNotFiled_WhenResolved_IsUpToFiftyThousand(string basis, bool optional, string order)
    {
        var provision = Provision(ViolationCatalogue.EiaRegistrationNotFiled, basis);

        var fine = provision.Fine.Resolve(PenaltyFacts.None);

        Assert.Equal(new FineRange(0m, 50_000m), fine.Range);
        Assert.True(provision.Fine.MaximumOnly);
        Assert.Equal(optional, provision.OptionalFine);
        Assert.Equal([order], provision.Orders);
    }

    [Theory]
    [InlineData("《建设项目环境保护管理条例》第二十三条第一款", false, 200_000, 1_000_000)]
    [InlineData("《建设项目环境保护管理条例》第二十三条第一款", true, 1_000_000, 2_000_000)]
    [InlineData("《中华人民共和国生态环境法典》第一千一百条", false, 200_000, 1_000_000)]
    [InlineData("《中华人民共和国生态环境法典》第一千一百条", true, 1_000_000, 2_000_000)]
    public void AcceptanceNotCompleted_WhenResolved_HasTheUncorrectedTierAndPersonRange(string basis, bool uncorrected, int minimum, int maximum)
    {
        var provision = Provision(ViolationCatalogue.AcceptanceNotCompleted, basis);

        var fine = provision.Fine.Resolve(new PenaltyFacts(Uncorrected: uncorrected));

        Assert.Equal(new FineRange(minimum, maximum), fine.Range);
        Assert.Equal(new FineRange(50_000m, 200_000m), provision.ResponsiblePersonFine);
    }

    [Theory]
    [InlineData("AirEmissionExceedance", "《中华人民共和国大气污染防治法》第九十九条第二项", "《中华人民共和国环境保护法》第五十九条")]
    [InlineData("AirEmissionExceedance", "《中华人民共和国生态环境法典》第一千一百零七条", "《中华人民共和国生态环境法典》第一千零六十条")]
    [InlineData("WaterDischargeExceedance", "《中华人民共和国水污染防治法》第八十三条第二项", "《中华人民共和国环境保护法》第五十九条")]
    [InlineData("WaterDischargeExceedance", "《中华人民共和国生态环境法典》第一千一百零七条", "《中华人民共和国生态环境法典》第一千零六十条")]
    public void Exceedance_WhenResolved_IsOneHundredThousandToOneMillionWithDailyPenaltyLink(string code, string basis, string dailyLink)
    {
        var provision = Provision(code, basis);

        var fine = provision.Fine.Resolve(new PenaltyFacts(Serious: true, Uncorrected: true));

        Assert.Equal(new FineRange(100_000m, 1_000_000m), fine.Range);
        Assert.Contains(provision.DailyPenaltyLinks, l => l.StartsWith(dailyLink, StringComparison.Ordinal));
        Assert.Contains(provision.Orders, o => o.Contains("停产整治", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryProvision_WhenSeeded_CitesInTheFullForm()
    {
        var provisions = Catalogue.Violations.SelectMany(v => v.Provisions);

        Assert.All(provisions, p =>
        {
            Assert.StartsWith($"《{p.LawName}》第", p.Basis, StringComparison.Ordinal);
            Assert.EndsWith("条", p.Basis.Replace("款", "条", StringComparison.Ordinal).Replace("项", "条", StringComparison.Ordinal), StringComparison.Ordinal);
        });
    }
}
