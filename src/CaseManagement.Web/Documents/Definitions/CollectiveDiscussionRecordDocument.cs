using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>案件集体讨论笔录 (行政处罚法第五十七条第二款).</summary>
public sealed class CollectiveDiscussionRecordDocument() : DocumentDefinition(new(
    "collective-discussion-record", "案件集体讨论笔录",
    [
        Fields.OrganisationName, Fields.CaseNumber, Fields.CaseCause, Fields.PartyName,
        F("discussionStart", "开始时间", "“集体讨论终结”步骤填写的开始时间"),
        F("discussionEnd", "结束时间", "“集体讨论终结”步骤填写的结束时间"),
        F("discussionPlace", "地点", "“集体讨论终结”步骤填写的地点"),
        F("chair", "主持人", "“集体讨论终结”步骤填写的主持人"),
        F("recorder", "记录人", "“集体讨论终结”步骤填写的记录人"),
        F("participants", "参加人员", "“集体讨论终结”步骤填写的参加人员"),
        F("attendees", "列席人员", "本案承办人"),
        F("caseSummary", "案件基本情况", "违法事实与拟处罚意见"),
        F("conclusion", "讨论结论", "“集体讨论终结”步骤填写的结论"),
    ],
    [new("opinions", "发言", [F("speaker", "发言人", "“集体讨论终结”步骤填写的发言人"), F("opinion", "发言内容", "该发言人的意见（发言）")])],
    []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.ConcludeDiscussion)];

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Secondary, 5);

    /// <summary>Everything as entered in “集体讨论终结”: nothing is taken from the participants list or the submitter.</summary>
    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var discussion = c.Discussion;
        var data = new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("discussionStart", discussion is null ? "" : DateAndTime(discussion.HeldOn, discussion.StartTime))
            .Set("discussionEnd", discussion is null ? "" : DateAndTime(discussion.HeldOn, discussion.EndTime))
            .Set("discussionPlace", discussion?.Place)
            .Set("chair", discussion?.Chair)
            .Set("recorder", discussion?.Recorder)
            .Set("participants", discussion is null ? "" : string.Join("、", discussion.Participants))
            .Set("attendees", Officers(c))
            .Set("caseSummary", $"{Facts(c)}\n拟处罚意见：{ProposedText(c)}")
            .Set("conclusion", discussion?.Conclusion);
        data.Section("opinions");
        foreach (var speech in discussion?.Speeches ?? [])
        {
            data.AddRow("opinions", ("speaker", speech.Speaker), ("opinion", speech.Opinion));
        }

        return data;
    }
}
