using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>中止调查: the decision clock stops until the case is resumed (DECISIONS.md §3).</summary>
public static class Suspend
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "中止日期")]
        public DateOnly? From { get; init; }
        [Display(Name = "中止理由")]
        public string? Reason { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.From).PastDay(Today);
            RuleFor(c => c.Reason).Paragraphs(1000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Suspend, step =>
                step.Case.Suspend(step.Actor, step.Clock, new SuspensionData(command.From!.Value, command.Reason!.Trim())), ct);
    }
}
