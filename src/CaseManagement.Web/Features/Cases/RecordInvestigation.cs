using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>现场检查（勘察）笔录 or 调查询问笔录, made by at least two certified officers of the case (行政处罚法第四十二条、第五十五条).</summary>
public static class RecordInvestigation
{
    public sealed record Command : CaseStepCommand
    {
        public InvestigationRecordKind? Kind { get; init; }

        public DateOnly? On { get; init; }

        public string? Place { get; init; }

        public IReadOnlyList<string>? Officers { get; init; }

        public string? Summary { get; init; }

        public TimeOnly? StartTime { get; init; }

        public TimeOnly? EndTime { get; init; }

        /// <summary>在场人员 as present.</summary>
        public string? PresentPersons { get; init; }

        /// <summary>被检查单位的负责人 or 被询问人, as entered.</summary>
        public string? Representative { get; init; }

        /// <summary>来源, when the inspection or interview predates the lead's registration (e.g. 日常检查).</summary>
        public string? Source { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Kind).Choice("笔录种类");
            RuleFor(c => c.On).PastDay("检查（询问）日期", Today);
            RuleFor(c => c.Place).Line("地点", 300);
            RuleFor(c => c.Officers).TwoOrMoreOfficers();
            RuleFor(c => c.Summary).Paragraphs("笔录摘要", 20_000);
            RuleFor(c => c.EndTime).GreaterThanOrEqualTo(c => c.StartTime).When(c => c.StartTime is not null && c.EndTime is not null)
                .WithMessage("结束时间不得早于开始时间");
            RuleFor(c => c.PresentPersons).MaximumLength(500).WithMessage("在场人员不得超过500字");
            RuleFor(c => c.Representative).MaximumLength(100).WithMessage("负责人（被询问人）不得超过100字");
            RuleFor(c => c.Source).MaximumLength(300).WithMessage("来源不得超过300字");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordInvestigation, async step =>
            {
                var officers = await step.UserIdsAsync(command.Officers!, nameof(Command.Officers));
                step.Case.RecordInvestigation(step.Actor, step.Clock, new InvestigationRecordData(
                    command.Kind!.Value, command.On!.Value, command.Place!.Trim(), officers, command.Summary!.Trim())
                {
                    StartTime = command.StartTime,
                    EndTime = command.EndTime,
                    PresentPersons = Blank(command.PresentPersons),
                    Representative = Blank(command.Representative),
                    Source = Blank(command.Source),
                });
            }, ct);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
