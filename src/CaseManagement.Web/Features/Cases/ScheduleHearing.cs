using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 安排听证: the 听证通知 served at least 7 working days before the hearing, presided over by someone who did
/// not investigate the case (行政处罚法第六十四条第二项、第四项). The 听通 number is allocated here; the
/// domain records none, so it lives on the issued 听证通知书.
/// </summary>
public static class ScheduleHearing
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "听证通知送达日期")]
        public DateOnly? NoticeServedOn { get; init; }

        /// <summary>The hearing day (may lie ahead).</summary>
        [Display(Name = "听证日期")]
        public DateOnly? HearingOn { get; init; }

        [Display(Name = "听证地点")]
        public string? Place { get; init; }

        /// <summary>User name or id of the presiding officer (听证主持人).</summary>
        [Display(Name = "听证主持人")]
        public string? Presiding { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.NoticeServedOn).PastDay(Today);
            RuleFor(c => c.HearingOn).AnyDay();
            RuleFor(c => c.Place).Line(300);
            RuleFor(c => c.Presiding).Line(256);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ScheduleHearing, async step =>
            {
                var presiding = await step.UserAsync(command.Presiding!, nameof(Command.Presiding));
                await step.NumberAsync(DocumentType.HearingNotice, command.NoticeServedOn!.Value);
                step.Case.ScheduleHearing(step.Actor, step.Clock, new HearingScheduleData(
                    command.NoticeServedOn!.Value, command.HearingOn!.Value, command.Place!.Trim(), presiding.Id, presiding.DisplayName));
            }, ct);
    }
}
