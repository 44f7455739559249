using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Features.Cases;

/// <summary>终止调查 by the head.</summary>
public static class Terminate
{
    public sealed record Command : ReasonStepCommand
    {
        [Display(Name = "终止调查日期")]
        public override DateOnly? On { get; init; }

        [Display(Name = "终止调查理由")]
        public override string? Reason { get; init; }
    }

    public sealed class Validator(TimeProvider time) : ReasonStepValidator<Command>(time);

    internal sealed class Handler(CaseStepRunner runner)
        : ReasonStepHandler<Command>(runner, CaseTrigger.Terminate, (c, actor, clock, data) => c.Terminate(actor, clock, data));
}
