using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 调查终结: the investigation report, the facts as finally found — with the findings that set the statutory fine
/// range — and the proposed penalty (行政处罚法第五十四条、第五十七条); the case refuses a fine outside the range.
/// </summary>
public static class SubmitForReview
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "调查终结日期")]
        public DateOnly? SubmittedOn { get; init; }

        [Display(Name = "调查终结报告")]
        public string? ReportSummary { get; init; }

        [Display(Name = "案由")]
        public string? Cause { get; init; }

        [Display(Name = "违法行为")]
        public string? ViolationCode { get; init; }

        /// <summary>The day the act occurred, or ended for a continuing act: decides the law applied (行政处罚法第三十七条).</summary>
        [Display(Name = "违法行为发生（终了）日期")]
        public DateOnly? ActDate { get; init; }

        /// <summary>自…起: the day a continuing or repeated act began; empty for an act of one day.</summary>
        [Display(Name = "违法行为开始日期（连续或者继续状态）")]
        public DateOnly? ActStartedOn { get; init; }

        /// <summary>至今仍在继续: the act had not ended when found.</summary>
        [Display(Name = "违法行为至今仍在继续")]
        public bool ActContinuing { get; init; }

        /// <summary>An earlier discovery than the lead's registration (行政处罚法第三十六条: 处罚时效 runs to it).</summary>
        [Display(Name = "发现日期（早于案源登记日期时填写）")]
        public DateOnly? DiscoveredOn { get; init; }

        /// <summary>报告书 or 报告表, where the provision sets its tiers by it (法典第一千零九十五条第一款).</summary>
        [Display(Name = "环境影响评价文件类型（报告书或报告表）")]
        public EiaDocumentType? EiaDocument { get; init; }

        /// <summary>情节严重.</summary>
        [Display(Name = "情节严重")]
        public bool Serious { get; init; }

        /// <summary>逾期不改正 / 拒不改正 (建设项目环境保护管理条例第二十三条第一款; 法典第一千一百条).</summary>
        [Display(Name = "逾期不改正（拒不改正）")]
        public bool Uncorrected { get; init; }

        [Display(Name = "拟处罚意见")]
        public PenaltyInput? Proposed { get; init; }

        /// <summary>违法事实 as the notice and the decision state it to the party (not the report).</summary>
        [Display(Name = "违法事实（告知书、决定书所载）")]
        public string? Facts { get; init; }

        /// <summary>裁量理由 in the officer's words, printed after the chosen discretion factors.</summary>
        [Display(Name = "裁量理由（补充说明）")]
        public string? DiscretionReasons { get; init; }

        /// <summary>The grade chosen for each discretion factor in the calculator, saved with the proposal.</summary>
        [Display(Name = "裁量因素")]
        public DiscretionFactorsInput? DiscretionFactors { get; init; }
    }

    /// <summary>
    /// 裁量因素 as the calculator posts them: the level of the grade chosen for each factor of the discretion table
    /// (1 = the lightest); a factor left empty was not established and is not printed.
    /// </summary>
    public sealed record DiscretionFactorsInput
    {
        [Display(Name = "危害后果")]
        public int? Harm { get; init; }

        [Display(Name = "主观过错")]
        public int? Fault { get; init; }

        [Display(Name = "违法手段")]
        public int? Means { get; init; }

        [Display(Name = "侵害对象")]
        public int? Object { get; init; }

        [Display(Name = "初犯再犯")]
        public int? History { get; init; }

        [Display(Name = "整改态度")]
        public int? Correction { get; init; }

        public IReadOnlyList<DiscretionChoice> ToDomain() =>
        [
            .. new (DiscretionFactor Factor, int? Level)[]
            {
                (DiscretionFactor.Harm, Harm), (DiscretionFactor.Fault, Fault), (DiscretionFactor.Means, Means),
                (DiscretionFactor.Object, Object), (DiscretionFactor.History, History), (DiscretionFactor.Correction, Correction),
            }.Where(p => p.Level is not null).Select(p => new DiscretionChoice(p.Factor, p.Level!.Value)),
        ];
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.SubmittedOn).PastDay(Today);
            RuleFor(c => c.ReportSummary).Paragraphs(20_000);
            RuleFor(c => c.Cause).Line(200);
            RuleFor(c => c.Cause).Must((command, cause) => CaseCause.Compose(command.ViolationCode, cause).Length <= 200)
                .WithMessage("案由（违法行为名称加补充说明）合计不得超过200字");
            RuleFor(c => c.ViolationCode).NotEmpty().WithMessage("请选择违法行为")
                .Must(code => code is null || ViolationCatalogue.Default.TryGet(code, out _)).WithMessage("违法行为代码不在违法行为目录中");
            RuleFor(c => c.ActDate).PastDay(Today);
            When(c => c.ActStartedOn is not null, () => RuleFor(c => c.ActStartedOn).PastDay(Today));
            RuleFor(c => c.ActStartedOn).NotNull().When(c => c.ActContinuing).WithMessage("违法行为仍在继续的，请填写违法行为开始日期");
            When(c => c.DiscoveredOn is not null, () => RuleFor(c => c.DiscoveredOn).PastDay(Today));
            RuleFor(c => c.EiaDocument).OptionalChoice("环境影响评价文件类型");
            RuleFor(c => c.Facts).OptionalText("违法事实", 20_000);
            RuleFor(c => c.DiscretionReasons).OptionalText("裁量理由", 4000);
            RuleFor(c => c.DiscretionFactors).Must(f => f is null || f.ToDomain().All(c => DiscretionTable.Default.GradeOf(c) is not null))
                .WithMessage("裁量因素的等级不在裁量基准表中");
            RuleFor(c => c.Proposed).NotNull().WithMessage("请填写拟处罚意见").SetValidator(new PenaltyInput.Validator()!);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.SubmitForReview, step =>
                step.Case.SubmitForReview(step.Actor, step.Clock, new ReviewSubmissionData(
                    command.SubmittedOn!.Value, command.ReportSummary!.Trim(),
                    // 案由 is the catalogue's name of the violation found, with the officer's words only as an addition,
                    // so the 案由 and the 违法行为 of the report and the notice cannot disagree.
                    CaseCause.Compose(command.ViolationCode, command.Cause), command.ViolationCode!.Trim(),
                    command.ActDate, command.Proposed!.ToDomain() with
                    {
                        DiscretionReasons = CaseInputRules.Blank(command.DiscretionReasons),
                        DiscretionFactors = command.DiscretionFactors?.ToDomain() is { Count: > 0 } factors ? factors : null,
                    },
                    new FineFindings(command.EiaDocument, command.Serious, command.Uncorrected))
                {
                    Facts = command.Facts,
                    Span = command.ActStartedOn is { } started ? new ActSpan(started, command.ActContinuing) : null,
                    DiscoveredOn = command.DiscoveredOn,
                }), ct);
    }
}
