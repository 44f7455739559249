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
        F("reviewerQualification", "审核人资格", "法制审核步骤填写的法律职业资格证书编号，或用户管理中审核人的“具有法律职业资格”"),
        F("reviewConclusion", "审核结论", "法制审核步骤的结论"),
        F("reviewOpinion", "审核意见", "法制审核步骤填写的意见"),
        F("reviewDate", "审核日期", "法制审核步骤的日期"),
    ],
    [new("reviewItems", "审核事项", [
        F("reviewItem", "审核事项", "法制审核清单：执法主体、管辖、程序、事实、证据、定性、法律依据、裁量、文书"),
        F("reviewResult", "审核结果", "法制审核步骤中勾选的符合或不符合"),
        F("reviewNote", "说明", "法制审核步骤中审核人对该事项填写的意见")])],
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
            // 行政处罚法第五十八条第三款：初次从事法制审核的人员应当取得法律职业资格 — printed only when the profile records it.
            // 行政处罚法第五十八条第二款: printed only when recorded — the certificate entered at the review, or the reviewer's profile.
            .Set("reviewerQualification", c.LegalReview?.LegalQualification is { } qualification
                ? $"具有法律职业资格（证书编号{qualification}）"
                : context.HasLegalQualification(c.LegalReview?.ReviewerUserId) ? "具有法律职业资格" : "")
            .Set("reviewConclusion", c.LegalReview is null ? "" : "同意")
            .Set("reviewOpinion", c.LegalReview?.Opinion)
            .Set("reviewDate", Date(c.LegalReview?.ReviewedOn));
        // The reviewer's own checklist (行政处罚法第五十八条第二款), never the earlier 案件审查 one.
        data.Section("reviewItems");
        foreach (var (name, item) in c.LegalReview?.Checklist?.Items() ?? [])
        {
            data.AddRow("reviewItems", ("reviewItem", name), ("reviewResult", item.Passed ? "符合" : "不符合"), ("reviewNote", item.Opinion));
        }

        return data;
    }
}
