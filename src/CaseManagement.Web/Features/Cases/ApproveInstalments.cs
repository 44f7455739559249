using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>批准分期（延期）缴纳 (行政处罚法第六十六条); the 分缴 notice number is allocated here.</summary>
public static class ApproveInstalments
{
    public sealed record Due
    {
        [Display(Name = "期限")]
        public DateOnly? DueOn { get; init; }

        [Display(Name = "金额（元）")]
        public decimal? Amount { get; init; }
    }

    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "批准日期")]
        public DateOnly? ApprovedOn { get; init; }

        [Display(Name = "分期计划")]
        public IReadOnlyList<Due>? Schedule { get; init; }

        [Display(Name = "分期（延期）理由")]
        public string? Reason { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ApprovedOn).PastDay(Today);
            RuleFor(c => c.Reason).Paragraphs(1000);
            RuleFor(c => c.Schedule).NotEmpty().WithMessage("请逐期列明缴纳日期和金额")
                .Must(s => s is null || s.Count <= 36).WithMessage("分期不得超过36期");
            RuleForEach(c => c.Schedule).ChildRules(due =>
            {
                due.RuleFor(d => d!.DueOn).AnyDay("缴纳期限");
                due.RuleFor(d => d!.Amount).PositiveAmount("本期金额");
            });
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ApproveInstalments, async step =>
            {
                await step.NumberAsync(DocumentType.InstalmentApproval, command.ApprovedOn!.Value);
                step.Case.ApproveInstalments(step.Actor, step.Clock, new InstalmentData(
                    command.ApprovedOn.Value,
                    [.. command.Schedule!.Select(d => new InstalmentDue(d.DueOn!.Value, d.Amount!.Value))],
                    command.Reason!.Trim()));
            }, ct);
    }
}
