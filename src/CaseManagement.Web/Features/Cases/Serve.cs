using CaseManagement.Domain.Cases;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 送达决定书 (行政处罚法第六十一条) with its 送达回证: the fields each method needs are the domain's rule; for 邮寄送达
/// the return slip's date and for 公告送达 the last publication + 30 days are the service date (民事诉讼法第九十一条、第九十五条).
/// </summary>
public static class Serve
{
    public sealed record Command : ServiceStepCommand;

    public sealed class Validator(TimeProvider time) : ServiceStepValidator<Command>(time, "决定书");

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Serve, async step =>
            {
                var details = await command.DetailsAsync(step);
                step.Case.Serve(step.Actor, step.Clock, new ServiceData(command.Method!.Value, command.ServedOn!.Value, details));
            }, ct);
    }
}
