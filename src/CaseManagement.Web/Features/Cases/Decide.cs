using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>作出行政处罚决定 by the head (行政处罚法第五十七条); the 罚决 number is allocated here. Never above the notified penalty (第四十五条).</summary>
public static class Decide
{
    public sealed record Command : CaseStepCommand
    {
        public DateOnly? DecidedOn { get; init; }

        public decimal? Fine { get; init; }

        public Sanctions Sanctions { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.DecidedOn).PastDay("决定日期", Today);
            RuleFor(c => c.Fine).Fine("罚款金额");
            RuleFor(c => c.Sanctions).Must(s => (s & ~PenaltyInput.AllSanctions) == 0).WithMessage("处罚种类无效");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Decide, async step =>
            {
                var number = await step.NumberAsync(DocumentType.PenaltyDecision, command.DecidedOn!.Value);
                step.Case.Decide(step.Actor, step.Clock, new DecisionData(number, command.DecidedOn.Value, command.Fine!.Value, command.Sanctions));
            }, ct);
    }
}
