using Microsoft.OpenApi;

namespace CaseManagement.Web.Infrastructure;

public static class OpenApiExtensions
{
    /// <summary>
    /// Marks query parameters as required in the OpenAPI document. They are bound as nullable strings
    /// (so that a missing one gets our Chinese 400 rather than the framework's), which the generator
    /// would otherwise describe as optional.
    /// </summary>
    public static RouteHandlerBuilder RequiredQuery(this RouteHandlerBuilder endpoint, params string[] names) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter is OpenApiParameter concrete && names.Contains(concrete.Name, StringComparer.Ordinal))
                {
                    concrete.Required = true;
                }
            }

            return Task.CompletedTask;
        });
}
