using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 责令改正 (行政处罚法第二十八条). The 责令改正违法行为决定书 number (责改) is allocated with the step and
/// listed under the case's issued numbers.
/// </summary>
public static class OrderCorrection
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "责令改正日期")]
        public DateOnly? OrderedOn { get; init; }

        /// <summary>The day by which the party must correct (may lie ahead).</summary>
        [Display(Name = "改正期限")]
        public DateOnly? DueOn { get; init; }

        [Display(Name = "改正要求")]
        public string? Requirement { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.OrderedOn).PastDay(Today);
            RuleFor(c => c.DueOn).AnyDay();
            RuleFor(c => c.Requirement).Paragraphs(2000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.OrderCorrection, async step =>
            {
                await step.NumberAsync(DocumentType.CorrectionOrder, command.OrderedOn!.Value);
                step.Case.OrderCorrection(step.Actor, step.Clock, new CorrectionData(command.OrderedOn.Value, command.DueOn!.Value, command.Requirement!.Trim()));
            }, ct);
    }
}
