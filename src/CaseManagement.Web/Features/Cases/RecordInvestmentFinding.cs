using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>认定总投资额 for 未批先建 under 环境影响评价法第三十一条, with its basis and supporting evidence (DECISIONS.md §6).</summary>
public static class RecordInvestmentFinding
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "认定日期")]
        public DateOnly? FoundOn { get; init; }
        [Display(Name = "总投资额")]
        public decimal? Amount { get; init; }
        [Display(Name = "认定依据")]
        public InvestmentBasis? Basis { get; init; }
        [Display(Name = "依据的证据")]
        public IReadOnlyList<int>? EvidenceNumbers { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.FoundOn).PastDay(Today);
            RuleFor(c => c.Amount).PositiveAmount();
            RuleFor(c => c.Basis).Choice();
            RuleFor(c => c.EvidenceNumbers).NotEmpty().WithMessage("总投资额须列明支持它的证据序号");
            RuleForEach(c => c.EvidenceNumbers).GreaterThan(0).WithMessage("证据序号须为正整数");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordInvestmentFinding, step =>
                step.Case.RecordInvestmentFinding(step.Actor, step.Clock, new InvestmentFindingData(
                    command.FoundOn!.Value, command.Amount!.Value, command.Basis!.Value, [.. command.EvidenceNumbers!.Distinct()])), ct);
    }
}
