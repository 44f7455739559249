using System.ComponentModel;
using CaseManagement.Domain.Calendar;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseManagement.Web.Api.Tools;

public sealed record DueDateResponse(DateOnly DueDate, bool Provisional);

/// <summary><c>GET /api/tools/due-date?from=2025-09-26&amp;period=5&amp;unit=workingDays</c> → <c>{"dueDate":"2025-10-10","provisional":false}</c>.</summary>
public static class DueDateTool
{
    // Query names of the contract (camelCase) → domain units.
    private static readonly Dictionary<string, PeriodUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["workingDays"] = PeriodUnit.WorkingDays,
        ["days"] = PeriodUnit.Days,
        ["months"] = PeriodUnit.Months,
    };

    // About ten years in each unit: longer than any legal period (the longest, the 5-year limitation
    // period of 法典第一千零五十四条, is 60 months), short enough that a typo is caught.
    private static readonly Dictionary<PeriodUnit, int> MaximumLength = new()
    {
        [PeriodUnit.WorkingDays] = 3650,
        [PeriodUnit.Days] = 3650,
        [PeriodUnit.Months] = 120,
    };

    public static void Map(RouteGroupBuilder tools) => tools.MapGet("/due-date", Handle)
        .RequiredQuery("from", "period", "unit")
        .WithName("DueDate")
        .WithSummary("计算法定期限的最后一日")
        .WithDescription("不计事件当日；日、月期限的最后一日不是工作日的顺延至下一个工作日；涉及未载入节假日安排的年份时 provisional 为 true。");

    public static Results<Ok<DueDateResponse>, ValidationProblem> Handle(
        [Description("起算事件的日期，yyyy-MM-dd")] string? from,
        [Description("期限长度，正整数")] string? period,
        [Description("workingDays（工作日）、days（日）或 months（月）")] string? unit,
        LegalCalendar calendar)
    {
        var errors = new ValidationErrors();
        var eventDay = errors.RequiredDate("from", from, "起算日");
        var periodUnit = errors.RequiredChoice("unit", unit, "期限单位", Units);
        var length = errors.RequiredInteger("period", period, "期限", 1, periodUnit is { } u ? MaximumLength[u] : 3650);

        if (errors.HasErrors || eventDay is null || length is null || periodUnit is null)
        {
            return errors.ToProblem();
        }

        var due = calendar.Due(eventDay.Value, new LegalPeriod(length.Value, periodUnit.Value));
        return TypedResults.Ok(new DueDateResponse(due.Date, due.Provisional));
    }
}
