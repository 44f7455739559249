using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 拟处罚意见 as the client sends it: the fine in yuan, other sanctions (flags, e.g. "Warning, SuspendProduction"), the
/// head's 集体讨论 flag, and the 减轻 ground for a fine below the statutory minimum (行政处罚法第三十二条).
/// </summary>
public sealed record PenaltyInput
{
    [Display(Name = "罚款金额（元）")]
    public decimal? Fine { get; init; }

    [Display(Name = "其他处罚种类")]
    public Sanctions Sanctions { get; init; }

    [Display(Name = "提请集体讨论")]
    public bool FlaggedForDiscussion { get; init; }

    [Display(Name = "减轻处罚的理由（罚款低于法定最低额时填写）")]
    public string? MitigationGround { get; init; }

    public ProposedPenalty ToDomain() =>
        new(Fine!.Value, Sanctions, FlaggedForDiscussion, string.IsNullOrWhiteSpace(MitigationGround) ? null : MitigationGround.Trim());

    public const Sanctions AllSanctions = (Sanctions)((1 << 11) - 1);

    public sealed class Validator : AbstractValidator<PenaltyInput>
    {
        public Validator()
        {
            RuleFor(p => p.Fine).Fine("拟罚款金额");
            RuleFor(p => p.Sanctions).Flags("处罚种类");
            RuleFor(p => p.MitigationGround).MaximumLength(1_000).WithMessage("减轻处罚理由不得超过1000字");
        }
    }
}
