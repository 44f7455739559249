using System.Text.Json;
using CaseManagement.Domain.Penalties;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// The kinds of refusal a client must tell apart (issue: a stale version and a legal refusal were both "409 操作冲突"):
/// each has its own problem <c>type</c>, and every answer carries a stable machine-readable <c>code</c> — the kind,
/// or for a rule refusal the rule's own code (e.g. <c>two-certified-officers</c>).
/// </summary>
public static class ProblemTypes
{
    public const string Base = "/problems/";

    /// <summary>400: the input has the wrong shape; <c>errors</c> names each field.</summary>
    public const string Validation = "validation";

    /// <summary>409: the case changed since the client read it; refresh and try again.</summary>
    public const string StaleVersion = "stale-version";

    /// <summary>409: a rule of the law (or of the system) refuses the step now; <c>code</c> names the rule. Do not retry unchanged.</summary>
    public const string RuleRefused = "rule-refused";

    /// <summary>403: the user's role may not do this step.</summary>
    public const string RoleForbidden = "role-forbidden";

    /// <summary>403: the user may not do this for another reason (organisation, ownership).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>404.</summary>
    public const string NotFound = "not-found";

    /// <summary>Chinese explanation of each kind, served at <c>/problems/{kind}</c> and listed in the OpenAPI document.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Validation] = "输入格式有误（HTTP 400）：errors 按字段列出中文说明。改正输入后重试。",
        [StaleVersion] = "案件已被他人修改（HTTP 409）：请重新读取案件，取得新的 version 后再提交。",
        [RuleRefused] = "法定条件或业务规则不允许此步骤（HTTP 409）：detail 说明理由并引用法条，code 为规则代码（如 two-certified-officers、state-not-allowed、archived）。原样重试不会成功。",
        [RoleForbidden] = "当前用户的角色不能办理此步骤（HTTP 403）：detail 说明由哪些角色办理。",
        [Forbidden] = "当前用户无权执行此操作（HTTP 403）。",
        [NotFound] = "请求的资源不存在，或不属于当前用户所在的执法机关（HTTP 404）。",
    };

    public static string Uri(string kind) => Base + kind;
}

/// <summary>409 <see cref="ProblemTypes.StaleVersion"/>: the version the client sent is not the case's version.</summary>
public sealed class StaleVersionException() : Exception(ExpectedFailureHandler.StaleVersionDetail);

/// <summary>403 <see cref="ProblemTypes.RoleForbidden"/>: the user's roles may not fire the step. The message is shown.</summary>
public sealed class RoleForbiddenException(string message) : Exception(message);

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
        DbUpdateConcurrencyException or StaleVersionException => Problem(StatusCodes.Status409Conflict, "案件已被他人修改", StaleVersionDetail, ProblemTypes.StaleVersion),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "未找到", exception.Message, ProblemTypes.NotFound),
        RoleForbiddenException => Problem(StatusCodes.Status403Forbidden, "无权办理此步骤", exception.Message, ProblemTypes.RoleForbidden),
        CaseManagement.Domain.Cases.DomainRuleException { Code: CaseManagement.Domain.Cases.DomainRuleException.RoleForbidden } =>
            Problem(StatusCodes.Status403Forbidden, "无权办理此步骤", exception.Message, ProblemTypes.RoleForbidden),
        CaseManagement.Domain.Cases.DomainRuleException rule => Problem(StatusCodes.Status409Conflict, "操作冲突", exception.Message, ProblemTypes.RuleRefused, rule.Code),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, "无权操作", exception.Message, ProblemTypes.Forbidden),
        Storage.FileRejectedException { Reason: Storage.FileRejectionReason.TooLarge } => Problem(StatusCodes.Status413PayloadTooLarge, "文件过大", exception.Message),
        Storage.FileRejectedException => ToValidationProblem(new ValidationException([new FluentValidation.Results.ValidationFailure("file", exception.Message)])),
        Storage.StoredFileCorruptedException { Problem: Storage.StoredFileProblem.Missing } => Problem(StatusCodes.Status410Gone, "文件缺失", exception.Message),
        Storage.StoredFileCorruptedException => Problem(StatusCodes.Status409Conflict, "文件已被改动", exception.Message),
        _ when RuleViolations.Any(type => type.IsInstanceOfType(exception)) => Problem(StatusCodes.Status409Conflict, "操作冲突", exception.Message, ProblemTypes.RuleRefused),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails Problem(int status, string title, string detail, string kind, string? code = null)
    {
        var problem = Problem(status, title, detail);
        problem.Type = ProblemTypes.Uri(kind);
        problem.Extensions["code"] = code ?? kind;
        return problem;
    }

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
            Type = ProblemTypes.Uri(ProblemTypes.Validation),
            Extensions =
            {
                ["code"] = ProblemTypes.Validation,

                // "fields": JSON name → Chinese label, so a client can show which field in the user's words.
                ["fields"] = exception.Errors
                    .Where(failure => failure.CustomState is FieldLabel)
                    .DistinctBy(failure => failure.PropertyName)
                    .ToDictionary(failure => JsonFieldName(failure.PropertyName), failure => ((FieldLabel)failure.CustomState).Label, StringComparer.Ordinal),
            },
        };
    }

    /// <summary>"Party.Name" → "party.name", "Items[0].Amount" → "items[0].amount": the names the JSON body uses.</summary>
    internal static string JsonFieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
