using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

public class LimitationPeriodTests
{
    [Fact]
    public void For_WhenActEndsUnderTheCodeWithPollution_IsFiveYearsUnderArticle1054()
    {
        var period = LimitationPeriod.For(new DateOnly(2026, 9, 1), hasPollutionOrEcologicalConsequences: true);

        Assert.Equal(5, period.Years);
        Assert.Equal(new DateOnly(2031, 9, 1), period.LastDay);
        Assert.Equal("《中华人民共和国生态环境法典》第一千零五十四条第一款", period.Basis);
        Assert.Contains("五年内被发现", period.Reason);
    }

    [Fact]
    public void For_WhenActEndsUnderTheCodeWithoutConsequences_IsTwoYears()
    {
        var period = LimitationPeriod.For(new DateOnly(2026, 8, 15), hasPollutionOrEcologicalConsequences: false);

        Assert.Equal(2, period.Years);
        Assert.Equal(new DateOnly(2028, 8, 15), period.LastDay);
        Assert.Equal(LimitationPeriod.CodeBasis, period.Basis);
    }

    [Fact]
    public void For_WhenActEndsTheDayBeforeTheCode_FollowsThePenaltyLawTwoYears()
    {
        var period = LimitationPeriod.For(new DateOnly(2026, 8, 14), hasPollutionOrEcologicalConsequences: true);

        Assert.Equal(2, period.Years);
        Assert.Equal(new DateOnly(2028, 8, 14), period.LastDay);
        Assert.Equal("《中华人民共和国行政处罚法》第三十六条", period.Basis);
    }

    [Fact]
    public void For_WhenOldActEndangeredLifeOrHealthWithHarm_IsFiveYears()
    {
        var period = LimitationPeriod.For(new DateOnly(2025, 5, 10), hasPollutionOrEcologicalConsequences: true,
            involvesLifeHealthOrFinancialSecurityWithHarm: true);

        Assert.Equal(5, period.Years);
        Assert.Equal(new DateOnly(2030, 5, 10), period.LastDay);
        Assert.Equal(LimitationPeriod.PenaltyLawBasis, period.Basis);
    }

    [Fact]
    public void IsExpired_WhenDiscoveredOnTheLastDay_IsFalseAndTheNextDayTrue()
    {
        var period = LimitationPeriod.For(new DateOnly(2026, 10, 8), hasPollutionOrEcologicalConsequences: false);

        Assert.False(period.IsExpired(new DateOnly(2028, 10, 8)));
        Assert.True(period.IsExpired(new DateOnly(2028, 10, 9)));
    }

    [Fact]
    public void For_WhenActEndsOnLeapDay_EndsOnTheLastDayOfFebruary()
    {
        var period = LimitationPeriod.For(new DateOnly(2028, 2, 29), hasPollutionOrEcologicalConsequences: false);

        Assert.Equal(new DateOnly(2030, 2, 28), period.LastDay);
    }

    [Fact]
    public void UnapprovedConstruction_WhenCatalogued_RunsFromTheEndOfConstruction()
    {
        var violation = ViolationCatalogue.Default.Get(ViolationCatalogue.EiaUnapprovedConstruction);

        Assert.Equal("建设行为终了之日", violation.LimitationStartsOn);
    }
}
