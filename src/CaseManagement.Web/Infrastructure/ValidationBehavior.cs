using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CaseManagement.Web.Infrastructure;

/// <summary>The Chinese label of a failed field, carried in the failure's CustomState to the problem details.</summary>
public sealed record FieldLabel(string Label);

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
            // The problem details name each field by its Chinese label as well as by its JSON name.
            foreach (var failure in failures.Where(f => f.CustomState is null))
            {
                failure.CustomState = FieldLabels.Of(typeof(TRequest), failure.PropertyName) is { } label ? new FieldLabel(label) : null;
            }

            throw new ValidationException(failures);
        }

        return await next();
    }
}
