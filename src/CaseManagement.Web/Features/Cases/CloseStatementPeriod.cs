using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>陈述申辩期结束，复核完毕: the case moves to 法制审核.</summary>
public static class CloseStatementPeriod
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "陈述申辩期结束日期")]
        public DateOnly? ClosedOn { get; init; }
        [Display(Name = "复核意见")]
        public string? RecheckOpinion { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ClosedOn).PastDay("复核日期", Today);
            RuleFor(c => c.RecheckOpinion).Paragraphs(4000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.CloseStatementPeriod, step =>
                step.Case.CloseStatementPeriod(step.Actor, step.Clock, new StatementPeriodClosureData(command.ClosedOn!.Value, command.RecheckOpinion!.Trim())), ct);
    }
}
