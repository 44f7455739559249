using CaseManagement.Web.Audit;

namespace CaseManagement.Web.Tests.Audit;

/// <summary>
/// The checkpoint file of the chain head (<c>chain-head.log</c>) is shared by every server of a deployment: each
/// appends a line after each commit. A line lost or overwritten weakens the check that rows were cut off the end
/// of the audit table, so every server's every line must land, whole, at the end of the file.
/// </summary>
public sealed class AuditCheckpointTests : IDisposable
{
    private readonly ScratchFolder folder = new("checkpoint-");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ServersAppendingAtOnce_KeepEveryLineOfEach()
    {
        // Each instance stands for a server: its own lock, as a process of its own would have.
        const int Servers = 4;
        const int PerWriter = 2_000;
        var servers = Enumerable.Range(0, Servers).Select(_ => new AuditCheckpoint(folder)).ToArray();
        await AtOnce.RunAsync(Servers, n =>
        {
            for (long i = 0; i < PerWriter; i++)
            {
                var sequence = (n * PerWriter) + i;
                servers[n].Append(sequence, $"h{sequence:D8}");
            }
        });
        foreach (var server in servers)
        {
            server.Dispose();
        }

        var lines = await File.ReadAllLinesAsync(Path.Combine(folder, AuditCheckpoint.FileName));
        Assert.Equal(Servers * PerWriter, lines.Length);
        var sequences = lines.Select(l => l.Split(' ')).Select(p => (Sequence: long.Parse(p[0]), Hash: p[1])).ToList();
        Assert.All(sequences, s => Assert.Equal($"h{s.Sequence:D8}", s.Hash));
        Assert.Equal(Enumerable.Range(0, Servers * PerWriter).Select(i => (long)i), sequences.Select(s => s.Sequence).Order());
        Assert.Equal(((long)Servers * PerWriter) - 1, servers[0].ReadHead()!.Value.Sequence);
    }

    [Fact]
    public void FileRemovedWhileTheServerRuns_IsMadeAgainWithTheNextHeads()
    {
        using var checkpoint = new AuditCheckpoint(folder);
        checkpoint.Append(1, "a");
        File.Delete(checkpoint.FilePath);

        // An operator moves the file away (or a volume is remounted): the next heads go to a new file at the
        // configured path, not to the removed one.
        checkpoint.Append(2, "b");

        Assert.Equal((2L, "b"), checkpoint.ReadHead());
        Assert.Single(File.ReadAllLines(checkpoint.FilePath));
    }

    [Fact]
    public void FileEmptiedWhileHeldOpen_NextLineIsAtItsNewEnd()
    {
        using var checkpoint = new AuditCheckpoint(folder);
        checkpoint.Append(1, "first-line-that-is-long");
        File.WriteAllText(checkpoint.FilePath, ""); // truncated in place (same file), e.g. by a careless copy

        checkpoint.Append(2, "b");

        Assert.Equal("2 b\n", File.ReadAllText(checkpoint.FilePath));
    }

    [Fact]
    public void FolderMissing_IsMadeOnTheFirstAppend()
    {
        using var checkpoint = new AuditCheckpoint(Path.Combine(folder, "nested"));

        checkpoint.Append(7, "abc");

        Assert.Equal((7L, "abc"), checkpoint.ReadHead());
    }

    [Fact]
    public async Task FolderMissing_ServersStartingAtOnce_EachKeepsItsFirstLine()
    {
        // Servers started together on a new deployment all find the folder missing. A server whose open fails just
        // before another makes the folder sees "file not found" (the folder is there by the time the cause is
        // looked up), not "folder not found"; that first head must still be written, not dropped with a logged error.
        // The window is narrow, so the start is repeated on fresh folders (each round takes about a millisecond).
        const int Servers = 4;
        const int Rounds = 400;
        var incomplete = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var roundFolder = Path.Combine(folder, round.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var servers = Enumerable.Range(0, Servers).Select(_ => new AuditCheckpoint(roundFolder)).ToArray();
            await AtOnce.RunAsync(Servers, n => servers[n].Append(n, $"first-of-{n}"));
            foreach (var server in servers)
            {
                server.Dispose();
            }

            var lines = File.ReadAllLines(Path.Combine(roundFolder, AuditCheckpoint.FileName));
            if (lines.Length != Servers)
            {
                incomplete.Add($"round {round}: {string.Join(" | ", lines)}");
            }
        }

        Assert.Empty(incomplete);
    }
}
