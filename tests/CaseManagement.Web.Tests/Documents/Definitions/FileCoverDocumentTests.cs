namespace CaseManagement.Web.Tests.Documents.Definitions;

/// <summary>The 卷宗封面 issued at 归档 states the penalty as a reader expects it, as the whole-case PDF does.</summary>
public sealed class FileCoverDocumentTests
{
    [Fact]
    public void Compose_ForADecidedFine_StatesThePenaltyInWords()
    {
        var c = CaseScenario.Executing();

        var data = CaseScenario.Composer().Compose("file-cover", c, CaseScenario.Context());

        Assert.Equal("罚款人民币捌万伍仟元", data["caseResult"]);
    }
}
