using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.Web.Storage;

public static class EvidenceStorageExtensions
{
    /// <summary>Room for the multipart boundaries and the metadata fields sent beside the file.</summary>
    public const long MultipartOverheadBytes = 1024 * 1024;

    /// <summary>
    /// Registers <see cref="EvidenceFileStore"/> (singleton) and its <see cref="EvidenceStorageOptions"/>.
    /// Configuration: <c>Storage:Path</c> (relative to the content root, default <c>App_Data/files</c>);
    /// <c>Storage:MaxUploadBytes</c> (default 50 MB). Raises the form reader's multipart limit if it is below the
    /// upload maximum; Kestrel's own request-body limit (about 28.6 MB by default) must be raised on the upload
    /// endpoint with <see cref="MaxRequestBodyBytes"/>.
    /// </summary>
    public static WebApplicationBuilder AddEvidenceStorage(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EvidenceFileStore>();
        builder.Services.AddHostedService<OrphanFileSweep>();
        builder.Services.Configure<FormOptions>(form =>
            form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, MaxRequestBodyBytes(options)));
        return builder;
    }

    /// <summary>The request-body limit an upload endpoint needs for a file of the maximum size.</summary>
    public static long MaxRequestBodyBytes(EvidenceStorageOptions options) => options.MaxUploadBytes + MultipartOverheadBytes;

    internal static EvidenceStorageOptions ReadOptions(IConfiguration configuration, string contentRoot)
    {
        var path = configuration["Storage:Path"];
        var maxUploadBytes = configuration.GetValue<long?>("Storage:MaxUploadBytes") ?? EvidenceStorageOptions.DefaultMaxUploadBytes;
        if (maxUploadBytes <= 0)
        {
            throw new InvalidOperationException("Storage:MaxUploadBytes must be a positive number of bytes.");
        }

        return new EvidenceStorageOptions
        {
            RootPath = Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(path) ? EvidenceStorageOptions.DefaultPath : path)),
            MaxUploadBytes = maxUploadBytes,
        };
    }
}
