using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CaseManagement.Web.Infrastructure;

/// <summary>A validation failure with the Chinese label of each failed field (property path → label).</summary>
public sealed class LabelledValidationException(IEnumerable<ValidationFailure> failures, IReadOnlyDictionary<string, string> labels)
    : ValidationException(failures)
{
    public IReadOnlyDictionary<string, string> Labels { get; } = labels;
}

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
            var labels = failures
                .Select(f => (f.PropertyName, Label: FieldLabels.Of(typeof(TRequest), f.PropertyName)))
                .Where(f => f.Label is not null)
                .DistinctBy(f => f.PropertyName)
                .ToDictionary(f => f.PropertyName, f => f.Label!, StringComparer.Ordinal);
            throw new LabelledValidationException(failures, labels);
        }

        return await next();
    }
}
