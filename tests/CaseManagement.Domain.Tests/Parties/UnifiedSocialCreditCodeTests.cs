using CaseManagement.Domain.Parties;

namespace CaseManagement.Domain.Tests.Parties;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    // LEGAL-REFERENCE.md §H.1 vectors.
    [InlineData("91350100M000100Y43")]
    [InlineData("91410923581749967U")]
    [InlineData("92530112MA6KXAUR5L")]
    [InlineData("91522625MAAKFGWU8R")]
    public void Validate_WhenPublishedValidCode_IsValid(string code)
    {
        var check = UnifiedSocialCreditCode.Validate(code);

        Assert.True(check.Valid, check.Reason);
        Assert.Equal(code, check.Normalized);
        Assert.Null(check.Reason);
    }

    [Fact]
    public void Validate_WhenLowercaseWithSpaces_NormalizesAndAccepts()
    {
        var check = UnifiedSocialCreditCode.Validate("  91350100m000100y43 ");

        Assert.True(check.Valid);
        Assert.Equal("91350100M000100Y43", check.Normalized);
    }

    [Fact]
    public void Validate_WhenStandardExampleWithZ_ReportsIllegalCharacter()
    {
        var check = UnifiedSocialCreditCode.Validate("91350100M000100Y4Z");

        Assert.False(check.Valid);
        Assert.Equal("第18位字符“Z”不合法（统一社会信用代码不使用I、O、Z、S、V）", check.Reason);
    }

    [Fact]
    public void Validate_WhenSuiningTypo_ReportsExpectedAndFoundCheckCharacter()
    {
        var check = UnifiedSocialCreditCode.Validate("91500903MA64NC2C0B");

        Assert.False(check.Valid);
        Assert.Equal("校验码错误：第18位应为“A”，实际为“B”", check.Reason);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    public void Validate_WhenWrongLength_ReportsLength(string code, int length)
    {
        var check = UnifiedSocialCreditCode.Validate(code);

        Assert.False(check.Valid);
        Assert.Equal($"统一社会信用代码应为18位，实际为{length}位", check.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Validate_WhenEmpty_ReportsEmpty(string? code)
    {
        var check = UnifiedSocialCreditCode.Validate(code);

        Assert.False(check.Valid);
        Assert.Equal("统一社会信用代码不能为空", check.Reason);
    }

    [Theory]
    [InlineData("9135010OM000100Y43", "第8位字符“O”不合法（统一社会信用代码不使用I、O、Z、S、V）")]
    [InlineData("I1350100M000100Y43", "第1位字符“I”不合法（统一社会信用代码不使用I、O、Z、S、V）")]
    [InlineData("91350100M00010-Y43", "第15位字符“-”不合法")]
    [InlineData("9135A100M000100Y43", "第5位应为数字（第3–8位是登记管理机关行政区划码），实际为“A”")]
    public void Validate_WhenIllegalCharacter_NamesThePosition(string code, string reason)
    {
        var check = UnifiedSocialCreditCode.Validate(code);

        Assert.False(check.Valid);
        Assert.Equal(reason, check.Reason);
    }

    [Fact]
    public void Validate_WhenOuterCheckMatchesButOrganisationCodeDoesNot_ReportsInnerCheck()
    {
        // Position 17 changed from 4 to 5 and position 18 recomputed, so only the GB 11714 check fails.
        var check = UnifiedSocialCreditCode.Validate("91350100M000100Y56");

        Assert.False(check.Valid);
        Assert.Equal("组织机构代码（第9–17位）校验码错误：第17位应为“4”，实际为“5”", check.Reason);
    }

    [Fact]
    public void Validate_WhenOrganisationCheckDisabled_AcceptsOuterChecksumOnly()
    {
        var check = UnifiedSocialCreditCode.Validate("91350100M000100Y56", checkOrganisationCode: false);

        Assert.True(check.Valid);
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("91410923581749967", 'U')]
    public void CheckCharacter_WhenFirst17_ComputesPosition18(string first17, char expected)
    {
        Assert.Equal(expected, UnifiedSocialCreditCode.CheckCharacter(first17));
    }
}
