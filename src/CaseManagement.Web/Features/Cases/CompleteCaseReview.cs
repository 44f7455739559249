using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>案件审查意见: the seven-item checklist, by a reviewer who did not investigate the case (行政处罚法第五十八条).</summary>
public static class CompleteCaseReview
{
    public sealed record Item
    {
        [Display(Name = "通过")]
        public bool Passed { get; init; }

        [Display(Name = "审查意见")]
        public string? Opinion { get; init; }

        public ReviewItem ToDomain() => new(Passed, Opinion?.Trim() ?? "");
    }

    public sealed record Checklist
    {
        [Display(Name = "管辖")]
        public Item? Jurisdiction { get; init; }

        [Display(Name = "事实")]
        public Item? Facts { get; init; }

        [Display(Name = "证据")]
        public Item? Evidence { get; init; }

        [Display(Name = "程序")]
        public Item? Procedure { get; init; }

        [Display(Name = "时效")]
        public Item? Limitation { get; init; }

        [Display(Name = "法律依据")]
        public Item? LegalBasis { get; init; }

        [Display(Name = "裁量")]
        public Item? Discretion { get; init; }

        public ReviewChecklist ToDomain() => new(
            Jurisdiction!.ToDomain(), Facts!.ToDomain(), Evidence!.ToDomain(), Procedure!.ToDomain(),
            Limitation!.ToDomain(), LegalBasis!.ToDomain(), Discretion!.ToDomain());
    }

    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "审查日期")]
        public DateOnly? ReviewedOn { get; init; }

        [Display(Name = "案件审查清单")]
        public Checklist? Checklist { get; init; }

        [Display(Name = "审查意见")]
        public string? Opinion { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ReviewedOn).PastDay(Today);
            RuleFor(c => c.Opinion).Paragraphs(4000);
            RuleFor(c => c.Checklist).NotNull().WithMessage("请填写案件审查清单");
            When(c => c.Checklist is not null, () =>
            {
                ItemRule(c => c.Checklist!.Jurisdiction, "管辖");
                ItemRule(c => c.Checklist!.Facts, "事实");
                ItemRule(c => c.Checklist!.Evidence, "证据");
                ItemRule(c => c.Checklist!.Procedure, "程序");
                ItemRule(c => c.Checklist!.Limitation, "时效");
                ItemRule(c => c.Checklist!.LegalBasis, "法律依据");
                ItemRule(c => c.Checklist!.Discretion, "裁量");
            });
        }

        private void ItemRule(System.Linq.Expressions.Expression<Func<Command, Item?>> item, string label)
        {
            RuleFor(item).NotNull().WithMessage($"请填写审查清单“{label}”一项");
            RuleFor(item).Must(i => i is null || CaseInputRules.IsPlain(i.Opinion, multiLine: true) && (i.Opinion?.Length ?? 0) <= 1000)
                .WithMessage($"审查清单“{label}”的意见只能是不超过1000字的纯文本");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.CompleteCaseReview, step =>
                step.Case.CompleteCaseReview(step.Actor, step.Clock, new CaseReviewData(
                    command.ReviewedOn!.Value, command.Checklist!.ToDomain(), command.Opinion!.Trim())), ct);
    }
}
