using CaseManagement.Web.Storage;

namespace CaseManagement.Web.Tests.Storage;

/// <summary>An <see cref="EvidenceFileStore"/> over its own temporary folder, removed afterwards.</summary>
public sealed class StorageFolder : IDisposable
{
    public StorageFolder(long maxUploadBytes = EvidenceStorageOptions.DefaultMaxUploadBytes)
    {
        Parent = Path.Combine(Path.GetTempPath(), "casemanagement-tests", Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Parent, "files");
        Store = new EvidenceFileStore(new EvidenceStorageOptions { RootPath = Root, MaxUploadBytes = maxUploadBytes });
    }

    public string Parent { get; }

    public string Root { get; }

    public EvidenceFileStore Store { get; }

    public string TempFolder => Path.Combine(Root, "tmp");

    public List<string> StoredFiles() =>
        [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Where(f => Path.GetDirectoryName(f) != TempFolder)];

    public List<string> TempFiles() => [.. Directory.EnumerateFiles(TempFolder)];

    public Task<StoredFile> SaveAsync(byte[] bytes, string name = "evidence.bin") =>
        Store.SaveAsync(new MemoryStream(bytes), name, CancellationToken.None);

    public void Dispose()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Parent, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Parent, recursive: true);
    }
}
