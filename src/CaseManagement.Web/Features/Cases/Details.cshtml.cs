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

    /// <summary>修改证据: offered beside each item until the 事先告知书 is issued.</summary>
    public bool MayEditEvidence => Case.AllowedActions.Contains(nameof(CaseTrigger.EditEvidence));

    /// <summary>作废并重新制发 is for the legal section and the head (the API's rule), never on an archived file.</summary>
    public bool MayVoidDocuments =>
        Case.State != CaseState.Archived && (User.IsInRole(Identity.Roles.LegalReviewer) || User.IsInRole(Identity.Roles.Head));

    /// <summary>笔录 are issued on demand for a recorded inspection or interview, by an officer, before archiving.</summary>
    public bool MayIssueRecords => Case.State != CaseState.Archived && User.IsInRole(Identity.Roles.Officer);

    public static string RecordTemplate(InvestigationRecordKind kind) =>
        Documents.CaseDocumentPlan.OnDemand.First(t => t.Value == kind).Key;

    public Task<IActionResult> OnPostVoidAsync(long documentId, string? reason, CancellationToken ct) =>
        SendAsync(new Documents.CaseDocumentActions.Void(documentId, reason), d => $"原文书已作废，已重新制发：{d.Title} {d.Number}", ct);

    public Task<IActionResult> OnPostRecordAsync(string template, long recordId, CancellationToken ct) =>
        SendAsync(new Documents.CaseDocumentActions.IssueOnDemand(Id, template, recordId), d => $"已制作：{d.Title}", ct);

    private async Task<IActionResult> SendAsync(IRequest<CaseDocumentView> request, Func<CaseDocumentView, string> notice, CancellationToken ct)
    {
        try
        {
            TempData["Notice"] = notice(await mediator.Send(request, ct));
        }
        catch (FluentValidation.ValidationException invalid)
        {
            TempData["Failure"] = string.Join("；", invalid.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        catch (Exception refused) when (ExpectedFailureHandler.ToProblem(refused) is { Detail: { } detail })
        {
            TempData["Failure"] = detail;
        }

        return RedirectToPage(new { id = Id });
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Case = await mediator.Send(new GetCase.Query(Id), ct);
        Choices = await mediator.Send(new PageChoices.Query(), ct);
        Today = time.TodayInChina();
        AmberUntil = calendar.AddWorkingDays(Today, IndexModel.AmberWorkingDays).Date;
        Actions = [.. Case.AllowedActions
            .Select(a => Enum.TryParse<CaseTrigger>(a, out var t) ? t : (CaseTrigger?)null)
            .OfType<CaseTrigger>()
            .Where(t => CaseSteps.TryGet(t.ToString(), out _, out _))
            // 认定总投资额 only where the fine is a share of the investment (环境影响评价法第三十一条第一款).
            .Where(t => t != CaseTrigger.RecordInvestmentFinding || CaseCause.DependsOnInvestment(Case.ViolationCode, Case.ActDate))];
    }

    public string UserName(string userId) =>
        Choices.Colleagues.FirstOrDefault(p => p.UserId == userId)?.DisplayName
        ?? Case.Officers.FirstOrDefault(o => o.UserId == userId)?.Name
        ?? Case.History.FirstOrDefault(e => e.UserId == userId)?.UserName
        ?? userId;

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    public static bool IsPdf(string contentType) => string.Equals(contentType, "application/pdf", StringComparison.OrdinalIgnoreCase);

    public static string ButtonStyle(CaseTrigger trigger) => StepFormModel.Irreversible.Contains(trigger) ? "btn-outline-danger" : "btn-primary";
}
