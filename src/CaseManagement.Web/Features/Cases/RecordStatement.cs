using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>记录陈述申辩, or the party's written waiver of the statement and/or hearing rights.</summary>
public static class RecordStatement
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "收到日期")]
        public DateOnly? ReceivedOn { get; init; }
        [Display(Name = "陈述申辩内容")]
        public string? Summary { get; init; }
        [Display(Name = "当事人放弃陈述、申辩")]
        public bool WaivesStatement { get; init; }
        [Display(Name = "当事人放弃听证")]
        public bool WaivesHearing { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ReceivedOn).PastDay(Today);
            RuleFor(c => c.Summary).Paragraphs(4000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordStatement, step =>
                step.Case.RecordStatement(step.Actor, step.Clock, new StatementData(
                    command.ReceivedOn!.Value, command.Summary!.Trim(), command.WaivesStatement, command.WaivesHearing)), ct);
    }
}
