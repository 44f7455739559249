using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Administration;

public sealed class HolidaysModel(IMediator mediator, TimeProvider clock) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public SaveHolidayYear.Command Input { get; set; } = new();

    public GetHolidayYear.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new SaveHolidayYear.Command
        {
            Year = View.Year,
            Holidays = string.Join(Environment.NewLine, View.Holidays.Select(d => Display.InputDate(d))),
            MakeupWorkdays = string.Join(Environment.NewLine, View.MakeupWorkdays.Select(d => Display.InputDate(d))),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Year = Input.Year;
        if (ModelState.IsValid && (await TrySendAsync(mediator, Input, nameof(Input), ct)).Succeeded)
        {
            TempData["Notice"] = $"{Input.Year}年节假日安排已保存。";
            return Redirect($"/admin/holidays?year={Input.Year}");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : clock.TodayInChina().Year;
        View = await mediator.Send(new GetHolidayYear.Query(year), ct);
        Year = year;
    }
}
