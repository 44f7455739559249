using CaseManagement.Domain.Parties;

namespace CaseManagement.Domain.Tests.Parties;

public class PublicationMaskTests
{
    [Theory]
    [InlineData("370101190102039973", "370101********9973")]
    [InlineData("11010519491231002x", "110105********002X")]
    [InlineData("1234567890", "**********")]
    [InlineData("", "")]
    public void IdNumber_WhenPublished_KeepsFirstSixAndLastFour(string id, string expected)
    {
        Assert.Equal(expected, PublicationMask.IdNumber(id));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张小三", "张*三")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData("买买提·艾力", "买**·*力")]
    [InlineData("𠮷野家", "𠮷*家")]
    [InlineData("李", "李")]
    [InlineData(" 王五 ", "王*")]
    public void PersonName_WhenPublished_KeepsFirstAndLastCharacter(string name, string expected)
    {
        Assert.Equal(expected, PublicationMask.PersonName(name));
    }
}
