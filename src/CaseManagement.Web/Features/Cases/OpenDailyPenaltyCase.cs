using System.ComponentModel.DataAnnotations;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 按日连续处罚 as a case of its own (环境保护主管部门实施按日连续处罚办法第十五条): once a re-inspection after the
/// served correction order found the violation continuing, or was refused or obstructed, the officer opens the
/// linked case (关联案件). It starts at 案源登记 and runs the ordinary procedure; its amount is computed from the
/// original fine and the dates (第十七条、第十九条), never typed. The answer is the original case, which lists it.
/// </summary>
public static class OpenDailyPenaltyCase
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "立案日期")]
        public DateOnly? OpenedOn { get; init; }

        /// <summary>The 责令改正 whose re-inspection found the violation continuing.</summary>
        [Display(Name = "责令改正序号")]
        public int CorrectionNumber { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.OpenedOn).PastDay("立案日期", Today);
            RuleFor(c => c.CorrectionNumber).GreaterThan(0).WithMessage("请填写所依据的责令改正序号");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.OpenDailyPenaltyCase, step =>
            {
                var linked = step.Case.OpenDailyPenaltyCase(step.Actor, step.Clock,
                    new DailyPenaltyCaseData(command.OpenedOn!.Value, command.CorrectionNumber));
                step.AddLinkedCase(linked);
            }, ct);
    }
}
