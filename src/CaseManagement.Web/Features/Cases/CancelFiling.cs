using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Features.Cases;

/// <summary>撤销立案 by the head.</summary>
public static class CancelFiling
{
    public sealed record Command : ReasonStepCommand
    {
        [Display(Name = "撤销立案日期")]
        public override DateOnly? On { get; init; }

        [Display(Name = "撤销立案理由")]
        public override string? Reason { get; init; }
    }

    public sealed class Validator(TimeProvider time) : ReasonStepValidator<Command>(time);

    internal sealed class Handler(CaseStepRunner runner)
        : ReasonStepHandler<Command>(runner, CaseTrigger.CancelFiling, (c, actor, clock, data) => c.CancelFiling(actor, clock, data));
}
