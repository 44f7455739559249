using System.Text.Json;
using CaseManagement.Domain.Penalties;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Infrastructure;

/// <summary>404: the thing asked for does not exist (or is not visible to this user). The message is shown: write it in Chinese.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>403: the user is logged in but may not do this (a role or organisation check inside a handler). The message is shown.</summary>
public sealed class ForbiddenException(string message = ForbiddenException.DefaultMessage) : Exception(message)
{
    public const string DefaultMessage = "当前用户无权执行此操作。";
}

/// <summary>
/// 409: a rule of the web layer forbids the operation in the current state (e.g. a duplicate). The
/// message is the Chinese reason shown to the user. Domain rule exceptions are mapped by
/// <see cref="ExpectedFailureHandler.RuleViolations"/> without deriving from this.
/// </summary>
public class ConflictException(string message) : Exception(message);

/// <summary>
/// The one place that turns expected failures thrown anywhere below an endpoint (handlers, validators,
/// the domain, EF) into problem details; anything else stays a 500 without details. Handlers and
/// endpoints therefore just throw and never catch these:
/// <list type="bullet">
/// <item>FluentValidation <see cref="ValidationException"/> → 400 with an <c>errors</c> map (camelCase field → Chinese messages);</item>
/// <item><see cref="RuleViolations"/> (domain rule exceptions, <see cref="ConflictException"/>) → 409 with the exception's message as detail;</item>
/// <item><see cref="DbUpdateConcurrencyException"/> (stale <c>Version</c>) → 409 <see cref="StaleVersionDetail"/>;</item>
/// <item><see cref="NotFoundException"/> → 404, <see cref="ForbiddenException"/> → 403, with their messages.</item>
/// </list>
/// </summary>
public sealed class ExpectedFailureHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string StaleVersionDetail = "该案件已被他人修改，请刷新";

    /// <summary>
    /// Exceptions (and their subclasses) whose message is a Chinese sentence explaining why a rule refuses
    /// the operation: answered 409. Another rule exception is one more line here.
    /// </summary>
    public static readonly IReadOnlyList<Type> RuleViolations =
    [
        typeof(ConflictException),
        typeof(PenaltyInputException),
        typeof(CaseManagement.Domain.Cases.DomainRuleException),
    ];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem }))
        {
            return true;
        }

        // A client that accepts no JSON (a browser navigation) still gets the reason, as text.
        httpContext.Response.ContentType = "text/plain; charset=utf-8";
        await httpContext.Response.WriteAsync(problem.Detail ?? problem.Title ?? "", cancellationToken);
        return true;
    }

    /// <summary>The answer for an expected failure, or null for anything else (a 500).</summary>
    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => ToValidationProblem(validation),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "操作冲突", StaleVersionDetail),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "未找到", exception.Message),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, "无权操作", exception.Message),
        Storage.FileRejectedException { Reason: Storage.FileRejectionReason.TooLarge } => Problem(StatusCodes.Status413PayloadTooLarge, "文件过大", exception.Message),
        Storage.FileRejectedException => ToValidationProblem(new ValidationException([new FluentValidation.Results.ValidationFailure("file", exception.Message)])),
        Storage.StoredFileCorruptedException { Problem: Storage.StoredFileProblem.Missing } => Problem(StatusCodes.Status410Gone, "文件缺失", exception.Message),
        Storage.StoredFileCorruptedException => Problem(StatusCodes.Status409Conflict, "文件已被改动", exception.Message),
        _ when RuleViolations.Any(type => type.IsInstanceOfType(exception)) => Problem(StatusCodes.Status409Conflict, "操作冲突", exception.Message),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static HttpValidationProblemDetails ToValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(failure => JsonFieldName(failure.PropertyName), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal);
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ValidationErrors.Title,
            Detail = $"请检查以下参数：{string.Join("、", errors.Keys)}",
        };
    }

    /// <summary>"Party.Name" → "party.name", "Items[0].Amount" → "items[0].amount": the names the JSON body uses.</summary>
    internal static string JsonFieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
