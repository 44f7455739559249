using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.WebEncoders;

namespace CaseManagement.Web.Features.Shared;

/// <summary>
/// The Razor Pages of the browser UI: pages live beside their use cases under <c>Features/</c>, every
/// page requires login unless it says otherwise, <c>Administration/</c> requires the administrator, and
/// errors on page paths are friendly HTML pages while <c>/api</c> keeps its problem details.
/// </summary>
public static class PagesSetup
{
    public const string ErrorPath = "/error";

    private static readonly string[] RerouteKeys = ["__GlobalEndpointRouteBuilder", "__UseRouting"];

    public static IServiceCollection AddCasePages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AuthorizeFolder("/", Policies.Authenticated);
                options.Conventions.AuthorizeFolder("/Administration", Policies.Administrator);
                options.Conventions.AuthorizeFolder("/Templates", Policies.TemplateManager);
                options.Conventions.AllowAnonymousToPage("/Accounts/Login");
                options.Conventions.AllowAnonymousToFolder("/Errors");
            })
            .AddMvcOptions(options =>
            {
                // Input rules are the use cases' FluentValidation validators (Chinese messages); the
                // implicit [Required] of non-nullable properties would add English ones.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                ChineseBindingMessages(options.ModelBindingMessageProvider);

                // The step forms post flags (处罚种类) as one check box per value.
                options.ModelBinderProviders.Insert(0, new Cases.StepFormBinders.FlagsProvider());
                options.Filters.Add<ExpectedFailurePageFilter>();
            });
        // Chinese text is written as is (not as &#x..; escapes); markup characters are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>
    /// Call after <c>UseChineseProblemDetails</c>: on non-API paths an unhandled exception re-executes
    /// <c>/error</c> (never a stack trace, in any environment) and a bodiless 4xx/5xx re-executes
    /// <c>/error/{code}</c>. Being registered later, these run before the API's problem-details
    /// handlers, which still answer every <c>/api</c> path.
    /// </summary>
    public static WebApplication UseCasePages(this WebApplication app)
    {
        app.UseWhen(context => !AuthSetup.IsApi(context.Request), pages =>
        {
            // WebApplication hides its routing from branches (its New() drops these keys), so a re-execution
            // of /error inside UseWhen would find no endpoint. The two middlewares look for the route
            // builder when registered and for the routing step when the pipeline is built (back to front,
            // so the last Use below runs first): copying the keys at both moments lets them re-route the
            // re-executed request exactly as they do at the top level.
            CopyRerouteKeys(app, pages);
            pages.UseExceptionHandler(ErrorPath);
            pages.UseStatusCodePagesWithReExecute(ErrorPath + "/{0}");
            pages.Use(next =>
            {
                CopyRerouteKeys(app, pages);
                return next;
            });
        });
        app.UseStaticFiles();
        return app;
    }

    private static void CopyRerouteKeys(IApplicationBuilder app, IApplicationBuilder branch)
    {
        foreach (var key in RerouteKeys)
        {
            if (app.Properties.TryGetValue(key, out var value))
            {
                branch.Properties[key] = value;
            }
        }
    }

    private static void ChineseBindingMessages(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”格式不正确");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”格式不正确");
        messages.SetValueMustBeANumberAccessor(_ => "请输入数字");
        messages.SetMissingBindRequiredValueAccessor(_ => "请填写此项");
        messages.SetMissingKeyOrValueAccessor(() => "请填写此项");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
        messages.SetValueMustNotBeNullAccessor(_ => "请填写此项");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”格式不正确");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "输入的值格式不正确");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "请输入数字");
        messages.SetUnknownValueIsInvalidAccessor(_ => "输入的值格式不正确");
    }
}
