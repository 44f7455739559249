using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>作出不予行政处罚决定 (行政处罚法第三十三条、第五十七条); the 不罚决 number is allocated here.</summary>
public static class DecideNoPenalty
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "决定日期")]
        public DateOnly? DecidedOn { get; init; }

        [Display(Name = "不予处罚理由")]
        public string? Reason { get; init; }

        /// <summary>The ground the head chose; the decision cites its articles only (行政处罚法第三十三条、第三十六条、第五十七条).</summary>
        [Display(Name = "不予处罚的法定事由")]
        public NoPenaltyGround? Ground { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.DecidedOn).PastDay(Today);
            RuleFor(c => c.Reason).Paragraphs(4000);
            RuleFor(c => c.Ground).Choice();
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.DecideNoPenalty, async step =>
            {
                var number = await step.NumberAsync(DocumentType.NoPenaltyDecision, command.DecidedOn!.Value);
                step.Case.DecideNoPenalty(step.Actor, step.Clock, new NoPenaltyDecisionData(number, command.DecidedOn.Value, command.Reason!.Trim(), command.Ground!.Value));
            }, ct);
    }
}
