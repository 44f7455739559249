using System.ComponentModel.DataAnnotations;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 变更执法人员 by the head: an officer leaves or withdraws (回避, 行政处罚法第四十三条) and the case goes on
/// with the new team, whose certificates are read from the register (never from the client). The domain
/// keeps the two-certified-officers rule (第四十二条) and records who left, who joined and why.
/// </summary>
public static class ChangeOfficers
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "变更日期")]
        public DateOnly? ChangedOn { get; init; }

        /// <summary>User names (or ids) of the whole new team, at least two.</summary>
        [Display(Name = "变更后的执法人员（至少两名，持有效执法证件）")]
        public IReadOnlyList<string>? Officers { get; init; }

        [Display(Name = "变更理由")]
        public string? Reason { get; init; }

        [Display(Name = "属于回避（行政处罚法第四十三条）")]
        public bool Recusal { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ChangedOn).PastDay("变更日期", Today);
            RuleFor(c => c.Officers).OfficerList();
            RuleFor(c => c.Reason).Paragraphs("变更理由", 1000);
        }
    }

    internal sealed class Handler(CaseStepRunner runner, CaseDbContext db) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.ChangeOfficers, async step =>
            {
                var officers = await File.Handler.OfficersAsync(db, command.Officers!, step.Context.OrganisationId, ct);
                step.Case.ChangeOfficers(step.Actor, step.Clock,
                    new OfficerChangeData(command.ChangedOn!.Value, officers, command.Reason!.Trim(), command.Recusal));
            }, ct);
    }
}
