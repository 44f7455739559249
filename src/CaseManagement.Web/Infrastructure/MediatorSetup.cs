using System.Reflection;
using FluentValidation;
using MediatR;

namespace CaseManagement.Web.Infrastructure;

public static class MediatorSetup
{
    /// <summary>
    /// Registers MediatR, every request/notification handler and FluentValidation validator of the Web
    /// assembly, and the <see cref="ValidationBehavior{TRequest,TResponse}"/>. A new use case needs no
    /// registration: a class implementing <c>IRequestHandler&lt;,&gt;</c> (internal is fine) is found here.
    /// </summary>
    public static IServiceCollection AddCaseMediator(this IServiceCollection services)
    {
        // MediatR 5.1.0 on purpose: 12.x is not served by our package source and 13+ needs a paid licence;
        // 5.1.0 (Apache-2.0) has requests, notifications and pipeline behaviours, all we use. It predates
        // MediatR's own DI package, so it is registered by hand. Scoped, because handlers take the scoped DbContext.
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        var assembly = typeof(MediatorSetup).Assembly;
        foreach (var (service, implementation) in HandlerRegistrations(assembly))
        {
            services.AddTransient(service, implementation);
        }

        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));

        // Validators are built once and shared: a validator builds its rule chains in its constructor, and building them
        // for every request was a twentieth of what a step allocated. So a validator takes no scoped service and keeps
        // no per-request value: today's date is asked when a rule runs (ValidatorLifetimeTests checks both).
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        // FluentValidation's own messages (for rules without WithMessage) in Chinese, whatever the server's culture.
        ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("zh-CN");

        // A field's name in a message is its Chinese label ([Display(Name = "…")] on the command), the one the form shows;
        // the validated type's own declaration wins, so a rule on a shared base property uses the command's label.
        ValidatorOptions.Global.DisplayNameResolver = (type, member, _) => FieldLabels.Of(type, member);
        return services;
    }

    /// <summary>Each closed IRequestHandler&lt;,&gt; / INotificationHandler&lt;&gt; a concrete class of the assembly implements.</summary>
    internal static IEnumerable<(Type Service, Type Implementation)> HandlerRegistrations(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        from service in type.GetInterfaces()
        where service.IsGenericType
              && (service.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
                  || service.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
        select (service, type);
}
