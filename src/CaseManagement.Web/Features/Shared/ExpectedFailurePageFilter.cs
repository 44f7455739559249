using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseManagement.Web.Features.Shared;

/// <summary>
/// A page handler that lets <see cref="NotFoundException"/> or <see cref="ForbiddenException"/> escape
/// answers with the friendly 404 / 403 page instead of the API's problem details. Form errors
/// (validation, rule refusals, stale versions) are caught where they can be shown beside the field:
/// <see cref="FormPageModel.TrySendAsync{TResponse}"/>.
/// </summary>
internal sealed class ExpectedFailurePageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        switch (executed.Exception)
        {
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;
            case ForbiddenException:
                executed.Result = new RedirectResult(AuthSetup.AccessDeniedPath);
                executed.ExceptionHandled = true;
                break;
        }
    }
}
