using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>归档: the file becomes read-only (行政处罚法第四十七条).</summary>
public static class Archive
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "归档日期")]
        public DateOnly? ArchivedOn { get; init; }
        [Display(Name = "档案号")]
        public string? FileNumber { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.ArchivedOn).PastDay(Today);
            RuleFor(c => c.FileNumber).Line(60);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.Archive, step =>
                step.Case.Archive(step.Actor, step.Clock, new ArchiveData(command.ArchivedOn!.Value, command.FileNumber!.Trim())), ct);
    }
}
