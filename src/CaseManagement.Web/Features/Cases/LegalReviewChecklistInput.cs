using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 法制审核 checklist as entered at legal review (行政处罚法第五十八条第二款): 主体、管辖、程序、事实、证据、定性、
/// 依据、裁量、文书, each passed or not with the reviewer's opinion. Its own list, not the 案件审查 one.
/// </summary>
public sealed record LegalReviewChecklistInput
{
    [Display(Name = "执法主体")]
    public CompleteCaseReview.Item? Subject { get; init; }

    [Display(Name = "管辖")]
    public CompleteCaseReview.Item? Jurisdiction { get; init; }

    [Display(Name = "程序")]
    public CompleteCaseReview.Item? Procedure { get; init; }

    [Display(Name = "事实")]
    public CompleteCaseReview.Item? Facts { get; init; }

    [Display(Name = "证据")]
    public CompleteCaseReview.Item? Evidence { get; init; }

    [Display(Name = "定性")]
    public CompleteCaseReview.Item? Characterisation { get; init; }

    [Display(Name = "法律依据")]
    public CompleteCaseReview.Item? Basis { get; init; }

    [Display(Name = "裁量")]
    public CompleteCaseReview.Item? Discretion { get; init; }

    [Display(Name = "文书")]
    public CompleteCaseReview.Item? Documents { get; init; }

    public LegalReviewChecklist ToDomain() => new(
        Subject!.ToDomain(), Jurisdiction!.ToDomain(), Procedure!.ToDomain(), Facts!.ToDomain(), Evidence!.ToDomain(),
        Characterisation!.ToDomain(), Basis!.ToDomain(), Discretion!.ToDomain(), Documents!.ToDomain());

    public sealed class Validator : AbstractValidator<LegalReviewChecklistInput>
    {
        public Validator()
        {
            Item(c => c.Subject, "执法主体");
            Item(c => c.Jurisdiction, "管辖");
            Item(c => c.Procedure, "程序");
            Item(c => c.Facts, "事实");
            Item(c => c.Evidence, "证据");
            Item(c => c.Characterisation, "定性");
            Item(c => c.Basis, "法律依据");
            Item(c => c.Discretion, "裁量");
            Item(c => c.Documents, "文书");
        }

        private void Item(System.Linq.Expressions.Expression<Func<LegalReviewChecklistInput, CompleteCaseReview.Item?>> item, string name)
        {
            RuleFor(item).NotNull().WithMessage($"请填写审核事项“{name}”");
            RuleFor(item).Must(i => i is null || (i.Opinion?.Length ?? 0) <= 1000).WithMessage($"“{name}”的审核意见不得超过1000字");
        }
    }
}
