using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>现场检查（勘察）笔录 or 调查询问笔录, made by at least two certified officers of the case (行政处罚法第四十二条、第五十五条).</summary>
public static class RecordInvestigation
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "笔录种类")]
        public InvestigationRecordKind? Kind { get; init; }

        [Display(Name = "检查（询问）日期")]
        public DateOnly? On { get; init; }

        [Display(Name = "地点")]
        public string? Place { get; init; }

        [Display(Name = "执法人员（至少两名，持有效执法证件）")]
        public IReadOnlyList<string>? Officers { get; init; }

        [Display(Name = "笔录摘要")]
        public string? Summary { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Kind).Choice();
            RuleFor(c => c.On).PastDay(Today);
            RuleFor(c => c.Place).Line(300);
            RuleFor(c => c.Officers).OfficerList();
            RuleFor(c => c.Summary).Paragraphs(20_000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordInvestigation, async step =>
            {
                var officers = await step.UserIdsAsync(command.Officers!, nameof(Command.Officers));
                step.Case.RecordInvestigation(step.Actor, step.Clock, new InvestigationRecordData(
                    command.Kind!.Value, command.On!.Value, command.Place!.Trim(), officers, command.Summary!.Trim()));
            }, ct);
    }
}
