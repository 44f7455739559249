using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// What the legal reviewer enters when 法制审核 concludes (行政处罚法第五十八条), whether the case then goes to the head's
/// decision (<see cref="PassLegalReview"/>) or to collective discussion (<see cref="RequireDiscussion"/>).
/// </summary>
public abstract record LegalReviewStepCommand : CaseStepCommand
{
    [Display(Name = "审核日期")]
    public DateOnly? ReviewedOn { get; init; }

    [Display(Name = "审核意见")]
    public string? Opinion { get; init; }

    /// <summary>法制审核 checklist, each item with the reviewer's opinion (printed in the 法制审核意见书).</summary>
    [Display(Name = "法制审核清单")]
    public LegalReviewChecklistInput? Checklist { get; init; }

    /// <summary>The reviewer's 法律职业资格证书编号 (行政处罚法第五十八条第二款); the opinion states the qualification only when given.</summary>
    [Display(Name = "审核人员法律职业资格证书编号")]
    public string? LegalQualification { get; init; }

    /// <summary>The domain's record of the review; call after the validator passed.</summary>
    public LegalReviewData ToData() => new(ReviewedOn!.Value, Opinion!.Trim(), LegalQualification)
    {
        Checklist = Checklist?.ToDomain(),
    };
}

/// <summary>The input shape of a concluding legal review.</summary>
public abstract class LegalReviewStepValidator<T> : CaseStepValidator<T>
    where T : LegalReviewStepCommand
{
    protected LegalReviewStepValidator(TimeProvider time)
        : base(time)
    {
        RuleFor(c => c.ReviewedOn).PastDay("审核日期", Today);
        RuleFor(c => c.Opinion).Paragraphs("审核意见", 4000);
        RuleFor(c => c.Checklist).SetValidator(new LegalReviewChecklistInput.Validator()!);
        RuleFor(c => c.LegalQualification).OptionalText("法律职业资格证书编号", 50);
    }
}
