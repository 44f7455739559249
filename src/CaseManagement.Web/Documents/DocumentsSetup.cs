using CaseManagement.Domain.Penalties;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.Web.Documents;

public static class DocumentsSetup
{
    /// <summary>
    /// Registers template filling, the composer, the issuer, template administration and the PDF queue.
    /// Configuration section <c>Documents</c> (<see cref="DocumentOptions"/>); templates are read from
    /// <c>Documents:TemplatesPath</c> or the templates folder beside the application.
    /// </summary>
    public static WebApplicationBuilder AddCaseDocuments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<DocumentOptions>(builder.Configuration.GetSection("Documents"));
        var folder = builder.Configuration["Documents:TemplatesPath"] is { Length: > 0 } configured ? configured : TemplateStore.DefaultFolder;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new PenaltyRangeCalculator());
        services.AddSingleton(new TemplateStore(folder));
        services.AddSingleton(new DocxTemplateFiller());
        services.AddSingleton<PreparedTemplateCache>();
        services.AddSingleton<PdfConverter>();
        services.AddSingleton<DocumentPdfs>();
        services.AddSingleton<PdfPrerenderer>();
        services.AddHostedService(sp => sp.GetRequiredService<PdfPrerenderer>());
        services.AddScoped<ActiveTemplates>();
        services.AddScoped<CaseDocumentComposer>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<CaseFileBuilder>();
        return builder;
    }
}
