using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// 案件页面 (<c>/cases/{id}</c>): everything GetCase returns, the deadlines coloured for today, the steps the
/// user may take now as buttons (each opening its form), and the evidence upload.
/// </summary>
[Authorize(Policy = Policies.CaseWorker)]
public sealed class DetailsModel(IMediator mediator, TimeProvider time, LegalCalendar calendar) : PageModel
{
    [FromRoute]
    public long Id { get; set; }

    public CaseView Case { get; private set; } = null!;

    public PageChoices.Choices Choices { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public DateOnly AmberUntil { get; private set; }

    /// <summary>Steps shown as buttons; evidence is added through the upload panel, which also offers the form.</summary>
    public IReadOnlyList<CaseTrigger> Actions { get; private set; } = [];

    public bool MayUploadEvidence => Case.AllowedActions.Contains(nameof(CaseTrigger.AddEvidence));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Case = await mediator.Send(new GetCase.Query(Id), ct);
        Choices = await mediator.Send(new PageChoices.Query(), ct);
        Today = time.TodayInChina();
        AmberUntil = calendar.AddWorkingDays(Today, IndexModel.AmberWorkingDays).Date;
        Actions = [.. Case.AllowedActions
            .Select(a => Enum.TryParse<CaseTrigger>(a, out var t) ? t : (CaseTrigger?)null)
            .OfType<CaseTrigger>()
            .Where(t => CaseSteps.TryGet(t.ToString(), out _, out _))];
    }

    public string UserName(string userId) =>
        Choices.Colleagues.FirstOrDefault(p => p.UserId == userId)?.DisplayName
        ?? Case.Officers.FirstOrDefault(o => o.UserId == userId)?.Name
        ?? Case.History.FirstOrDefault(e => e.UserId == userId)?.UserName
        ?? userId;

    public static string ChinaTime(DateTimeOffset at) =>
        at.ToOffset(ChinaClock.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    public static bool IsPdf(string contentType) => string.Equals(contentType, "application/pdf", StringComparison.OrdinalIgnoreCase);

    public static string ButtonStyle(CaseTrigger trigger) => StepFormModel.Irreversible.Contains(trigger) ? "btn-outline-danger" : "btn-primary";
}
