using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Features.Cases;

/// <summary>移送 to the competent authority (行政处罚法第二十七条).</summary>
public static class Transfer
{
    public sealed record Command : ReasonStepCommand
    {
        [Display(Name = "移送日期")]
        public override DateOnly? On { get; init; }

        [Display(Name = "移送理由")]
        public override string? Reason { get; init; }
    }

    public sealed class Validator(TimeProvider time) : ReasonStepValidator<Command>(time);

    internal sealed class Handler(CaseStepRunner runner)
        : ReasonStepHandler<Command>(runner, CaseTrigger.Transfer, (c, actor, clock, data) => c.Transfer(actor, clock, data));
}
