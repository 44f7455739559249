using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 登记证据 (metadata; the file itself is uploaded through the evidence endpoint). Collected by at least two
/// certified officers of the case (行政处罚法第四十二条、第四十六条).
/// </summary>
public static class AddEvidence
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "证据种类")]
        public EvidenceKind? Kind { get; init; }

        [Display(Name = "证据名称")]
        public string? Title { get; init; }

        [Display(Name = "取证日期")]
        public DateOnly? CollectedOn { get; init; }

        [Display(Name = "取证地点")]
        public string? Place { get; init; }

        /// <summary>User names or ids of the officers who collected it.</summary>
        [Display(Name = "执法人员（至少两名，持有效执法证件）")]
        public IReadOnlyList<string>? Officers { get; init; }

        /// <summary>证据来源; required when collected before the lead was registered.</summary>
        [Display(Name = "证据来源（立案前取得的须填写）")]
        public string? Source { get; init; }

        /// <summary>证明内容, printed in the documents' evidence list.</summary>
        [Display(Name = "证明内容")]
        public string? Proves { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Kind).Choice();
            RuleFor(c => c.Title).Line(300);
            RuleFor(c => c.CollectedOn).PastDay(Today);
            RuleFor(c => c.Place).Line(300);
            RuleFor(c => c.Officers).OfficerList();
            RuleFor(c => c.Source).OptionalText("证据来源", 300);
            RuleFor(c => c.Proves).OptionalText("证明内容", 2000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.AddEvidence, async step =>
            {
                var officers = await step.UserIdsAsync(command.Officers!, nameof(Command.Officers));
                step.Case.AddEvidence(step.Actor, step.Clock, new EvidenceData(
                    command.Kind!.Value, command.Title!.Trim(), command.CollectedOn!.Value, command.Place!.Trim(), officers, null)
                {
                    Source = Blank(command.Source),
                    Proves = Blank(command.Proves),
                });
            }, ct);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
