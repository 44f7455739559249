using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 安排听证: the 听证通知书 is issued (the 听通 number is allocated here) for a hearing presided over by someone who did
/// not investigate the case, public unless state secrets, trade secrets or privacy are involved (行政处罚法第六十四条
/// 第三项、第四项). It is served by its own step, <see cref="ServeHearingNotice"/>, at least 7 working days before.
/// </summary>
public static class ScheduleHearing
{
    public sealed record Command : CaseStepCommand
    {
        /// <summary>The date of the 听证通知书.</summary>
        [Display(Name = "听证通知书制发日期")]
        public DateOnly? IssuedOn { get; init; }

        /// <summary>The hearing day (may lie ahead).</summary>
        [Display(Name = "听证日期")]
        public DateOnly? HearingOn { get; init; }

        [Display(Name = "听证地点")]
        public string? Place { get; init; }

        /// <summary>User name or id of the presiding officer (听证主持人).</summary>
        [Display(Name = "听证主持人")]
        public string? Presiding { get; init; }

        /// <summary>Empty: the hearing is public; otherwise why it is not (行政处罚法第六十四条第三项).</summary>
        [Display(Name = "不公开举行的理由")]
        public HearingPrivacyGround? NonPublicGround { get; init; }

        /// <summary>听证员 sitting with the presiding officer, named in the 听证通知书 so the party may ask for 回避.</summary>
        [Display(Name = "听证员")]
        public string? HearingOfficers { get; init; }

        [Display(Name = "记录员")]
        public string? Clerk { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.IssuedOn).PastDay("听证通知书制发日期", Today);
            RuleFor(c => c.HearingOn).AnyDay("听证日期");
            RuleFor(c => c.Place).Line("听证地点", 300);
            RuleFor(c => c.Presiding).Line("听证主持人", 256);
            RuleFor(c => c.NonPublicGround).OptionalChoice("不公开举行的理由");
            RuleFor(c => c.HearingOfficers).OptionalText("听证员", 200);
            RuleFor(c => c.Clerk).OptionalText("记录员", 100);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ScheduleHearing, async step =>
            {
                var presiding = await step.UserAsync(command.Presiding!, nameof(Command.Presiding));
                await step.NumberAsync(DocumentType.HearingNotice, command.IssuedOn!.Value);
                step.Case.ScheduleHearing(step.Actor, step.Clock, new HearingScheduleData(
                    command.IssuedOn!.Value, command.HearingOn!.Value, command.Place!.Trim(), presiding.Id, presiding.DisplayName, command.NonPublicGround)
                {
                    HearingOfficers = CaseInputRules.Blank(command.HearingOfficers),
                    Clerk = CaseInputRules.Blank(command.Clerk),
                });
            }, ct);
    }
}
