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
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.HeldOn).PastDay(Today);
            RuleFor(c => c.Participants).NotEmpty().WithMessage("请填写参加集体讨论的人员");
            RuleForEach(c => c.Participants).Line(50);
            RuleFor(c => c.Conclusion).Paragraphs(4000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ConcludeDiscussion, step =>
                step.Case.ConcludeDiscussion(step.Actor, step.Clock, new DiscussionData(
                    command.HeldOn!.Value, [.. command.Participants!.Select(p => p!.Trim())], command.Conclusion!.Trim())), ct);
    }
}
