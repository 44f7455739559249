using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 公示: the decision was published (行政处罚法第四十八条; 国办发〔2018〕118号: within 7 working days of the
/// decision, DECISIONS.md §3). The text to publish, masked, is GET /api/cases/{id}/publication.
/// </summary>
public static class RecordPublication
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "公示日期")]
        public DateOnly? PublishedOn { get; init; }

        /// <summary>Where it was published, e.g. 门户网站.</summary>
        [Display(Name = "公示渠道")]
        public string? Channel { get; init; }

        [Display(Name = "公示网址")]
        public string? Url { get; init; }
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.PublishedOn).PastDay(Today);
            RuleFor(c => c.Channel).Line(100);
            RuleFor(c => c.Url).OptionalText(500)
                .Must(u => string.IsNullOrWhiteSpace(u) || Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                .WithMessage("公示网址须为 http 或 https 地址");
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordPublication, step =>
                step.Case.RecordPublication(step.Actor, step.Clock,
                    new PublicationData(command.PublishedOn!.Value, command.Channel!.Trim(), command.Url?.Trim())), ct);
    }
}
