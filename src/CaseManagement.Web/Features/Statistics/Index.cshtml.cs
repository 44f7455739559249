using System.Globalization;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Statistics;

[Authorize(Policy = Policies.CaseWorker)]
public sealed class IndexModel(IMediator mediator, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public CaseStatistics.Report Report { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public BarChart MonthChart { get; private set; } = null!;

    public BarChart FineChart { get; private set; } = null!;

    public BarChart OnTimeChart { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var thisYear = time.TodayInChina().Year;
        var year = Year ?? thisYear;
        Years = [.. Enumerable.Range(0, 6).Select(i => thisYear - i).Append(year).Distinct().OrderDescending()];
        Report = await mediator.Send(new CaseStatistics.Query(year), ct);

        MonthChart = new BarChart(
            $"{year}年各月登记案件数（按当前阶段）",
            [.. Report.Months.Select(m => $"{m.Month}月")],
            [.. Report.States.Select(s => new BarChart.Series(s.ToChinese(), [.. Report.Months.Select(m => (decimal)m.Count(s))]))],
            Count);
        FineChart = new BarChart(
            $"{year}年罚款金额（按违法行为，元）",
            [.. Report.Fines.Select(f => f.ViolationName)],
            [new BarChart.Series("罚款合计", [.. Report.Fines.Select(f => f.Sum)])],
            Money);
        OnTimeChart = new BarChart(
            $"{year}年期限按时率（%）",
            [.. Report.OnTime.Select(r => r.Label.Replace("期限", "", StringComparison.Ordinal))],
            [new BarChart.Series("按时率", [.. Report.OnTime.Select(r => r.Rate ?? 0m)])],
            v => v.ToString("0.#", CultureInfo.InvariantCulture) + "%",
            fixedMaximum: 100m);
    }

    private static string Count(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Axis labels in 万元 above ten thousand, so that they fit.</summary>
    private static string Money(decimal value) => value >= 10_000m
        ? (value / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "万"
        : value.ToString("0.##", CultureInfo.InvariantCulture);
}
