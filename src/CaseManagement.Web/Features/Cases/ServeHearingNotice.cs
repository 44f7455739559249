using CaseManagement.Domain.Cases;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 听证通知书送达 with its 送达回证: the day service takes effect must leave at least 7 working days before the hearing
/// (行政处罚法第六十四条第二项、第八十五条); a hearing held or missed presupposes it.
/// </summary>
public static class ServeHearingNotice
{
    public sealed record Command : ServiceStepCommand;

    public sealed class Validator(TimeProvider time) : ServiceStepValidator<Command>(time, "听证通知书");

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ServeHearingNotice, async step =>
            {
                var details = await command.DetailsAsync(step);
                step.Case.ServeHearingNotice(step.Actor, step.Clock, new HearingNoticeServiceData(command.Method!.Value, command.ServedOn!.Value, details));
            }, ct);
    }
}
