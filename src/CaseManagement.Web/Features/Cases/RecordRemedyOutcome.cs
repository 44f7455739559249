using System.ComponentModel.DataAnnotations;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The outcome of a reconsideration or lawsuit and the day it was received: it ends the pause of the surcharge,
/// opens the court window, and a revocation lets the case close as 决定已撤销 (or go back to investigation when a
/// new decision is ordered).
/// </summary>
public static class RecordRemedyOutcome
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "复议、诉讼序号")]
        public int RemedyNumber { get; init; }

        [Display(Name = "结果")]
        public RemedyOutcome? Outcome { get; init; }

        /// <summary>The day the decision or judgment was received, or the withdrawal was made.</summary>
        [Display(Name = "结果日期")]
        public DateOnly? EndedOn { get; init; }

        [Display(Name = "说明")]
        public string? Note { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.RemedyNumber).GreaterThan(0).WithMessage("请填写复议、诉讼序号");
            RuleFor(c => c.Outcome).Choice("结果");
            RuleFor(c => c.EndedOn).PastDay("结果日期", Today);
            RuleFor(c => c.Note).OptionalText("说明", 1_000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordRemedyOutcome, step =>
                step.Case.RecordRemedyOutcome(step.Actor, step.Clock,
                    new RemedyOutcomeData(command.RemedyNumber, command.Outcome!.Value, command.EndedOn!.Value, command.Note)), ct);
    }
}
