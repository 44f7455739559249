namespace CaseManagement.Web.Storage;

public sealed class EvidenceStorageOptions
{
    public const string DefaultPath = "App_Data/files";

    public const long DefaultMaxUploadBytes = 50L * 1024 * 1024;

    /// <summary>Absolute folder holding the stored files (and its <c>tmp</c> subfolder for uploads in progress).</summary>
    public required string RootPath { get; init; }

    /// <summary>Largest accepted file, in bytes; a file of exactly this size is accepted.</summary>
    public long MaxUploadBytes { get; init; } = DefaultMaxUploadBytes;
}
