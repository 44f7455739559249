using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OpenApi;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// Every error answer is RFC 9457 problem details with a Chinese title and detail (DECISIONS.md §8):
/// endpoint results, empty status codes (404, 405 …) and unhandled exceptions alike.
/// </summary>
public static class ProblemDetailsSetup
{
    public const string ServerErrorDetail = "服务器处理请求时出错，请稍后重试；如问题持续，请联系管理员并提供追踪号（traceId）。";

    private static readonly Dictionary<int, (string Title, string Detail)> Texts = new()
    {
        [400] = ("请求参数有误", "请求格式或参数不正确。"),
        [401] = ("未登录", "请先登录。"),
        [403] = ("无权操作", "当前用户无权执行此操作。"),
        [404] = ("未找到", "请求的资源不存在。"),
        [405] = ("不支持的请求方法", "该地址不支持此请求方法。"),
        [409] = ("操作冲突", "当前状态不允许此操作。"),
        [413] = ("上传内容过大", "上传的文件或请求内容超过允许的大小。"),
        [415] = ("不支持的内容类型", "请求的内容类型不受支持。"),
        [429] = ("请求过于频繁", "请求过于频繁，请稍后再试。"),
        [500] = ("服务器内部错误", ServerErrorDetail),
    };

    public static IServiceCollection AddChineseProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            var (title, detail) = Texts.TryGetValue(status, out var text)
                ? text
                : (status >= 500 ? Texts[500] : ("请求失败", "请求未能完成。"));

            if (status >= 500)
            {
                // Never leak exception text or stack traces; the trace id lets an administrator find the log entry.
                problem.Title = title;
                problem.Detail = detail;
                foreach (var key in problem.Extensions.Keys.Where(key => key != "traceId").ToList())
                {
                    problem.Extensions.Remove(key);
                }

                return;
            }

            // Framework defaults ("Not Found", "One or more validation errors occurred.") are English;
            // a text an endpoint wrote in Chinese is kept.
            if (!IsChinese(problem.Title))
            {
                problem.Title = title;
            }

            if (!IsChinese(problem.Detail))
            {
                problem.Detail = detail;
            }

            // Every answer names its kind (ProblemTypes): the thrown failures set their own, the rest by status.
            if (!problem.Extensions.ContainsKey("code") && KindOf(status, problem) is { } kind)
            {
                problem.Type = ProblemTypes.Uri(kind);
                problem.Extensions["code"] = kind;
            }
        });

        // Validation, rule, concurrency, not-found and forbidden exceptions from handlers become 400/409/404/403.
        services.AddExceptionHandler<ExpectedFailureHandler>();

        // A malformed request the framework rejects (BadHttpRequestException) is the client's error, not a 500.
        services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);

        return services;
    }

    private static string? KindOf(int status, Microsoft.AspNetCore.Mvc.ProblemDetails problem) => status switch
    {
        400 when problem is HttpValidationProblemDetails => ProblemTypes.Validation,
        403 => ProblemTypes.Forbidden,
        404 => ProblemTypes.NotFound,
        409 => ProblemTypes.RuleRefused,
        _ => null,
    };

    /// <summary>Unhandled exceptions and bodiless error status codes become problem details. Call first.</summary>
    public static WebApplication UseChineseProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// The OpenAPI document lists the problem types and their <c>code</c> field, so a client knows whether to
    /// refresh (stale-version), to correct its input (validation) or to stop (rule-refused, role-forbidden).
    /// </summary>
    public static OpenApiOptions DescribeProblemTypes(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            var kinds = string.Join("\n", ProblemTypes.Descriptions.Select(k => $"- `{ProblemTypes.Uri(k.Key)}`（code：`{k.Key}`）：{k.Value}"));
            document.Info.Description = (document.Info.Description is { Length: > 0 } d ? d + "\n\n" : "")
                + "错误答复为 RFC 9457 problem details（application/problem+json），含中文 title、detail，"
                + "type 指明拒绝的种类，code 为稳定的机器可读代码（规则拒绝时为该规则的代码）：\n" + kinds;
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>Each problem type's URI explains itself in Chinese (RFC 9457 §3.1.1).</summary>
    public static WebApplication MapProblemTypes(this WebApplication app)
    {
        app.MapGet(ProblemTypes.Base + "{kind}", (string kind) => ProblemTypes.Descriptions.TryGetValue(kind, out var text)
                ? Results.Text(text, "text/plain; charset=utf-8")
                : Results.NotFound())
            .WithTags("Problems")
            .ExcludeFromDescription()
            .AllowAnonymous();
        return app;
    }

    /// <summary>Whether a message holds CJK characters: a Chinese text written for the user, not a framework default.</summary>
    internal static bool IsChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
