using CaseManagement.Domain.Parties;

namespace CaseManagement.Domain.Tests.Parties;

public class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2025, 9, 26);

    [Theory]
    // LEGAL-REFERENCE.md §H.2 vectors (GB 11643-1999 annex).
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    [InlineData("370101190102039973")]
    public void Validate_WhenStandardExample_IsValid(string id)
    {
        var check = ResidentIdNumber.Validate(id, Today);

        Assert.True(check.Valid, check.Reason);
        Assert.Equal(id, check.Normalized);
        Assert.Null(check.Reason);
    }

    [Fact]
    public void Validate_WhenLowercaseX_StoresUppercaseX()
    {
        var check = ResidentIdNumber.Validate(" 11010519491231002x ", Today);

        Assert.True(check.Valid);
        Assert.Equal("11010519491231002X", check.Normalized);
    }

    [Fact]
    public void Validate_WhenChecksumWrong_ReportsExpectedAndFound()
    {
        var check = ResidentIdNumber.Validate("370101190102039974", Today);

        Assert.False(check.Valid);
        Assert.Equal("校验码错误：第18位应为“3”，实际为“4”", check.Reason);
    }

    [Fact]
    public void Validate_WhenBirthDateNotReal_ReportsDate()
    {
        // Check character computed for the impossible date, so only the date check can fail.
        var check = ResidentIdNumber.Validate("37010119990230123X", Today);

        Assert.False(check.Valid);
        Assert.Equal("出生日期“19990230”（第7–14位）不是有效日期", check.Reason);
    }

    [Fact]
    public void Validate_WhenBirthDateInFuture_ReportsFuture()
    {
        var check = ResidentIdNumber.Validate("370101209901011237", Today);

        Assert.False(check.Valid);
        Assert.Equal("出生日期2099年1月1日晚于今天", check.Reason);
    }

    [Fact]
    public void Validate_WhenBornToday_IsValid()
    {
        var check = ResidentIdNumber.Validate("370101209901011237", new DateOnly(2099, 1, 1));

        Assert.True(check.Valid, check.Reason);
    }

    [Theory]
    [InlineData("37010119010203997", 17)]
    [InlineData("370101190102039", 15)]
    [InlineData("3701011901020399730", 19)]
    public void Validate_WhenWrongLength_ReportsLength(string id, int length)
    {
        var check = ResidentIdNumber.Validate(id, Today);

        Assert.False(check.Valid);
        Assert.Equal($"身份证号码应为18位，实际为{length}位", check.Reason);
    }

    [Theory]
    [InlineData("37010119010203997A", "第18位字符“A”不合法（第18位应为数字或X）")]
    [InlineData("3701011901020399X3", "第17位字符“X”不合法（前17位应为数字）")]
    public void Validate_WhenIllegalCharacter_NamesThePosition(string id, string reason)
    {
        var check = ResidentIdNumber.Validate(id, Today);

        Assert.False(check.Valid);
        Assert.Equal(reason, check.Reason);
    }

    [Fact]
    public void Validate_WhenEmpty_ReportsEmpty()
    {
        var check = ResidentIdNumber.Validate("  ", Today);

        Assert.False(check.Valid);
        Assert.Equal("身份证号码不能为空", check.Reason);
    }

    [Fact]
    public void TryReadBirthDate_WhenValidNumber_ReturnsDate()
    {
        Assert.True(ResidentIdNumber.TryReadBirthDate("11010519491231002X", out var birthDate));
        Assert.Equal(new DateOnly(1949, 12, 31), birthDate);
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    public void CheckCharacter_WhenFirst17_ComputesMod11_2(string first17, char expected)
    {
        Assert.Equal(expected, ResidentIdNumber.CheckCharacter(first17));
    }
}
