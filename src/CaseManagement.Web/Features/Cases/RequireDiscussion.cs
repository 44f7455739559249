using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>法制审核通过，提交集体讨论 (行政处罚法第五十七条第二款).</summary>
public static class RequireDiscussion
{
    public sealed record Command : CaseStepCommand
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
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ReviewedOn).PastDay("审核日期", Today);
            RuleFor(c => c.Opinion).Paragraphs("审核意见", 4000);
            RuleFor(c => c.Checklist).SetValidator(new LegalReviewChecklistInput.Validator()!);
            RuleFor(c => c.LegalQualification).OptionalText("法律职业资格证书编号", 50);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RequireDiscussion, step =>
                step.Case.RequireDiscussion(step.Actor, step.Clock, new LegalReviewData(command.ReviewedOn!.Value, command.Opinion!.Trim(), command.LegalQualification)
                {
                    Checklist = command.Checklist?.ToDomain(),
                }), ct);
    }
}
