using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Web.Features.Cases;

/// <summary>The findings that set the statutory fine range, as the client sends them (DECISIONS.md §6).</summary>
public sealed record FineFindingsInput
{
    /// <summary>报告书 (Report) or 报告表 (Form), where the provision sets its tiers by it (法典第一千零九十五条第一款).</summary>
    [Display(Name = "环境影响评价文件类型（报告书或报告表）")]
    public EiaDocumentType? EiaDocument { get; init; }

    /// <summary>情节严重.</summary>
    [Display(Name = "情节严重")]
    public bool Serious { get; init; }

    /// <summary>逾期不改正 / 拒不改正.</summary>
    [Display(Name = "逾期不改正（拒不改正）")]
    public bool Uncorrected { get; init; }

    public FineFindings ToDomain() => new(EiaDocument, Serious, Uncorrected);
}
