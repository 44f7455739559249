using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>登记缴款 (行政处罚法第六十七条): never more than what is outstanding.</summary>
public static class RecordPayment
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "缴款日期")]
        public DateOnly? PaidOn { get; init; }
        [Display(Name = "缴款金额")]
        public decimal? Amount { get; init; }
        [Display(Name = "缴款凭证号")]
        public string? Reference { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.PaidOn).PastDay(Today);
            RuleFor(c => c.Amount).PositiveAmount();
            RuleFor(c => c.Reference).Line(100);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordPayment, step =>
                step.Case.RecordPayment(step.Actor, step.Clock, new PaymentData(command.PaidOn!.Value, command.Amount!.Value, command.Reference!.Trim())), ct);
    }
}
