using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Features.Cases;

/// <summary>退回补充调查 from 案件审查 or 法制审核.</summary>
public static class ReturnForInvestigation
{
    public sealed record Command : ReasonStepCommand
    {
        [Display(Name = "退回日期")]
        public override DateOnly? On { get; init; }

        [Display(Name = "退回理由")]
        public override string? Reason { get; init; }
    }

    public sealed class Validator(TimeProvider time) : ReasonStepValidator<Command>(time);

    internal sealed class Handler(CaseStepRunner runner)
        : ReasonStepHandler<Command>(runner, CaseTrigger.ReturnForInvestigation, (c, actor, clock, data) => c.ReturnForInvestigation(actor, clock, data));
}
