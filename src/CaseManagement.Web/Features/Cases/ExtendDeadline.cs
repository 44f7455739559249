using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>延长期限: the filing-decision period (+15 days) or the decision limit (+30 days; beyond only with a collective decision, 行政处罚法第六十条).</summary>
public static class ExtendDeadline
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "延长的期限")]
        public ExtensionKind? Kind { get; init; }
        [Display(Name = "批准日期")]
        public DateOnly? ApprovedOn { get; init; }
        [Display(Name = "延长天数")]
        public int Days { get; init; }
        [Display(Name = "延期理由")]
        public string? Reason { get; init; }
        [Display(Name = "集体讨论决定")]
        public string? CollectiveDecision { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Kind).Choice();
            RuleFor(c => c.ApprovedOn).PastDay(Today);
            RuleFor(c => c.Days).InclusiveBetween(1, 365).WithMessage("延长天数须在1至365之间");
            RuleFor(c => c.Reason).Paragraphs(1000);
            RuleFor(c => c.CollectiveDecision).OptionalText(2000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ExtendDeadline, step =>
                step.Case.ExtendDeadline(step.Actor, step.Clock, new ExtensionData(
                    command.Kind!.Value, command.ApprovedOn!.Value, command.Days, command.Reason!.Trim(),
                    string.IsNullOrWhiteSpace(command.CollectiveDecision) ? null : command.CollectiveDecision.Trim())), ct);
    }
}
