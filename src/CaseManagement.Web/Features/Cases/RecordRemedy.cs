using System.ComponentModel.DataAnnotations;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 行政复议 applied for, or 行政诉讼 brought, against the decision: while pending the surcharge does not accrue
/// (行政处罚法第七十三条第三款) and the court application waits (行政强制法第五十三条).
/// </summary>
public static class RecordRemedy
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "类别")]
        public RemedyKind? Kind { get; init; }

        [Display(Name = "申请（起诉）日期")]
        public DateOnly? AppliedOn { get; init; }

        /// <summary>行政复议机关 or 人民法院.</summary>
        [Display(Name = "复议机关或人民法院")]
        public string? Body { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Kind).Choice("类别（行政复议或行政诉讼）");
            RuleFor(c => c.AppliedOn).PastDay("申请（起诉）日期", Today);
            RuleFor(c => c.Body).Line("复议机关或人民法院", 100);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordRemedy, step =>
                step.Case.RecordRemedy(step.Actor, step.Clock, new RemedyData(command.Kind!.Value, command.AppliedOn!.Value, command.Body!)), ct);
    }
}
