using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>
/// 法制审核意见书 (行政处罚法第五十八条): issued when legal review concludes, passed or sent to collective
/// discussion, not at 案件审查.
/// </summary>
public sealed class LegalReviewOpinionDocument() : DocumentDefinition(new(
    "legal-review-opinion", "法制审核意见书",
    [
        Fields.OrganisationName, Fields.CaseNumber, Fields.CaseCause, Fields.PartyName, Fields.ProposedPenalty,
        F("reviewerName", "审核人", "法制审核步骤的审核人"),
        F("reviewerQualification", "审核人资格", "审核人具有法律职业资格"),
        F("reviewConclusion", "审核结论", "法制审核步骤的结论"),
        F("reviewOpinion", "审核意见", "法制审核步骤填写的意见"),
        F("reviewDate", "审核日期", "法制审核步骤的日期"),
    ],
    [new("reviewItems", "审核事项", [
        F("reviewItem", "审核事项", "审核清单的事项"),
        F("reviewResult", "审核结果", "符合或不符合"),
        F("reviewNote", "说明", "审核人对该事项的意见")])],
    []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } = [new(CaseTrigger.PassLegalReview), new(CaseTrigger.RequireDiscussion)];

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Secondary, 4);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var data = new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("proposedPenalty", ProposedText(c))
            .Set("reviewerName", c.LegalReview?.ReviewerName)
            .Set("reviewerQualification", c.LegalReview is null ? "" : "具有法律职业资格")
            .Set("reviewConclusion", c.LegalReview is null ? "" : "同意")
            .Set("reviewOpinion", c.LegalReview?.Opinion)
            .Set("reviewDate", Date(c.LegalReview?.ReviewedOn));
        data.Section("reviewItems");
        if (c.CaseReview is { } review)
        {
            void Item(string name, ReviewItem item) =>
                data.AddRow("reviewItems", ("reviewItem", name), ("reviewResult", item.Passed ? "符合" : "不符合"), ("reviewNote", item.Opinion));
            Item("执法主体和管辖", review.Checklist.Jurisdiction);
            Item("违法事实", review.Checklist.Facts);
            Item("证据", review.Checklist.Evidence);
            Item("程序", review.Checklist.Procedure);
            Item("追责时效", review.Checklist.Limitation);
            Item("法律依据", review.Checklist.LegalBasis);
            Item("裁量", review.Checklist.Discretion);
        }

        return data;
    }
}
