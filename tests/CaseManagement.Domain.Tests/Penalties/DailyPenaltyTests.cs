using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

public class DailyPenaltyTests
{
    [Fact]
    public void Calculate_WhenLegalReferenceExample_Is17DaysAnd3400000()
    {
        var result = DailyPenalty.Calculate(200_000m, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 20));

        Assert.Equal(17, result.Days);
        Assert.Equal(new DateOnly(2025, 3, 4), result.FirstDay);
        Assert.Equal(new DateOnly(2025, 3, 20), result.LastDay);
        Assert.Equal(3_400_000m, result.Amount);
        Assert.Equal("《中华人民共和国环境保护法》第五十九条第一款", result.Basis);
    }

    [Fact]
    public void Calculate_WhenReinspectionUnderTheCode_CitesArticle1060()
    {
        var result = DailyPenalty.Calculate(100_000m, new DateOnly(2026, 8, 14), new DateOnly(2026, 8, 15));

        Assert.Equal(1, result.Days);
        Assert.Equal(100_000m, result.Amount);
        Assert.Equal("《中华人民共和国生态环境法典》第一千零六十条第一款", result.Basis);
    }

    [Fact]
    public void Calculate_WhenReinspectionOnTheServiceDay_Throws()
    {
        Assert.Throws<PenaltyInputException>(() => DailyPenalty.Calculate(200_000m, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void Calculate_WhenOriginalFineIsZero_Throws()
    {
        Assert.Throws<PenaltyInputException>(() => DailyPenalty.Calculate(0m, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 20)));
    }
}
