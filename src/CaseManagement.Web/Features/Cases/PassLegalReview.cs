using CaseManagement.Domain.Cases;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>法制审核通过 (行政处罚法第五十八条); the case is ready for the head's decision.</summary>
public static class PassLegalReview
{
    public sealed record Command : LegalReviewStepCommand;

    public sealed class Validator(TimeProvider time) : LegalReviewStepValidator<Command>(time);

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.PassLegalReview, step =>
                step.Case.PassLegalReview(step.Actor, step.Clock, command.ToData()), ct);
    }
}
