using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>复查 of a 责令改正 by at least two certified officers (行政处罚法第二十八条、第四十二条).</summary>
public static class RecordReinspection
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "责令改正序号")]
        public int CorrectionNumber { get; init; }

        [Display(Name = "复查日期")]
        public DateOnly? InspectedOn { get; init; }

        [Display(Name = "执法人员（至少两名，持有效执法证件）")]
        public IReadOnlyList<string>? Officers { get; init; }

        [Display(Name = "已改正")]
        public bool Corrected { get; init; }

        /// <summary>当事人拒绝、阻挠复查 (令第28号第十三条).</summary>
        [Display(Name = "当事人拒绝、阻挠复查")]
        public bool Obstructed { get; init; }

        [Display(Name = "复查情况")]
        public string? Findings { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.CorrectionNumber).GreaterThan(0).WithMessage("请填写所复查的责令改正序号");
            RuleFor(c => c.InspectedOn).PastDay(Today);
            RuleFor(c => c.Officers).OfficerList();
            RuleFor(c => c.Findings).Paragraphs(4000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordReinspection, async step =>
            {
                var officers = await step.UserIdsAsync(command.Officers!, nameof(Command.Officers));
                step.Case.RecordReinspection(step.Actor, step.Clock, new ReinspectionData(
                    command.CorrectionNumber, command.InspectedOn!.Value, officers, command.Corrected, command.Findings!.Trim(), command.Obstructed));
            }, ct);
    }
}
