using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>提请立案: the officer asks the head to approve filing (行政处罚法第五十四条).</summary>
public static class RequestFiling
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "提请日期")]
        public DateOnly? RequestedOn { get; init; }
        [Display(Name = "立案理由")]
        public string? Reason { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.RequestedOn).PastDay(Today);
            RuleFor(c => c.Reason).Paragraphs(4000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RequestFiling, step =>
                step.Case.RequestFiling(step.Actor, step.Clock, new FilingRequestData(command.RequestedOn!.Value, command.Reason!.Trim())), ct);
    }
}
