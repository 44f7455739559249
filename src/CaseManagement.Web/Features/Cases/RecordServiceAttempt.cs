using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 送达未果: an attempt that did not serve the document now being served (告知书, 决定书 or the next 催告书), e.g. a
/// returned letter. It stays in the file and justifies 公告送达 (民事诉讼法第九十五条) or indirect service of a
/// 催告书 (行政强制法第三十八条); the case does not move.
/// </summary>
public static class RecordServiceAttempt
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "送达日期")]
        public DateOnly? AttemptedOn { get; init; }

        [Display(Name = "送达方式")]
        public ServiceMethod? Method { get; init; }

        [Display(Name = "送达未果的情形")]
        public ServiceAttemptOutcome? Outcome { get; init; }

        /// <summary>What happened (邮件退回批条、查无此人 …); required when the outcome is Other.</summary>
        [Display(Name = "情况说明")]
        public string? Note { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.AttemptedOn).PastDay(Today);
            RuleFor(c => c.Method).Choice();
            RuleFor(c => c.Outcome).Choice();
            RuleFor(c => c.Note).OptionalText(500);
            RuleFor(c => c.Note).NotEmpty().WithMessage("请填写情况说明").When(c => c.Outcome == ServiceAttemptOutcome.Other);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordServiceAttempt, step =>
                step.Case.RecordServiceAttempt(step.Actor, step.Clock, new ServiceAttemptData(
                    command.AttemptedOn!.Value, command.Method!.Value, command.Outcome!.Value, command.Note?.Trim() ?? "")), ct);
    }
}
