using CaseManagement.Web.Audit;

namespace CaseManagement.Web.Tests.Audit;

/// <summary>
/// The checkpoint file of the chain head (<c>chain-head.log</c>) is shared by every server of a deployment: each
/// appends a line after each commit. A line lost or overwritten weakens the check that rows were cut off the end
/// of the audit table, so every server's every line must land, whole, at the end of the file.
/// </summary>
public sealed class AuditCheckpointTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "casemanagement-tests", "checkpoint-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TwoServersAppendingAtOnce_KeepEveryLineOfBoth()
    {
        // Two instances stand for two servers: each has its own lock, as two processes would.
        var first = new AuditCheckpoint(folder);
        var second = new AuditCheckpoint(folder);
        const int PerWriter = 1_500;
        var writers = new[] { (first, 0L), (first, 1L), (second, 2L), (second, 3L) }
            .Select(w => Task.Run(() =>
            {
                for (long i = 0; i < PerWriter; i++)
                {
                    var sequence = (w.Item2 * PerWriter) + i;
                    w.Item1.Append(sequence, $"h{sequence:D8}");
                }
            }))
            .ToArray();
        await Task.WhenAll(writers);

        var lines = await File.ReadAllLinesAsync(Path.Combine(folder, AuditCheckpoint.FileName));
        Assert.Equal(4 * PerWriter, lines.Length);
        var sequences = lines.Select(l => l.Split(' ')).Select(p => (Sequence: long.Parse(p[0]), Hash: p[1])).ToList();
        Assert.All(sequences, s => Assert.Equal($"h{s.Sequence:D8}", s.Hash));
        Assert.Equal(Enumerable.Range(0, 4 * PerWriter).Select(i => (long)i), sequences.Select(s => s.Sequence).Order());
        Assert.Equal((4L * PerWriter) - 1, first.ReadHead()!.Value.Sequence);
    }

    [Fact]
    public void FileRemovedWhileTheServerRuns_IsMadeAgainWithTheNextHeads()
    {
        var checkpoint = new AuditCheckpoint(folder);
        checkpoint.Append(1, "a");
        File.Delete(checkpoint.FilePath);

        // An operator moves the file away (or a volume is remounted): the next heads go to a new file at the
        // configured path, not to the removed one.
        checkpoint.Append(2, "b");

        Assert.Equal((2L, "b"), checkpoint.ReadHead());
        Assert.Single(File.ReadAllLines(checkpoint.FilePath));
    }

    [Fact]
    public void FolderMissing_IsMadeOnTheFirstAppend()
    {
        var checkpoint = new AuditCheckpoint(Path.Combine(folder, "nested"));

        checkpoint.Append(7, "abc");

        Assert.Equal((7L, "abc"), checkpoint.ReadHead());
    }
}
