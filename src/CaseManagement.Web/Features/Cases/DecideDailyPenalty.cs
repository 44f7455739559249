using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 按日连续处罚决定 by the head (环境保护法第五十九条第一款; 法典第一千零六十条第一款; 环境保护主管部门实施按日连续处罚办法).
/// Only the correction order is chosen: the amount follows from the original fine and the dates of the order and
/// of the re-inspection that found the refusal, so nobody types it. The 按日罚 number is allocated here.
/// </summary>
public static class DecideDailyPenalty
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "决定日期")]
        public DateOnly? DecidedOn { get; init; }

        /// <summary>The 责令改正 whose re-inspection found the violation continuing.</summary>
        [Display(Name = "责令改正序号")]
        public int CorrectionNumber { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.DecidedOn).PastDay(Today);
            RuleFor(c => c.CorrectionNumber).GreaterThan(0).WithMessage("请填写所依据的责令改正序号");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.DecideDailyPenalty, async step =>
            {
                var number = await step.NumberAsync(DocumentType.DailyPenaltyDecision, command.DecidedOn!.Value);
                step.Case.DecideDailyPenalty(step.Actor, step.Clock, new DailyPenaltyData(number, command.DecidedOn.Value, command.CorrectionNumber));
            }, ct);
    }
}
