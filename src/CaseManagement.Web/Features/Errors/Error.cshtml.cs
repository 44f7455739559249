using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Features.Errors;

/// <summary>
/// The friendly page for errors on page paths (PagesSetup.UseCasePages re-executes here): a status code
/// without a body, or an unhandled exception (500). It never shows exception text, only a trace id
/// with which an administrator finds the log entry.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string TraceId { get; private set; } = "";

    public (string Title, string Message) Text => Code switch
    {
        404 => ("页面不存在", "您访问的页面不存在或已被删除，请检查地址是否正确。"),
        403 => ("无权访问", "您的账号没有访问该页面的权限。"),
        400 => ("请求有误", "请求的格式或参数不正确。"),
        405 => ("不支持的操作", "该页面不支持此操作。"),
        429 => ("请求过于频繁", "登录尝试过于频繁，请 15 分钟后再试。"),
        >= 400 and < 500 => ("请求未能完成", "请求未能完成，请返回后重试。"),
        _ => ("系统出错", "服务器处理请求时出错，请稍后重试；如问题持续，请联系系统管理员并提供下面的追踪号。"),
    };

    public IActionResult OnGet(int? statusCode) => Show(statusCode);

    // An exception in a POST handler re-executes with POST.
    public IActionResult OnPost(int? statusCode) => Show(statusCode);

    private PageResult Show(int? statusCode)
    {
        // The route value read directly: when a form could not be read (the reason for a 400), binding fails too.
        if (statusCode is null && int.TryParse(RouteData.Values["statusCode"]?.ToString(), out var fromRoute))
        {
            statusCode = fromRoute;
        }

        Code = statusCode is >= 400 and < 600 ? statusCode.Value : StatusCodes.Status500InternalServerError;
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
        return Page();
    }
}
