using CaseManagement.Domain.Money;

namespace CaseManagement.Domain.Tests.Money;

public class YuanTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("123456.78", 123456.78)]
    [InlineData(" 8500000 ", 8500000)]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("+12", 12)]
    [InlineData("-0", 0)]
    [InlineData("1.500", 1.5)]
    [InlineData("000100", 100)]
    [InlineData("999999999999.99", 999999999999.99)]
    public void TryParse_WhenValidAmount_ReturnsValue(string input, double expected)
    {
        var ok = Yuan.TryParse(input, out var amount, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal((decimal)expected, amount);
    }

    [Fact]
    public void Plain_WritesTheSameDigitsWhateverTheScale()
    {
        // A sum read back from PostgreSQL's numeric has two places, from SQLite none: the workbook and the audit digest read the same.
        Assert.Equal("150000", Yuan.Plain(150000.00m));
        Assert.Equal("150000", Yuan.Plain(150000m));
        Assert.Equal("1234.5", Yuan.Plain(1234.50m));
        Assert.Equal("0.01", Yuan.Plain(0.010m));
        Assert.Equal("999999999999.99", Yuan.Plain(999999999999.99m));
        Assert.Equal("0", Yuan.Plain(0.00m));
    }

    [Theory]
    [InlineData("abc", "不是数字")]
    [InlineData("1e5", "不是数字")]
    [InlineData("1,000", "不是数字")]
    [InlineData("¥100", "不是数字")]
    [InlineData("１２３", "不是数字")]
    [InlineData(".", "不是数字")]
    [InlineData("-", "不是数字")]
    [InlineData("1.2.3", "不是数字")]
    [InlineData("-5", "不能为负数")]
    [InlineData("-0.01", "不能为负数")]
    [InlineData("1.234", "最多两位小数")]
    [InlineData("0.001", "最多两位小数")]
    [InlineData("1000000000000", "金额过大")]
    [InlineData("99999999999999999999999999999999999999", "金额过大")]
    [InlineData("", "不能为空")]
    [InlineData("   ", "不能为空")]
    [InlineData(null, "不能为空")]
    public void TryParse_WhenInvalid_ReturnsChineseReason(string? input, string expectedFragment)
    {
        var ok = Yuan.TryParse(input, out var amount, out var error);

        Assert.False(ok);
        Assert.Equal(0m, amount);
        Assert.NotNull(error);
        Assert.Contains(expectedFragment, error);
    }

    [Fact]
    public void Parse_WhenInvalid_ThrowsInvalidAmountException()
    {
        var error = Assert.Throws<InvalidAmountException>(() => Yuan.Parse("-3"));

        Assert.Contains("不能为负数", error.Message);
    }

    [Fact]
    public void Parse_WhenValid_ReturnsAmount()
    {
        Assert.Equal(85000m, Yuan.Parse("85000.00"));
    }
}
