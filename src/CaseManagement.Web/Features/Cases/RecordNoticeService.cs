using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>告知书送达: starts the statement and hearing-request periods (行政处罚法第四十四条、第六十四条).</summary>
public static class RecordNoticeService
{
    public sealed record Command : CaseStepCommand
    {
        public ServiceMethod? Method { get; init; }
        public DateOnly? ServedOn { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Method).Choice("送达方式");
            RuleFor(c => c.ServedOn).PastDay("送达日期", Today);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordNoticeService, step =>
                step.Case.RecordNoticeService(step.Actor, step.Clock, new NoticeServiceData(command.Method!.Value, command.ServedOn!.Value)), ct);
    }
}
