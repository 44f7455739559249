using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>行政处罚案件调查报告 (form 11): 调查终结 sends the facts and the proposal to the review unit.</summary>
public sealed class InvestigationReportDocument() : DocumentDefinition(new(
    "investigation-report", "行政处罚案件调查报告",
    [
        Fields.OrganisationName, Fields.CaseNumber, Fields.CaseCause, Fields.CaseSource, .. Fields.Party,
        F("investigationSummary", "调查经过", "“记录调查”步骤填写的每次检查、询问的日期、地点和情况"),
        Fields.Facts, Fields.ProvisionBreached, Fields.ProvisionApplied, Fields.Discretion,
        F("proposedPenalty", "建议处罚", "调查终结时提出的处罚建议"),
        F("hearingEligibility", "是否告知听证", "按拟处罚内容与听证标准计算"),
        Fields.InvestmentFinding, Fields.LawComparison, Fields.HandlerNames,
        F("reportDate", "报告日期", "“调查终结”步骤的日期"),
    ],
    [Fields.Evidence], ["investmentFinding", "lawComparison"]))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.SubmitForReview)];

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 4);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var (range, problem) = Range(c, DecisionDay(c, context));
        var data = Evidence(Party(new DocumentData(), c), c)
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("caseSource", c.LeadSource)
            .Set("investigationSummary", string.Join("\n", c.Records.Select(r =>
                    $"{DateAndTime(r.On, r.StartTime)}，{(r.Kind == InvestigationRecordKind.Inspection ? "现场检查" : "调查询问")}（{r.Place}）：{r.Summary}")
                .Append(c.InvestigationReport ?? "").Where(line => line.Length > 0)))
            .Set("facts", Facts(c))
            .Set("provisionBreached", BreachedProvisions.For(c.ViolationCode, c.ActDate))
            .Set("provisionApplied", ProvisionApplied(range, problem))
            .Set("discretion", Discretion(c, range))
            .Set("proposedPenalty", ProposedText(c))
            .Set("hearingEligibility", c.ProposedPenalty is { } p
                ? c.HearingOffered(p, context.EffectiveRules) ? "拟作出的处罚属于较大数额罚款或者重大处罚，应当告知当事人有要求听证的权利" : "拟作出的处罚不属于听证范围"
                : "")
            .Set("investmentFinding", InvestmentFinding(c))
            .Set("lawComparison", LawComparison(c, range, problem, DecisionDay(c, context)))
            .Set("handlerNames", Officers(c))
            .Set("reportDate", Date(c.SubmittedForReviewOn ?? context.Today));
        return data;
    }
}
