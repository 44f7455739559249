using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// Runs every validator of the request before its handler; any failure throws
/// <see cref="ValidationException"/>, which <see cref="ExpectedFailureHandler"/> answers with 400 and an
/// <c>errors</c> map. Validators check input shape only; business rules live in the domain.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    // MediatR 5.x signature: the delegate comes last.
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
