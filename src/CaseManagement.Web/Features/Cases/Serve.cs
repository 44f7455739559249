using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>送达决定书 (送达回证); for 公告送达 the date is the (last) publication (民事诉讼法第九十五条).</summary>
public static class Serve
{
    public sealed record Command : CaseStepCommand
    {
        public ServiceMethod? Method { get; init; }
        public DateOnly? ServedOn { get; init; }
        public string? Recipient { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Method).Choice("送达方式");
            RuleFor(c => c.ServedOn).PastDay("送达日期", Today);
            RuleFor(c => c.Recipient).Line("受送达人", 100);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Serve, step =>
                step.Case.Serve(step.Actor, step.Clock, new ServiceData(command.Method!.Value, command.ServedOn!.Value, command.Recipient!.Trim())), ct);
    }
}
