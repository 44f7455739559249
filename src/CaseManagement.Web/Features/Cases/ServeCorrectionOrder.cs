using System.ComponentModel.DataAnnotations;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 责令改正违法行为决定书送达 with its 送达回证: served like any document (民事诉讼法第八十七条至第九十五条). The 30-day
/// re-inspection and the days of a 按日连续处罚 count from the day service takes effect (令第28号第十条、第十七条).
/// </summary>
public static class ServeCorrectionOrder
{
    public sealed record Command : ServiceStepCommand
    {
        /// <summary>The case-local number of the correction order served.</summary>
        [Display(Name = "责令改正序号")]
        public int CorrectionNumber { get; init; }
    }

    public sealed class Validator : ServiceStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time, "责令改正决定书") =>
            RuleFor(c => c.CorrectionNumber).GreaterThan(0).WithMessage("请填写送达的责令改正序号");
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ServeCorrectionOrder, async step =>
            {
                var details = await command.DetailsAsync(step);
                step.Case.ServeCorrectionOrder(step.Actor, step.Clock,
                    new CorrectionServiceData(command.CorrectionNumber, command.Method!.Value, command.ServedOn!.Value, details));
            }, ct);
    }
}
