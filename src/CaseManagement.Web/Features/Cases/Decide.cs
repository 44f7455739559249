using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 作出行政处罚决定 by the head (行政处罚法第五十七条); the 罚决 number is allocated here. Never above the notified penalty
/// (第四十五条), never outside the statutory range unless by a recorded 减轻 (第三十二条).
/// </summary>
public static class Decide
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "决定日期")]
        public DateOnly? DecidedOn { get; init; }

        [Display(Name = "罚款金额（元）")]
        public decimal? Fine { get; init; }

        [Display(Name = "其他处罚种类")]
        public Sanctions Sanctions { get; init; }

        /// <summary>减轻 ground for a fine below the statutory minimum; the notified penalty's ground applies when empty (行政处罚法第三十二条).</summary>
        [Display(Name = "减轻处罚的理由（罚款低于法定最低额时填写）")]
        public string? MitigationGround { get; init; }

        /// <summary>报经有批准权的人民政府批准 (e.g. 法典第一千一百零七条 责令停业、关闭): the approving government and its document.</summary>
        [Display(Name = "人民政府批准文件（责令停业、关闭时填写）")]
        public string? GovernmentApproval { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.DecidedOn).PastDay(Today);
            RuleFor(c => c.Fine).Fine("罚款金额");
            RuleFor(c => c.Sanctions).Flags("处罚种类");
            RuleFor(c => c.MitigationGround).MaximumLength(1_000).WithMessage("减轻处罚理由不得超过1000字");
            RuleFor(c => c.GovernmentApproval).OptionalText("人民政府批准文件", 300);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Decide, async step =>
            {
                // A 按日连续处罚 case is decided in its own number series (按日罚, 令第28号第十六条).
                var type = step.Case.DailyPenaltyBasis is null ? DocumentType.PenaltyDecision : DocumentType.DailyPenaltyDecision;
                var number = await step.NumberAsync(type, command.DecidedOn!.Value);
                step.Case.Decide(step.Actor, step.Clock, new DecisionData(number, command.DecidedOn.Value, command.Fine!.Value, command.Sanctions,
                    string.IsNullOrWhiteSpace(command.MitigationGround) ? null : command.MitigationGround.Trim())
                {
                    GovernmentApproval = command.GovernmentApproval,
                });
            }, ct);
    }
}
