using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

/// <summary>责令改正决定书: the provision's own order as its basis, and the 按日连续处罚 warning only where it applies.</summary>
public sealed class CorrectionOrderTextTests
{
    private static readonly ViolationCatalogue Catalogue = ViolationCatalogue.Default;
    private static readonly DateOnly UnderCode = new(2026, 10, 14);
    private static readonly DateOnly BeforeCode = new(2026, 3, 2);

    [Fact]
    public void Basis_ForUnapprovedConstructionUnderTheCode_IsArticle1095WithItsStopOrder()
    {
        var basis = CorrectionOrderText.Basis(Catalogue, ViolationCatalogue.EiaUnapprovedConstruction, UnderCode);

        Assert.StartsWith("《中华人民共和国生态环境法典》第一千零九十五条第一款（责令停止建设", basis);
    }

    [Fact]
    public void Basis_ForAirEmissionUnderTheCode_IsArticle1107WithItsOrders()
    {
        var basis = CorrectionOrderText.Basis(Catalogue, ViolationCatalogue.AirEmissionExceedance, UnderCode);

        Assert.Contains("第一千一百零七条（责令改正，可以责令限制生产、停产整治）", basis);
        Assert.DoesNotContain("情节严重", basis);
    }

    [Theory]
    [InlineData(ViolationCatalogue.EiaUnapprovedConstruction)]
    [InlineData(ViolationCatalogue.EiaRegistrationNotFiled)]
    [InlineData(ViolationCatalogue.AcceptanceNotCompleted)]
    public void DailyPenaltyWarning_ForAViolationWithoutDailyPenalty_IsAbsent(string violation)
    {
        Assert.Null(CorrectionOrderText.DailyPenaltyWarning(Catalogue, violation, UnderCode));
        Assert.Null(CorrectionOrderText.DailyPenaltyWarning(Catalogue, violation, BeforeCode));
    }

    [Fact]
    public void DailyPenaltyWarning_ForDischarge_CitesTheLawOfTheOrderDay()
    {
        Assert.Contains("《中华人民共和国生态环境法典》第一千零六十条第一款", CorrectionOrderText.DailyPenaltyWarning(Catalogue, ViolationCatalogue.WaterDischargeExceedance, UnderCode));
        Assert.Contains("《中华人民共和国环境保护法》第五十九条第一款", CorrectionOrderText.DailyPenaltyWarning(Catalogue, ViolationCatalogue.WaterDischargeExceedance, BeforeCode));
    }
}

/// <summary>不予处罚: the 不予行政处罚决定书 cites the ground the head chose, and only that.</summary>
public sealed class NoPenaltyTextTests
{
    [Theory]
    [InlineData(CaseManagement.Domain.Cases.NoPenaltyGround.MinorAndCorrected, "2026-03-01", "《中华人民共和国行政处罚法》第三十三条第一款")]
    [InlineData(CaseManagement.Domain.Cases.NoPenaltyGround.MinorAndCorrected, "2026-09-01", "《中华人民共和国行政处罚法》第三十三条第一款、《中华人民共和国生态环境法典》第一千零五十六条第二款")]
    [InlineData(CaseManagement.Domain.Cases.NoPenaltyGround.NoFault, "2026-03-01", "《中华人民共和国行政处罚法》第三十三条第二款")]
    [InlineData(CaseManagement.Domain.Cases.NoPenaltyGround.NoFault, "2026-09-01", "《中华人民共和国行政处罚法》第三十三条第二款、《中华人民共和国生态环境法典》第一千零五十三条第一款")]
    [InlineData(CaseManagement.Domain.Cases.NoPenaltyGround.FactsNotEstablished, "2026-09-01", "《中华人民共和国行政处罚法》第五十七条第一款第三项")]
    [InlineData(CaseManagement.Domain.Cases.NoPenaltyGround.BeyondLimitation, "2024-01-01", "《中华人民共和国行政处罚法》第三十六条")]
    public void Basis_CitesTheChosenGroundOnly(CaseManagement.Domain.Cases.NoPenaltyGround ground, string actDate, string expected)
    {
        Assert.Equal(expected, CaseManagement.Domain.Cases.NoPenaltyText.Basis(ground, DateOnly.Parse(actDate)));
    }
}
