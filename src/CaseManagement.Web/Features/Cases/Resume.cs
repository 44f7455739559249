using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>恢复调查: the case returns to the stage it was suspended in.</summary>
public static class Resume
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "恢复日期")]
        public DateOnly? On { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.On).PastDay(Today);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Resume, step =>
                step.Case.Resume(step.Actor, step.Clock, new ResumptionData(command.On!.Value)), ct);
    }
}
