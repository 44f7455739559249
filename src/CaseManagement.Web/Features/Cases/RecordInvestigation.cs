using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Features.Cases;

/// <summary>现场检查（勘察）笔录 or 调查询问笔录, made by at least two certified officers of the case (行政处罚法第四十二条、第五十五条).</summary>
public static class RecordInvestigation
{
    public sealed record Command : CaseStepCommand
    {
        [Display(Name = "笔录种类")]
        public InvestigationRecordKind? Kind { get; init; }

        [Display(Name = "检查（询问）日期")]
        public DateOnly? On { get; init; }

        [Display(Name = "地点")]
        public string? Place { get; init; }

        [Display(Name = "执法人员（至少两名，持有效执法证件）")]
        public IReadOnlyList<string>? Officers { get; init; }

        [Display(Name = "笔录摘要")]
        public string? Summary { get; init; }

        /// <summary>检查起止时间 to the minute (现场检查笔录).</summary>
        [Display(Name = "开始时间")]
        public TimeOnly? StartTime { get; init; }

        [Display(Name = "结束时间")]
        public TimeOnly? EndTime { get; init; }

        /// <summary>在场人员: the party or its agent, witnesses (one per line).</summary>
        [Display(Name = "在场人员（当事人或其代理人、见证人等，每行一人）")]
        public string? PersonsPresent { get; init; }

        /// <summary>"纬度,经度" as the device's GPS gave it (optional).</summary>
        [Display(Name = "位置（纬度,经度，可选）")]
        public string? Position { get; init; }

        /// <summary>The position's accuracy in metres, as the device reported it.</summary>
        [Display(Name = "定位精度（米）")]
        public int? PositionAccuracy { get; init; }

        /// <summary>被检查单位的负责人 or 被询问人, as entered.</summary>
        [Display(Name = "被检查单位负责人（被询问人）")]
        public string? Representative { get; init; }

        /// <summary>来源, when the inspection or interview predates the lead's registration (e.g. 日常检查).</summary>
        [Display(Name = "来源（立案前取得的，如日常检查中取得）")]
        public string? Source { get; init; }
    }

    /// <summary>"36.912345,118.123456" → (36.912345, 118.123456); null when not a position on Earth.</summary>
    public static (double Latitude, double Longitude)? ParsePosition(string? text)
    {
        var parts = (text ?? "").Split([',', '，'], StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var latitude)
            && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var longitude)
            && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
            ? (latitude, longitude)
            : null;
    }

    public sealed class Validator : CaseStepValidator<Command>
    {
        public Validator(TimeProvider time)
            : base(time)
        {
            RuleFor(c => c.Kind).Choice();
            RuleFor(c => c.On).PastDay(Today);
            RuleFor(c => c.Place).Line(300);
            RuleFor(c => c.Officers).OfficerList();
            RuleFor(c => c.Summary).Paragraphs("笔录摘要", 20_000);
            RuleFor(c => c.EndTime).GreaterThanOrEqualTo(c => c.StartTime).When(c => c.StartTime is not null && c.EndTime is not null)
                .WithMessage("结束时间不得早于开始时间");
            RuleFor(c => c.PersonsPresent).OptionalText("在场人员", 500);
            RuleFor(c => c.Position).Must(p => ParsePosition(p) is not null).When(c => !string.IsNullOrWhiteSpace(c.Position))
                .WithMessage("位置须为“纬度,经度”，如 37.1234,118.1234");
            RuleFor(c => c.PositionAccuracy).NotNull().When(c => !string.IsNullOrWhiteSpace(c.Position))
                .WithMessage("记录位置须同时记录定位精度（米）");
            RuleFor(c => c.PositionAccuracy).InclusiveBetween(0, 100_000).When(c => c.PositionAccuracy is not null)
                .WithMessage("定位精度须在0至100000米之间");
            RuleFor(c => c.Representative).OptionalText("被检查单位负责人（被询问人）", 100);
            RuleFor(c => c.Source).OptionalText("来源", 300);
        }
    }

    internal sealed class Handler(CaseStepRunner runner) : IRequestHandler<Command, CaseView>
    {
        public Task<CaseView> Handle(Command command, CancellationToken ct) =>
            runner.RunAsync(command, CaseTrigger.RecordInvestigation, async step =>
            {
                var officers = await step.UserIdsAsync(command.Officers!, nameof(Command.Officers));
                var position = ParsePosition(command.Position);
                var persons = string.IsNullOrWhiteSpace(command.PersonsPresent) ? null : command.PersonsPresent.Trim();
                var circumstances = command.StartTime is null && command.EndTime is null && persons is null && position is null
                    ? null
                    : new RecordCircumstances(Minute(command.StartTime), Minute(command.EndTime), persons,
                        position?.Latitude, position?.Longitude, position is null ? null : command.PositionAccuracy);
                step.Case.RecordInvestigation(step.Actor, step.Clock, new InvestigationRecordData(
                    command.Kind!.Value, command.On!.Value, command.Place!.Trim(), officers, command.Summary!.Trim(), circumstances)
                {
                    Representative = Blank(command.Representative),
                    Source = Blank(command.Source),
                });
            }, ct);

        private static TimeOnly? Minute(TimeOnly? time) => time is { } t ? new TimeOnly(t.Hour, t.Minute) : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
