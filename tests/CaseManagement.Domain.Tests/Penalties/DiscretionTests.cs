using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

public class DiscretionTests
{
    [Fact]
    public void Recommend_WhenLegalReferenceWorkedExample_Is176000()
    {
        var range = new PenaltyRangeCalculator()
            .Calculate(ViolationCatalogue.EiaUnapprovedConstruction, new DateOnly(2025, 5, 10), new DateOnly(2026, 1, 5),
                new PenaltyFacts(TotalInvestment: 8_000_000m))
            .Range;

        var result = Discretion.Recommend(range, 0.30m);

        Assert.Equal(new FineRange(80_000m, 400_000m), range);
        Assert.Equal(176_000m, result.Recommended);
        Assert.False(result.Clamped);
        Assert.Contains("建议罚款176,000元", result.Explanation);
    }

    [Fact]
    public void Recommend_WhenMaximumOnly_IsTheShareOfTheMaximum()
    {
        var result = Discretion.Recommend(new FineRange(0m, 50_000m), 0.2m);

        Assert.Equal(10_000m, result.Recommended);
    }

    [Fact]
    public void Recommend_WhenShareOfMaximumFallsBelowTheMinimum_ClampsToTheMinimum()
    {
        var result = Discretion.Recommend(new FineRange(100_000m, 1_000_000m), 0.05m, DiscretionFormula.ShareOfMaximum);

        Assert.Equal(50_000m, result.Computed);
        Assert.Equal(100_000m, result.Recommended);
        Assert.True(result.Clamped);
        Assert.Contains("按法定最低额100,000元建议", result.Explanation);
    }

    [Fact]
    public void Recommend_WhenGuangdongWeightsSumTo25Percent_Is250000()
    {
        var result = Discretion.Recommend(new FineRange(100_000m, 1_000_000m), 0.10m + 0.10m + 0.05m, DiscretionFormula.ShareOfMaximum);

        Assert.Equal(250_000m, result.Recommended);
        Assert.False(result.Clamped);
    }

    [Fact]
    public void Recommend_WhenAmountHasHalfYuan_RoundsHalfAwayFromZero()
    {
        var result = Discretion.Recommend(new FineRange(0m, 1_001m), 0.5m);

        Assert.Equal(500.5m, result.Computed);
        Assert.Equal(501m, result.Recommended);
    }

    [Fact]
    public void Recommend_WhenRoundingWouldCrossTheMinimum_ClampsToTheExactMinimum()
    {
        var result = Discretion.Recommend(new FineRange(12_345.40m, 61_727.00m), 0m);

        Assert.Equal(12_345.40m, result.Recommended);
        Assert.True(result.Clamped);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Recommend_WhenPercentageOutsideZeroToOne_Throws(double percentage)
    {
        Assert.Throws<PenaltyInputException>(() => Discretion.Recommend(new FineRange(0m, 1_000m), (decimal)percentage));
    }

    [Fact]
    public void Percentage_WhenAverageOfChosenGrades_IsTheMean()
    {
        var levels = new Dictionary<DiscretionFactor, int>
        {
            [DiscretionFactor.Harm] = 2,
            [DiscretionFactor.Fault] = 2,
            [DiscretionFactor.Means] = 1,
            [DiscretionFactor.Object] = 2,
            [DiscretionFactor.History] = 1,
            [DiscretionFactor.Correction] = 2,
        };

        var percentage = DiscretionTable.Default.Percentage(levels);

        Assert.Equal((0.4m + 0.5m + 0m + 0.5m + 0m + 0.5m) / 6m, percentage);
    }

    [Fact]
    public void Percentage_WhenFactorNotChosen_TakesItsLightestGrade()
    {
        var percentage = DiscretionTable.Default.Percentage(new Dictionary<DiscretionFactor, int> { [DiscretionFactor.Harm] = 4 });

        Assert.Equal(1m / 6m, percentage);
    }

    [Fact]
    public void Percentage_WhenCappedSumExceedsOne_IsOne()
    {
        var table = DiscretionTable.Default with { Combination = DiscretionCombination.CappedSum };

        var percentage = table.Percentage(new Dictionary<DiscretionFactor, int>
        {
            [DiscretionFactor.Harm] = 3,
            [DiscretionFactor.Fault] = 3,
        });

        Assert.Equal(1m, percentage);
    }

    [Fact]
    public void Percentage_WhenLevelUnknown_Throws()
    {
        var ex = Assert.Throws<PenaltyInputException>(() =>
            DiscretionTable.Default.Percentage(new Dictionary<DiscretionFactor, int> { [DiscretionFactor.Fault] = 9 }));

        Assert.Contains("主观过错", ex.Message);
    }

    [Fact]
    public void Recommend_WhenTableGradesAllHeaviest_IsTheMaximum()
    {
        var levels = DiscretionTable.Default.Factors.ToDictionary(f => f.Factor, f => f.Grades.Max(g => g.Level));

        var result = Discretion.Recommend(new FineRange(200_000m, 1_000_000m), DiscretionTable.Default, levels);

        Assert.Equal(1m, result.Percentage);
        Assert.Equal(1_000_000m, result.Recommended);
    }

    [Fact]
    public void Decide_WhenWithinRange_IsNotMitigated()
    {
        var decision = Discretion.Decide(new FineRange(80_000m, 400_000m), 80_000m, new DateOnly(2026, 1, 5));

        Assert.False(decision.Mitigated);
        Assert.Equal(80_000m, decision.Amount);
    }

    [Fact]
    public void Decide_WhenBelowMinimumWithoutGround_Throws()
    {
        var ex = Assert.Throws<PenaltyInputException>(() =>
            Discretion.Decide(new FineRange(80_000m, 400_000m), 79_999m, new DateOnly(2026, 1, 5), "  "));

        Assert.Contains("减轻处罚", ex.Message);
    }

    [Fact]
    public void Decide_WhenBelowMinimumWithGroundUnderTheCode_RecordsTheMitigationAndItsArticles()
    {
        var decision = Discretion.Decide(new FineRange(200_000m, 1_000_000m), 150_000m, new DateOnly(2026, 11, 29),
            "主动消除违法行为危害后果（行政处罚法第三十二条第一项）");

        Assert.True(decision.Mitigated);
        Assert.Equal(150_000m, decision.Amount);
        Assert.Equal("《中华人民共和国行政处罚法》第三十二条、《中华人民共和国生态环境法典》第一千零五十六条第二款", decision.MitigationBasis);
    }

    [Fact]
    public void Decide_WhenBelowMinimumWithGroundBeforeTheCode_CitesThePenaltyLawOnly()
    {
        var decision = Discretion.Decide(new FineRange(200_000m, 1_000_000m), 150_000m, new DateOnly(2026, 3, 1), "受他人胁迫实施违法行为");

        Assert.Equal("《中华人民共和国行政处罚法》第三十二条", decision.MitigationBasis);
    }

    [Fact]
    public void Decide_WhenAboveMaximumEvenWithGround_Throws()
    {
        var ex = Assert.Throws<PenaltyInputException>(() =>
            Discretion.Decide(new FineRange(200_000m, 1_000_000m), 1_000_001m, new DateOnly(2026, 11, 29), "从重"));

        Assert.Contains("超过法定最高额", ex.Message);
    }
}
