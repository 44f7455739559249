using CaseManagement.Domain.Cases;
using FluentValidation;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 拟处罚意见 as the client sends it: the fine in yuan, other sanctions (flags, e.g. "Warning, SuspendProduction"), the
/// head's 集体讨论 flag, and the 减轻 ground for a fine below the statutory minimum (行政处罚法第三十二条).
/// </summary>
public sealed record PenaltyInput
{
    public decimal? Fine { get; init; }

    public Sanctions Sanctions { get; init; }

    public bool FlaggedForDiscussion { get; init; }

    public string? MitigationGround { get; init; }

    public ProposedPenalty ToDomain() =>
        new(Fine!.Value, Sanctions, FlaggedForDiscussion, string.IsNullOrWhiteSpace(MitigationGround) ? null : MitigationGround.Trim());

    public const Sanctions AllSanctions = (Sanctions)((1 << 11) - 1);

    public sealed class Validator : AbstractValidator<PenaltyInput>
    {
        public Validator()
        {
            RuleFor(p => p.Fine).Fine("拟罚款金额");
            RuleFor(p => p.Sanctions).Must(s => (s & ~AllSanctions) == 0).WithMessage("处罚种类无效");
            RuleFor(p => p.MitigationGround).MaximumLength(1_000).WithMessage("减轻处罚理由不得超过1000字");
        }
    }
}
