using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Statistics;

/// <summary>GET /statistics/export?year=2026: the same figures as the page, as an Excel workbook.</summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class ExportModel(IMediator mediator, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var report = await mediator.Send(new CaseStatistics.Query(Year ?? time.TodayInChina().Year), ct);
        return File(StatisticsWorkbook.Build(report), StatisticsWorkbook.ContentType, StatisticsWorkbook.FileName(report.Year));
    }
}
