using CaseManagement.Domain.Cases;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 告知书送达 with its 送达回证: starts the statement and hearing-request periods (行政处罚法第四十四条、第六十四条)
/// from the day service takes effect (邮寄: the return slip's date; 公告: 30 days after the last publication).
/// </summary>
public static class RecordNoticeService
{
    public sealed record Command : ServiceStepCommand;

    public sealed class Validator(TimeProvider time) : ServiceStepValidator<Command>(time, "告知书");

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordNoticeService, async step =>
            {
                var details = await command.DetailsAsync(step);
                step.Case.RecordNoticeService(step.Actor, step.Clock, new NoticeServiceData(command.Method!.Value, command.ServedOn!.Value, details));
            }, ct);
    }
}
