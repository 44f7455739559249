using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 申请人民法院强制执行 (行政强制法第五十三条至第五十五条); the 强制执行申请书 number is allocated here. The court
/// defaults to the one the organisation configured.
/// </summary>
public static class ApplyToCourt
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "申请日期")]
        public DateOnly? AppliedOn { get; init; }

        [Display(Name = "受理法院")]
        public string? Court { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.AppliedOn).PastDay(Today);
            RuleFor(c => c.Court).OptionalText("人民法院", 100);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ApplyToCourt, async step =>
            {
                await step.NumberAsync(DocumentType.EnforcementApplication, command.AppliedOn!.Value);
                var court = string.IsNullOrWhiteSpace(command.Court) ? step.Context.OrganisationCourt : command.Court.Trim();
                step.Case.ApplyToCourt(step.Actor, step.Clock, new CourtApplicationData(command.AppliedOn.Value, court));
            }, ct);
    }
}
