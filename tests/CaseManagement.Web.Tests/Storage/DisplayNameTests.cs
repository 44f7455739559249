using CaseManagement.Web.Storage;

namespace CaseManagement.Web.Tests.Storage;

public sealed class DisplayNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\win.ini", "win.ini")]
    [InlineData("C:\\Users\\张三\\Desktop\\现场照片.jpg", "现场照片.jpg")]
    [InlineData("a/b\\c/询问笔录.docx", "询问笔录.docx")]
    [InlineData("bad\u0000name\r\n.pdf", "badname.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("what?<x>.pdf", "what__x_.pdf")]
    [InlineData("  spaced\u3000name.pdf  ", "spaced name.pdf")]
    [InlineData("..", DisplayName.Fallback)]
    [InlineData("dir/", DisplayName.Fallback)]
    [InlineData("", DisplayName.Fallback)]
    [InlineData(null, DisplayName.Fallback)]
    public void Clean_WhenNameHasPathsOrControlCharacters_KeepsOnlyPlainFileName(string? original, string expected)
    {
        Assert.Equal(expected, DisplayName.Clean(original));
    }

    [Fact]
    public void Clean_WhenNameIsTooLong_ShortensToMaximumAndKeepsExtension()
    {
        var cleaned = DisplayName.Clean(new string('证', 300) + ".pdf");

        Assert.Equal(DisplayName.MaxLength, cleaned.Length);
        Assert.EndsWith("证.pdf", cleaned);
    }

    [Fact]
    public void Clean_WhenCutWouldSplitASurrogatePair_DropsTheWholeCharacter()
    {
        var cleaned = DisplayName.Clean(new string('a', 195) + string.Concat(Enumerable.Repeat("😀", 10)) + ".jpg");

        Assert.True(cleaned.Length <= DisplayName.MaxLength);
        Assert.False(char.IsHighSurrogate(cleaned[^5]));
        Assert.EndsWith(".jpg", cleaned);
    }
}
