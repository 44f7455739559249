using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>提请立案: the officer asks the head to approve filing (行政处罚法第五十四条).</summary>
public static class RequestFiling
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "提请日期")]
        public DateOnly? RequestedOn { get; init; }
        [Display(Name = "立案理由")]
        public string? Reason { get; init; }

        /// <summary>承办机构意见 and the department head who gave it (立案审批表).</summary>
        [Display(Name = "承办机构意见")]
        public string? DepartmentOpinion { get; init; }

        [Display(Name = "承办机构负责人")]
        public string? DepartmentHead { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.RequestedOn).PastDay("提请日期", Today);
            RuleFor(c => c.Reason).Paragraphs("立案理由", 4000);
            RuleFor(c => c.DepartmentOpinion).MaximumLength(2000).WithMessage("承办机构意见不得超过2000字");
            RuleFor(c => c.DepartmentHead).MaximumLength(100).WithMessage("承办机构负责人不得超过100字");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RequestFiling, step =>
                step.Case.RequestFiling(step.Actor, step.Clock, new FilingRequestData(command.RequestedOn!.Value, command.Reason!.Trim())
                {
                    DepartmentOpinion = command.DepartmentOpinion?.Trim() is { Length: > 0 } opinion ? opinion : null,
                    DepartmentHead = command.DepartmentHead?.Trim() is { Length: > 0 } head ? head : null,
                }), ct);
    }
}
