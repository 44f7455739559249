using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Infrastructure;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Shared;

/// <summary>
/// Base of the pages with forms. A page binds its form, sends the same MediatR request the API sends,
/// and shows what the use case refuses beside the fields: validation failures under
/// <c>{prefix}.{Property}</c> (the names <c>asp-validation-for</c> uses), rule refusals and stale
/// versions in the form's summary.
/// </summary>
public abstract class FormPageModel : PageModel
{
    /// <summary>
    /// Sends <paramref name="request"/>; on an expected refusal records it in ModelState and returns
    /// false (the page then re-displays the form). Unexpected exceptions propagate to the error page.
    /// </summary>
    protected async Task<(bool Succeeded, TResponse? Response)> TrySendAsync<TResponse>(
        IMediator mediator, IRequest<TResponse> request, string prefix, CancellationToken ct)
    {
        try
        {
            return (true, await mediator.Send(request, ct));
        }
        catch (ValidationException validation)
        {
            foreach (var failure in validation.Errors)
            {
                var key = string.IsNullOrEmpty(failure.PropertyName) ? prefix : $"{prefix}.{failure.PropertyName}";
                ModelState.AddModelError(key, failure.ErrorMessage);
            }
        }
        catch (Exception stale) when (stale is DbUpdateConcurrencyException or StaleVersionException)
        {
            // The same sentence the API answers (one text for a stale version, wherever it is found).
            ModelState.AddModelError(prefix, ExpectedFailureHandler.StaleVersionDetail);
        }
        catch (Exception rule) when (rule is ConflictException or DomainRuleException or PenaltyInputException or RoleForbiddenException)
        {
            ModelState.AddModelError(prefix, rule.Message);
        }

        return (false, default);
    }
}
