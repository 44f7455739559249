using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>听证终结: held, the party absent, or the request withdrawn (行政处罚法第六十四条、第六十五条).</summary>
public static class ConcludeHearing
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "听证终结日期")]
        public DateOnly? ConcludedOn { get; init; }
        [Display(Name = "听证结果")]
        public HearingOutcome? Outcome { get; init; }
        [Display(Name = "听证笔录摘要")]
        public string? Summary { get; init; }

        /// <summary>委托代理人 who appeared for the party (行政处罚法第六十四条第五项), with their relation to it.</summary>
        [Display(Name = "委托代理人")]
        public string? PartyAgents { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ConcludedOn).PastDay(Today);
            RuleFor(c => c.Outcome).Choice();
            RuleFor(c => c.Summary).Paragraphs(4000);
            RuleFor(c => c.PartyAgents).OptionalText("委托代理人", 200);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ConcludeHearing, step =>
                step.Case.ConcludeHearing(step.Actor, step.Clock, new HearingConclusionData(command.ConcludedOn!.Value, command.Outcome!.Value, command.Summary!.Trim())
                {
                    PartyAgents = CaseInputRules.Blank(command.PartyAgents),
                }), ct);
    }
}
