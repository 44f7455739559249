using CaseManagement.Domain.Cases;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>法制审核通过，提交集体讨论 (行政处罚法第五十七条第二款).</summary>
public static class RequireDiscussion
{
    public sealed record Command : LegalReviewStepCommand;

    public sealed class Validator(TimeProvider time) : LegalReviewStepValidator<Command>(time);

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RequireDiscussion, step =>
                step.Case.RequireDiscussion(step.Actor, step.Clock, command.ToData()), ct);
    }
}
