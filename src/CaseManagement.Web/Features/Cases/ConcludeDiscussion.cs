using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>集体讨论终结 (行政处罚法第五十七条第二款).</summary>
public static class ConcludeDiscussion
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "讨论日期")]
        public DateOnly? HeldOn { get; init; }
        [Display(Name = "参加人员")]
        public IReadOnlyList<string>? Participants { get; init; }
        [Display(Name = "讨论结论")]
        public string? Conclusion { get; init; }

        [Display(Name = "讨论地点")]
        public string? Place { get; init; }

        [Display(Name = "开始时间")]
        public TimeOnly? StartTime { get; init; }

        [Display(Name = "结束时间")]
        public TimeOnly? EndTime { get; init; }

        /// <summary>主持人 and 记录人 as they were at the meeting.</summary>
        [Display(Name = "主持人")]
        public string? Chair { get; init; }

        [Display(Name = "记录人")]
        public string? Recorder { get; init; }

        /// <summary>Each participant's view (发言), in the order spoken.</summary>
        [Display(Name = "发言")]
        public IReadOnlyList<Speech>? Speeches { get; init; }
    }

    public sealed record Speech
    {
        [Display(Name = "发言人")]
        public string? Speaker { get; init; }

        [Display(Name = "意见")]
        public string? Opinion { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.HeldOn).PastDay(Today);
            RuleFor(c => c.Participants).NotEmpty().WithMessage("请填写参加集体讨论的人员");
            RuleForEach(c => c.Participants).Line("参加人员", 50);
            RuleFor(c => c.Conclusion).Paragraphs("讨论结论", 4000);
            RuleFor(c => c.Place).MaximumLength(300).WithMessage("地点不得超过300字");
            RuleFor(c => c.Chair).MaximumLength(100).WithMessage("主持人不得超过100字");
            RuleFor(c => c.Recorder).MaximumLength(100).WithMessage("记录人不得超过100字");
            RuleFor(c => c.EndTime).GreaterThanOrEqualTo(c => c.StartTime).When(c => c.StartTime is not null && c.EndTime is not null)
                .WithMessage("结束时间不得早于开始时间");
            RuleForEach(c => c.Speeches).Must(s => s is null || string.IsNullOrWhiteSpace(s.Opinion) || !string.IsNullOrWhiteSpace(s.Speaker))
                .WithMessage("请填写发言人");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ConcludeDiscussion, step =>
                step.Case.ConcludeDiscussion(step.Actor, step.Clock, new DiscussionData(
                    command.HeldOn!.Value, [.. command.Participants!.Select(p => p!.Trim())], command.Conclusion!.Trim())
                {
                    Place = Blank(command.Place),
                    StartTime = command.StartTime,
                    EndTime = command.EndTime,
                    Chair = Blank(command.Chair),
                    Recorder = Blank(command.Recorder),
                    Speeches = [.. (command.Speeches ?? [])
                        .Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Speaker) && !string.IsNullOrWhiteSpace(s.Opinion))
                        .Select(s => new DiscussionSpeech(s.Speaker!.Trim(), s.Opinion!.Trim()))],
                }), ct);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
