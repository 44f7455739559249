using CaseManagement.Domain.Money;

namespace CaseManagement.Domain.Tests.Money;

public class RmbUppercaseTests
{
    [Theory]
    // DECISIONS.md §7 and the PBOC examples of LEGAL-REFERENCE.md §H.3.
    [InlineData("100000", "壹拾万元整")]
    [InlineData("123456.78", "壹拾贰万叁仟肆佰伍拾陆元柒角捌分")]
    [InlineData("1005", "壹仟零伍元整")]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元零叁角贰分")]
    [InlineData("107000.53", "壹拾万柒仟元零伍角叁分")]
    [InlineData("16409.02", "壹万陆仟肆佰零玖元零贰分")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]
    [InlineData("52120", "伍万贰仟壹佰贰拾元整")]
    [InlineData("100200", "壹拾万零贰佰元整")]
    [InlineData("1000010", "壹佰万零壹拾元整")]
    [InlineData("200000000", "贰亿元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("10", "壹拾元整")]
    public void Format_WhenPbocExample_WritesOfficialWords(string amount, string expected)
    {
        Assert.Equal(expected, RmbUppercase.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("0", "零元整")]
    [InlineData("0.00", "零元整")]
    [InlineData("0.5", "伍角")]
    [InlineData("0.56", "伍角陆分")]
    [InlineData("1", "壹元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("110", "壹佰壹拾元整")]
    [InlineData("10.50", "壹拾元零伍角")]
    [InlineData("3.10", "叁元壹角")]
    [InlineData("1001", "壹仟零壹元整")]
    [InlineData("10001", "壹万零壹元整")]
    [InlineData("10010", "壹万零壹拾元整")]
    [InlineData("11000", "壹万壹仟元整")]
    [InlineData("85000", "捌万伍仟元整")]
    [InlineData("425000", "肆拾贰万伍仟元整")]
    [InlineData("100000000.01", "壹亿元零壹分")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("1010101010.10", "壹拾亿壹仟零壹拾万壹仟零壹拾元零壹角")]
    [InlineData("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    public void Format_WhenOtherAmount_FollowsZeroAndUnitRules(string amount, string expected)
    {
        Assert.Equal(expected, RmbUppercase.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    // The 万亿 group: the fourth group of yuan takes the unit 万亿; zeros across groups still collapse to one 零.
    [InlineData("1000000000000", "壹万亿元整")]
    [InlineData("2000300000000", "贰万亿零叁亿元整")]
    [InlineData("1000050000000", "壹万亿零伍仟万元整")]
    [InlineData("1234567890123.45", "壹万亿贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分")]
    [InlineData("9999999999999999.99", "玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    public void Format_WhenTrillionGroup_UsesWanYi(string amount, string expected)
    {
        Assert.Equal(expected, RmbUppercase.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FormatWithPrefix_WhenAmount_PrefixesRenminbiWithoutGap()
    {
        Assert.Equal("人民币壹仟零伍元整", RmbUppercase.FormatWithPrefix(1005m));
    }

    [Fact]
    public void Format_WhenNegative_ThrowsWithChineseMessage()
    {
        var error = Assert.Throws<InvalidAmountException>(() => RmbUppercase.Format(-1m));

        Assert.Contains("不能为负数", error.Message);
    }

    [Fact]
    public void Format_WhenMoreThanTwoDecimals_ThrowsWithChineseMessage()
    {
        var error = Assert.Throws<InvalidAmountException>(() => RmbUppercase.Format(1.005m));

        Assert.Contains("最多两位小数", error.Message);
    }

    [Fact]
    public void Format_WhenTrailingZeroDecimals_AcceptsExactAmount()
    {
        Assert.Equal("壹元伍角", RmbUppercase.Format(1.500m));
    }

    [Fact]
    public void Format_WhenAboveTrillionGroup_Throws()
    {
        var error = Assert.Throws<InvalidAmountException>(() => RmbUppercase.Format(10_000_000_000_000_000m));

        Assert.Contains("金额过大", error.Message);
    }
}
