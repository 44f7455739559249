using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>当事人申请听证, within 5 working days of service (行政处罚法第六十四条第一项).</summary>
public static class RequestHearing
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "申请日期")]
        public DateOnly? RequestedOn { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.RequestedOn).PastDay(Today);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RequestHearing, step =>
                step.Case.RequestHearing(step.Actor, step.Clock, new HearingRequestData(command.RequestedOn!.Value)), ct);
    }
}
