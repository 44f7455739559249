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
        public EvidenceKind? Kind { get; init; }

        public string? Title { get; init; }

        public DateOnly? CollectedOn { get; init; }

        public string? Place { get; init; }

        /// <summary>User names or ids of the officers who collected it.</summary>
        public IReadOnlyList<string>? Officers { get; init; }

        /// <summary>证据来源; required when collected before the lead was registered.</summary>
        public string? Source { get; init; }

        /// <summary>证明内容, printed in the documents' evidence list.</summary>
        public string? Proves { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Kind).Choice("证据种类");
            RuleFor(c => c.Title).Line("证据名称", 300);
            RuleFor(c => c.CollectedOn).PastDay("取证日期", Today);
            RuleFor(c => c.Place).Line("取证地点", 300);
            RuleFor(c => c.Officers).TwoOrMoreOfficers();
            RuleFor(c => c.Source).MaximumLength(300).WithMessage("证据来源不得超过300字");
            RuleFor(c => c.Proves).MaximumLength(2000).WithMessage("证明内容不得超过2000字");
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
