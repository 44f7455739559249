using CaseManagement.Web.Features.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>The step forms ask, in Chinese, for what the documents print.</summary>
public sealed class RecordedFieldsFormTests
{
    [Theory]
    [InlineData("ConcludeDiscussion", typeof(ConcludeDiscussion.Command))]
    [InlineData("PassLegalReview", typeof(PassLegalReview.Command))]
    [InlineData("RequireDiscussion", typeof(RequireDiscussion.Command))]
    [InlineData("RequestFiling", typeof(RequestFiling.Command))]
    [InlineData("File", typeof(CaseManagement.Web.Features.Cases.File.Command))]
    [InlineData("RecordInvestigation", typeof(RecordInvestigation.Command))]
    [InlineData("AddEvidence", typeof(AddEvidence.Command))]
    [InlineData("SubmitForReview", typeof(SubmitForReview.Command))]
    public void Describe_EveryFieldOfAStepThatFeedsADocument_HasAChineseLabel(string trigger, Type command)
    {
        var fields = Flatten(StepFormModel.Describe(trigger, command)).ToList();

        Assert.All(fields, f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Label));
    }

    [Fact]
    public void Describe_ConcludeDiscussion_AsksForChairRecorderTimesAndEachSpeech()
    {
        var fields = StepFormModel.Describe("ConcludeDiscussion", typeof(ConcludeDiscussion.Command));

        Assert.Equal("主持人", fields.Single(f => f.Property.Name == "Chair").Label);
        Assert.Equal("记录人", fields.Single(f => f.Property.Name == "Recorder").Label);
        Assert.Equal(StepFieldKind.Time, fields.Single(f => f.Property.Name == "StartTime").Kind);
        var speeches = fields.Single(f => f.Property.Name == "Speeches");
        Assert.Equal(StepFieldKind.Rows, speeches.Kind);
        Assert.Equal(["发言人", "意见"], speeches.Children.Select(c => c.Label));
    }

    private static IEnumerable<StepField> Flatten(IEnumerable<StepField> fields) =>
        fields.SelectMany(f => f.Children.Count == 0 ? [f] : Flatten(f.Children).Prepend(f));
}
