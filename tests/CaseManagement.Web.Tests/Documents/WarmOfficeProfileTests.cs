using System.Diagnostics;
using CaseManagement.Web.Documents;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>
/// A server killed while its LibreOffice ran leaves the LibreOffice profile in the temporary folder; the next server to
/// start LibreOffice removes those, and only those, so the folder does not fill up over months of restarts.
/// </summary>
public sealed class WarmOfficeProfileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cm-sweep-").FullName;

    [Fact]
    public async Task Sweep_RemovesTheProfilesOfProcessesThatAreGoneAndKeepsTheOthers()
    {
        using var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await finished.WaitForExitAsync();
        var gone = Profile($"cm-office-{finished.Id}-abandoned");
        var running = Profile($"cm-office-{Environment.ProcessId}-inuse");
        var unnamed = Profile("cm-office-Xy12ab"); // an older profile without a process id: not provably abandoned
        var other = Profile("someone-else-42-x");

        var deleted = WarmOffice.SweepAbandonedProfiles(root);

        Assert.Equal(1, deleted);
        Assert.False(Directory.Exists(gone));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(unnamed));
        Assert.True(Directory.Exists(other));
    }

    private string Profile(string name)
    {
        var path = Path.Combine(root, name);
        Directory.CreateDirectory(Path.Combine(path, "user", "config"));
        File.WriteAllText(Path.Combine(path, "user", "registrymodifications.xcu"), "<oor/>");
        return path;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
