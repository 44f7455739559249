using CaseManagement.Domain.Calendar;
using CaseManagement.Web.Documents;

namespace CaseManagement.Web.Tests.Documents;

public sealed class DocumentFormattingTests
{
    [Fact]
    public void Date_WhenFormatted_HasNoPaddingAndChineseUnits() =>
        Assert.Equal("2025年3月3日", DocumentFormatting.Date(new DateOnly(2025, 3, 3)));

    [Theory]
    [InlineData("85000", "85,000.00", "捌万伍仟元整")]
    [InlineData("1005", "1,005.00", "壹仟零伍元整")]
    [InlineData("123456.78", "123,456.78", "壹拾贰万叁仟肆佰伍拾陆元柒角捌分")]
    public void Amount_WhenFormatted_GivesFiguresAndUppercase(string amount, string figures, string words)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(figures, DocumentFormatting.Amount(value));
        Assert.Equal(words, DocumentFormatting.Uppercase(value));
    }

    [Theory]
    [InlineData(15, "十五")]
    [InlineData(60, "六十")]
    [InlineData(5, "五")]
    [InlineData(10, "十")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    public void Count_WhenWritten_UsesChineseNumerals(int n, string expected) =>
        Assert.Equal(expected, DocumentFormatting.Count(n));

    [Fact]
    public void Period_WhenWritten_NamesTheUnit()
    {
        Assert.Equal("十五日", DocumentFormatting.Period(LegalPeriod.Days(15)));
        Assert.Equal("五个工作日", DocumentFormatting.Period(LegalPeriod.WorkingDays(5)));
        Assert.Equal("六个月", DocumentFormatting.Period(LegalPeriod.Months(6)));
    }

    [Fact]
    public void Percent_OfTheSurchargeRate_IsWrittenInWords() =>
        Assert.Equal("百分之三", DocumentFormatting.Percent(0.03m));
}
