using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Administration;

public sealed class UsersModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public ListUsers.Result Result { get; private set; } = new([], 0, null);

    public async Task OnGetAsync(CancellationToken ct) => Result = await mediator.Send(new ListUsers.Query(After), ct);
}
