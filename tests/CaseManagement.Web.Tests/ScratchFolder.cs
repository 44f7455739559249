namespace CaseManagement.Web.Tests;

/// <summary>
/// A folder of one test class under the system's temporary folder (<c>casemanagement-tests/…</c>), made when a test
/// needs it and removed with everything in it afterwards.
/// </summary>
public sealed class ScratchFolder(string prefix = "") : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "casemanagement-tests", prefix + Guid.NewGuid().ToString("N"));

    public static implicit operator string(ScratchFolder folder) => folder.Path;

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
