using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 案源登记 (<c>/cases/new</c>): the CreateCase command. The page checks the credit code / ID number as the
/// user types (/api/tools/validate); the use case's validator checks it again on the server.
/// </summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class NewModel(IMediator mediator, TimeProvider time) : FormPageModel
{
    [BindProperty]
    public CreateCase.Command Input { get; set; } = new();

    public DateOnly Today { get; private set; }

    /// <summary>The officer's words added to the violation's name in the 案由 (optional).</summary>
    [BindProperty]
    public string? CauseAddition { get; set; }

    /// <summary>Open cases of the party with this code, for the warning beside the field (JSON).</summary>
    public async Task<IActionResult> OnGetOpenCasesAsync(string? code, CancellationToken ct) =>
        new JsonResult(await mediator.Send(new OpenCasesOfParty.Query(code), ct));

    public void OnGet()
    {
        Today = time.TodayInChina();
        Input = new CreateCase.Command
        {
            RegisteredOn = Today,
            Party = new CreateCase.PartyInput { Kind = Domain.Cases.PartyKind.Organisation },
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Today = time.TodayInChina();
        Input = Input with { Cause = CaseCause.Compose(Input.ViolationCode, CauseAddition) };
        if (ModelState.IsValid)
        {
            var (succeeded, created) = await TrySendAsync(mediator, Input, nameof(Input), ct);
            if (succeeded)
            {
                TempData["Notice"] = $"已登记案源：{created!.Party.Name}。";
                return Redirect($"/cases/{created.Id}");
            }
        }

        return Page();
    }
}
