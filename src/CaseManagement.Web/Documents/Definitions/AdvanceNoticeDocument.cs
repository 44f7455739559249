using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Numbering;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 行政处罚法第四十四条、第六十三条：告知事实、理由、依据、拟处罚内容及陈述、申辩、听证权利。
/// <summary>行政处罚事先（听证）告知书.</summary>
public sealed class AdvanceNoticeDocument() : DocumentDefinition(new(
    "advance-notice", "行政处罚事先（听证）告知书",
    [
        .. Fields.Outward, .. Fields.Party, Fields.Facts, Fields.ProvisionBreached, Fields.ProvisionApplied, Fields.Discretion,
        F("proposedPenalty", "拟处罚种类", "告知步骤的拟处罚内容"),
        F("fineAmount", "拟罚款金额", "告知步骤的拟罚款金额，小写"), F("fineUppercase", "拟罚款金额大写", "同上，人民币大写"),
        Fields.InvestmentFinding, Fields.LawComparison,
        F("statementDeadlineText", "陈述申辩期限", "机构设置中的陈述申辩期限"),
        F("hearingDeadlineText", "听证申请期限", "拟处罚属于听证范围时印五个工作日（行政处罚法第六十四条）"),
        F("contactAddress", "联系地址", "机构设置中的地址"),
        Fields.ContactPerson, Fields.ContactPhone,
        F("documentDate", "告知日期", "“告知”步骤的日期"),
        Fields.SealText,
    ],
    [Fields.Evidence], ["investmentFinding", "lawComparison", "hearingDeadlineText"]))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.IssueNotice)];

    public override DocumentType? NumberSeries => DocumentType.PenaltyNotice;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 5);

    public override string? NumberOn(PenaltyCase c) => c.CurrentNotice?.Number;

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var notice = c.CurrentNotice;
        var (range, problem) = Range(c, notice?.IssuedOn ?? context.Today);
        var fine = notice?.NotifiedFine ?? c.ProposedPenalty?.Fine ?? 0m;
        var rules = context.EffectiveRules;
        var statementPeriod = Period(LegalPeriod.WorkingDays(rules.StatementPeriodWorkingDays));
        var hearingOffered = notice?.HearingOffered ?? (c.ProposedPenalty is { } p && c.HearingOffered(p, rules));
        var items = SanctionWords(notice?.NotifiedSanctions ?? c.ProposedPenalty?.Sanctions ?? Sanctions.None).ToList();
        if (fine > 0m)
        {
            items.Add("罚款");
        }

        var data = Evidence(Party(Outward(context), c), c)
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("provisionApplied", ProvisionApplied(range, problem))
            .Set("discretion", Discretion(c, range))
            .Set("proposedPenalty", string.Join("、", items))
            // A proposal without a fine (e.g. a warning in place of it) prints no fine line (“罚款人民币0.00元” never appears).
            .Set("fineAmount", fine > 0m ? Amount(fine) : "")
            .Set("fineUppercase", fine > 0m ? Uppercase(fine) : "")
            .Set("investmentFinding", InvestmentFinding(c))
            .Set("lawComparison", LawComparison(c, range, problem, notice?.IssuedOn ?? context.Today))
            // 行政处罚法第六十四条第一项：当事人要求听证的，应当在行政机关告知后五日内提出。
            .Set("statementDeadlineText", $"收到本告知书之日起{statementPeriod}内")
            .Set("hearingDeadlineText", hearingOffered ? $"收到本告知书之日起{Period(LegalPeriod.WorkingDays(PenaltyCase.HearingRequestWorkingDays))}内" : "")
            .Set("contactAddress", context.Organisation.Address)
            .Set("contactPerson", c.Officers.FirstOrDefault()?.Name)
            .Set("contactPhone", context.Organisation.Phone)
            .Set("documentDate", Date(notice?.IssuedOn ?? context.Today));
        return data;
    }
}
