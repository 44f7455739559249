using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>催告 after the payment period ran out unpaid (行政强制法第三十五条、第五十四条); the 催告书 number is allocated here.</summary>
public static class IssueDemand
{
    public sealed record Command : CaseStepCommand
    {
        public DateOnly? IssuedOn { get; init; }

        public DateOnly? ServedOn { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.IssuedOn).PastDay("催告书日期", Today);
            RuleFor(c => c.ServedOn).PastDay("催告书送达日期", Today);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.IssueDemand, async step =>
            {
                await step.NumberAsync(DocumentType.PaymentDemand, command.IssuedOn!.Value);
                step.Case.IssueDemand(step.Actor, step.Clock, new DemandData(command.IssuedOn.Value, command.ServedOn!.Value));
            }, ct);
    }
}
