using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Administration;

public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public ListUsers.Result Users { get; private set; } = new([], 0, null);

    public GetHolidayYear.View NextYear { get; private set; } = null!;

    public Features.Audit.GetAuditChainState.State Audit { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Audit = await mediator.Send(new Features.Audit.GetAuditChainState.Query(), ct);
        Users = await mediator.Send(new ListUsers.Query(PageSize: 1), ct);
        NextYear = await mediator.Send(new GetHolidayYear.Query(clock.TodayInChina().Year + 1), ct);
    }
}
