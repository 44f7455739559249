using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>听证报告 (行政处罚法第六十五条: the head decides on the hearing record).</summary>
public sealed class HearingReportDocument() : DocumentDefinition(new(
    "hearing-report", "听证报告",
    [
        Fields.OrganisationName, Fields.CaseCause, Fields.PartyName,
        F("hearingTime", "听证时间", "“安排听证”步骤填写的日期"),
        Fields.HearingPlace, Fields.PresidingOfficer, Fields.HearingOfficers, Fields.HearingClerk,
        F("participants", "参加人员", "当事人及本案承办人"),
        F("caseSummary", "案件基本情况", "违法事实"),
        F("partyDefence", "当事人意见", "“记录陈述申辩”步骤记录的意见"),
        F("hearingFindings", "认定事实", "“听证结束”步骤填写的听证情况"),
        F("recommendation", "处理建议", "处罚建议"),
        F("reportDate", "报告日期", "“听证结束”步骤的日期"),
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.ConcludeHearing)];

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Secondary, 3);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var hearing = c.CurrentHearing;
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("hearingTime", Date(hearing?.HearingOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("hearingOfficers", hearing?.HearingOfficers)
            .Set("hearingClerk", hearing?.Clerk)
            .Set("participants", $"{c.Party.Name}；调查人员{Officers(c)}")
            .Set("caseSummary", Facts(c))
            .Set("partyDefence", string.Join("\n", c.Statements.Where(s => !s.WaivesStatement).Select(s => s.Summary)))
            .Set("hearingFindings", hearing?.Summary)
            .Set("recommendation", ProposedText(c))
            .Set("reportDate", Date(hearing?.ConcludedOn ?? context.Today));
    }
}
