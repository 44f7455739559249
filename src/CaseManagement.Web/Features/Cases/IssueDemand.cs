using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 催告 after the payment period ran out unpaid (行政强制法第三十五条、第五十四条); the 催告书 number is allocated here.
/// The 催告书 is served directly unless refused (留置) or a direct attempt failed (行政强制法第三十八条).
/// </summary>
public static class IssueDemand
{
    public sealed record Command : ServiceStepCommand
    {
        [Display(Name = "催告书日期")]
        public DateOnly? IssuedOn { get; init; }
    }

    public sealed class Validator : ServiceStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time, "催告书")
        {
            RuleFor(c => c.IssuedOn).PastDay(Today);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.IssueDemand, async step =>
            {
                await step.NumberAsync(DocumentType.PaymentDemand, command.IssuedOn!.Value);
                var details = await command.DetailsAsync(step);
                step.Case.IssueDemand(step.Actor, step.Clock,
                    new DemandData(command.IssuedOn.Value, command.ServedOn!.Value, command.Method!.Value, details));
            }, ct);
    }
}
