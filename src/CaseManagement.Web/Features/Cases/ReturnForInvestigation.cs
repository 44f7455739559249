using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>退回补充调查 from 案件审查 or 法制审核.</summary>
public static class ReturnForInvestigation
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "退回日期")]
        public DateOnly? On { get; init; }
        [Display(Name = "退回理由")]
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
            runner.RunAsync(command, CaseTrigger.ReturnForInvestigation, step =>
                step.Case.ReturnForInvestigation(step.Actor, step.Clock, new ReasonData(command.On!.Value, command.Reason!.Trim())), ct);
    }
}
