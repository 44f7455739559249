using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>结案审批: paid in full, enforcement accepted by the court, nothing to execute, or the decision revoked.</summary>
public static class Close
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "结案日期")]
        public DateOnly? ClosedOn { get; init; }
        [Display(Name = "结案理由")]
        public ClosureGround? Ground { get; init; }
        [Display(Name = "结案说明")]
        public string? Remark { get; init; }

        /// <summary>承办人意见 on the 结案审批表, by the officer named in <see cref="Handler"/> on <see cref="HandlerSignedOn"/>.</summary>
        [Display(Name = "承办人意见")]
        public string? HandlerOpinion { get; init; }

        /// <summary>User name or id of the 承办人 (an officer of the case).</summary>
        [Display(Name = "承办人")]
        public string? Handler { get; init; }

        [Display(Name = "承办人签署日期")]
        public DateOnly? HandlerSignedOn { get; init; }

        [Display(Name = "承办机构意见")]
        public string? DepartmentOpinion { get; init; }

        [Display(Name = "承办机构负责人")]
        public string? DepartmentHead { get; init; }

        /// <summary>负责人审批意见, given by the head who closes the case, on the closing day.</summary>
        [Display(Name = "负责人审批意见")]
        public string? HeadOpinion { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ClosedOn).PastDay(Today);
            RuleFor(c => c.Ground).Choice();
            RuleFor(c => c.Remark).OptionalText(1000);
            RuleFor(c => c.HandlerOpinion).OptionalText("承办人意见", 1000);
            RuleFor(c => c.Handler).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.HandlerOpinion)).WithMessage("填写承办人意见的，须选择承办人");
            RuleFor(c => c.HandlerSignedOn).NotNull().When(c => !string.IsNullOrWhiteSpace(c.HandlerOpinion)).WithMessage("填写承办人意见的，须填写承办人签署日期");
            RuleFor(c => c.HandlerSignedOn).PastDay("承办人签署日期", Today).When(c => c.HandlerSignedOn is not null);
            RuleFor(c => c.HandlerSignedOn).Must((c, on) => on is null || c.ClosedOn is null || on <= c.ClosedOn)
                .WithMessage("承办人签署日期不得晚于结案日期");
            RuleFor(c => c.DepartmentOpinion).OptionalText("承办机构意见", 1000);
            RuleFor(c => c.DepartmentHead).OptionalText("承办机构负责人", 100);
            RuleFor(c => c.DepartmentHead).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.DepartmentOpinion)).WithMessage("填写承办机构意见的，须填写承办机构负责人");
            RuleFor(c => c.HeadOpinion).OptionalText("负责人审批意见", 1000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Close, async step =>
            {
                var handler = string.IsNullOrWhiteSpace(command.Handler) ? null : await step.UserAsync(command.Handler, nameof(Command.Handler));
                var opinions = new ClosureOpinions(
                    CaseInputRules.Blank(command.HandlerOpinion), handler?.DisplayName, command.HandlerSignedOn,
                    CaseInputRules.Blank(command.DepartmentOpinion), CaseInputRules.Blank(command.DepartmentHead), CaseInputRules.Blank(command.HeadOpinion));
                step.Case.Close(step.Actor, step.Clock, new ClosureData(command.ClosedOn!.Value, command.Ground!.Value, command.Remark?.Trim() ?? "")
                {
                    Opinions = opinions is { HandlerOpinion: null, HandlerName: null, DepartmentOpinion: null, HeadOpinion: null } ? null : opinions,
                });
            }, ct);
    }
}
