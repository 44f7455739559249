using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>不予立案 by the head.</summary>
public static class DeclineToFile
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "不予立案日期")]
        public DateOnly? On { get; init; }
        [Display(Name = "不予立案理由")]
        public string? Reason { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.On).PastDay(Today);
            RuleFor(c => c.Reason).Paragraphs(1000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.DeclineToFile, step =>
                step.Case.DeclineToFile(step.Actor, step.Clock, new ReasonData(command.On!.Value, command.Reason!.Trim())), ct);
    }
}
