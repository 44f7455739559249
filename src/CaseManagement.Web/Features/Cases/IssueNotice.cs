using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Numbering;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 制发行政处罚事先(听证)告知书 (行政处罚法第四十四条、第六十三条); the 罚告 number is allocated here. A
/// revised penalty starts a new notice cycle (行政处罚法第四十五条: a heavier penalty needs a new notice).
/// </summary>
public static class IssueNotice
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "告知书日期")]
        public DateOnly? IssuedOn { get; init; }

        [Display(Name = "调整后的拟处罚意见（不调整则留空）")]
        public PenaltyInput? Revised { get; init; }

        /// <summary>The findings that set the fine range, when found anew with the revised penalty.</summary>
        [Display(Name = "调整后的认定情节（不调整则留空）")]
        public FineFindingsInput? RevisedFindings { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.IssuedOn).PastDay(Today);
            RuleFor(c => c.Revised).SetValidator(new PenaltyInput.Validator()!);
            RuleFor(c => c.RevisedFindings!.EiaDocument).OptionalChoice("环境影响评价文件类型").When(c => c.RevisedFindings is not null);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.IssueNotice, async step =>
            {
                var number = await step.NumberAsync(DocumentType.PenaltyNotice, command.IssuedOn!.Value);
                step.Case.IssueNotice(step.Actor, step.Clock, new NoticeData(number, command.IssuedOn.Value, command.Revised?.ToDomain(),
                    command.RevisedFindings?.ToDomain()));
            }, ct);
    }
}
