using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>结案审批: paid in full, enforcement accepted by the court, nothing to execute, or the decision revoked.</summary>
public static class Close
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "结案日期")]
        public DateOnly? ClosedOn { get; init; }
        [Display(Name = "结案理由")]
        public ClosureGround? Ground { get; init; }
        [Display(Name = "结案说明")]
        public string? Remark { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ClosedOn).PastDay(Today);
            RuleFor(c => c.Ground).Choice();
            RuleFor(c => c.Remark).OptionalText(1000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Close, step =>
                step.Case.Close(step.Actor, step.Clock, new ClosureData(command.ClosedOn!.Value, command.Ground!.Value, command.Remark?.Trim() ?? "")), ct);
    }
}
