using CaseManagement.Domain.Cases;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// A step that records only its day and its reason (不予立案, 撤销立案, 终止调查, 移送, 退回补充调查). Each step
/// overrides the two fields to give them its own Chinese labels: the step form, the validator's messages and the
/// API's problem details name them as that step's command declares them.
/// </summary>
public abstract record ReasonStepCommand : CaseStepCommand
{
    public abstract DateOnly? On { get; init; }

    public abstract string? Reason { get; init; }

    /// <summary>The domain's record of the step; call after the validator passed.</summary>
    public ReasonData ToData() => new(On!.Value, Reason!.Trim());
}

/// <summary>The input shape of a reason step, named by the step's own labels (FieldLabels reads the command's override).</summary>
public abstract class ReasonStepValidator<T> : CaseStepValidator<T>
    where T : ReasonStepCommand
{
    protected ReasonStepValidator(TimeProvider time)
        : base(time)
    {
        RuleFor(c => c.On).PastDay(Today);
        RuleFor(c => c.Reason).Paragraphs(1000);
    }
}

/// <summary>Runs a reason step: its trigger and the aggregate's intent method are the step's own, the rest is shared.</summary>
public abstract class ReasonStepHandler<T>(CaseStepRunner runner, CaseTrigger trigger, Action<PenaltyCase, Actor, CaseClock, ReasonData> intent)
    : IRequestHandler<T, CaseView>
    where T : ReasonStepCommand
{
    public Task<CaseView> Handle(T request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, trigger, step => intent(step.Case, step.Actor, step.Clock, request.ToData()), cancellationToken);
}
