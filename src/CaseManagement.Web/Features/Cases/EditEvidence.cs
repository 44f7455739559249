using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 修改证据: an investigating officer corrects an item's name, source or 证明内容 (entered at upload) until the 事先告知书
/// is issued; the documents' evidence list prints the corrected text (行政处罚法第四十四条、第四十七条). The change is
/// dated today and audited like every step.
/// </summary>
public static class EditEvidence
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "证据序号")]
        public int? Number { get; init; }

        [Display(Name = "证据名称")]
        public string? Title { get; init; }

        /// <summary>证据来源; required when the item was collected before the lead was registered.</summary>
        [Display(Name = "证据来源（立案前取得的须填写）")]
        public string? Source { get; init; }

        [Display(Name = "证明内容")]
        public string? Proves { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Number).NotNull().WithMessage("请填写证据序号").GreaterThan(0).WithMessage("证据序号须为正整数");
            RuleFor(c => c.Title).Line(300);
            RuleFor(c => c.Source).OptionalText("证据来源", 300);
            RuleFor(c => c.Proves).OptionalText("证明内容", 2000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.EditEvidence, step =>
                step.Case.EditEvidence(step.Actor, step.Clock, new EvidenceEditData(
                    command.Number!.Value, step.Clock.Today, command.Title!.Trim(), Blank(command.Source), Blank(command.Proves))), ct);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
