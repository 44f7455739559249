using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>调查终结: the investigation report, the facts as finally found and the proposed penalty (行政处罚法第五十四条、第五十七条).</summary>
public static class SubmitForReview
{
    public sealed record Command : CaseStepCommand
    {
        public DateOnly? SubmittedOn { get; init; }

        public string? ReportSummary { get; init; }

        public string? Cause { get; init; }

        public string? ViolationCode { get; init; }

        /// <summary>The day the act occurred, or ended for a continuing act: decides the law applied (行政处罚法第三十七条).</summary>
        public DateOnly? ActDate { get; init; }

        public PenaltyInput? Proposed { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.SubmittedOn).PastDay("调查终结日期", Today);
            RuleFor(c => c.ReportSummary).Paragraphs("调查终结报告", 20_000);
            RuleFor(c => c.Cause).Line("案由", 200);
            RuleFor(c => c.ViolationCode).NotEmpty().WithMessage("请选择违法行为")
                .Must(code => code is null || ViolationCatalogue.Default.TryGet(code, out _)).WithMessage("违法行为代码不在违法行为目录中");
            RuleFor(c => c.ActDate).PastDay("违法行为发生（终了）日期", Today);
            RuleFor(c => c.Proposed).NotNull().WithMessage("请填写拟处罚意见").SetValidator(new PenaltyInput.Validator()!);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.SubmitForReview, step =>
                step.Case.SubmitForReview(step.Actor, step.Clock, new ReviewSubmissionData(
                    command.SubmittedOn!.Value, command.ReportSummary!.Trim(), command.Cause!.Trim(), command.ViolationCode!.Trim(),
                    command.ActDate, command.Proposed!.ToDomain())), ct);
    }
}
