using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseManagement.Web.Identity;

/// <summary>
/// A POST to a page that has no such handler (<c>/cases/3</c>, <c>/statistics</c>, <c>?handler=Nope</c>) would render
/// the page without running any of its handlers, so with nothing loaded: answered 404 instead (the friendly page).
/// </summary>
public sealed class UnknownPageHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (context.HandlerMethod is null && context.RouteData.Values.ContainsKey("handler") is false
            && context.HttpContext.Request.Query.ContainsKey("handler"))
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
