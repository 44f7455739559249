using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>听证笔录 (行政处罚法第六十四条第八项).</summary>
public sealed class HearingRecordDocument() : DocumentDefinition(new(
    "hearing-record", "听证笔录",
    [
        Fields.OrganisationName, Fields.CaseCause,
        F("hearingStart", "开始时间", "听证日期"),
        F("hearingEnd", "结束时间", "“听证结束”步骤的日期"),
        Fields.HearingPlace, Fields.HearingPublicity, Fields.PresidingOfficer, Fields.HearingOfficers, Fields.HearingClerk, Fields.PartyName, Fields.PartyRepresentative,
        F("partyAgents", "委托代理人", "“听证结束”步骤填写的委托代理人"),
        F("investigators", "调查人员", "本案承办人"),
        Fields.RefusalNote,
    ],
    [new("statements", "听证发言", [F("speaker", "发言人", "听证主持人"), F("statement", "发言内容", "“听证结束”步骤填写的听证情况")])],
    []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.ConcludeHearing)];

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 6);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var hearing = c.CurrentHearing;
        var data = new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseCause", c.Cause)
            .Set("hearingStart", Date(hearing?.HearingOn))
            .Set("hearingEnd", Date(hearing?.ConcludedOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("hearingPublicity", hearing?.NonPublicGround.Publicity() ?? "公开举行")
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("hearingOfficers", hearing?.HearingOfficers)
            .Set("hearingClerk", hearing?.Clerk)
            .Set("partyName", c.Party.Name)
            .Set("partyRepresentative", c.Party.LegalRepresentative)
            .Set("partyAgents", hearing?.PartyAgents)
            .Set("investigators", Officers(c))
            .Set("refusalNote", hearing?.Outcome == HearingOutcome.PartyAbsent ? "当事人无正当理由未到场，视为放弃听证权利" : "");
        data.Section("statements");
        if (hearing?.Summary is { Length: > 0 } summary)
        {
            data.AddRow("statements", ("speaker", "主持人"), ("statement", summary));
        }

        return data;
    }
}
