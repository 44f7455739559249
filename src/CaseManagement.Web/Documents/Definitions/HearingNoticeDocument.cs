using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 行政处罚法第六十四条：听证七日前通知时间、地点，公开举行与否，申请回避，委托一至二人代理。
/// <summary>行政处罚听证通知书.</summary>
public sealed class HearingNoticeDocument() : DocumentDefinition(new(
    "hearing-notice", "行政处罚听证通知书",
    [
        .. Fields.Outward, Fields.PartyName, Fields.PartyAddress, Fields.CaseCause,
        F("hearingTime", "听证时间", "“安排听证”步骤填写的日期"),
        Fields.HearingPlace, Fields.PresidingOfficer, Fields.HearingOfficers, Fields.HearingClerk, Fields.HearingPublicity, Fields.ContactPerson, Fields.ContactPhone,
        F("documentDate", "通知日期", "听证通知送达日期"),
        Fields.SealText,
    ],
    [], []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.ScheduleHearing)];

    public override DocumentType? NumberSeries => DocumentType.HearingNotice;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 6);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var hearing = c.CurrentHearing;
        return Outward(context)
            .Set("partyName", c.Party.Name)
            .Set("partyAddress", c.Party.Address)
            .Set("caseCause", c.Cause)
            .Set("hearingTime", Date(hearing?.HearingOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("hearingOfficers", hearing?.HearingOfficers)
            .Set("hearingClerk", hearing?.Clerk)
            .Set("hearingPublicity", hearing?.NonPublicGround.Publicity() ?? "公开举行")
            .Set("contactPerson", c.Officers.FirstOrDefault()?.Name)
            .Set("contactPhone", context.Organisation.Phone)
            .Set("documentDate", Date(hearing?.NoticeIssuedOn ?? context.Today));
    }
}
