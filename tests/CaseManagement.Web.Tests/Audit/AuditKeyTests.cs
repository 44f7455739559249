using System.Collections.Concurrent;
using CaseManagement.Web.Audit;

namespace CaseManagement.Web.Tests.Audit;

/// <summary>
/// The audit chain's key file is made by the first start. Servers of one deployment share it (the same content root
/// on shared storage), and on a new deployment they may start at the same moment: all must end up with the one key
/// written to the file, and none may fail to start or read a key file that another server is still writing.
/// </summary>
public sealed class AuditKeyTests : IDisposable
{
    private readonly ScratchFolder folder = new("audit-key-");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void KeyFileMissing_IsMadeOnceAndReadAgainByTheNextStart()
    {
        var options = new AuditOptions { KeyFile = "keys/audit.key" };

        var first = AuditKey.Load(options, folder);
        var again = AuditKey.Load(options, folder);

        Assert.Equal(AuditKey.MinimumLength, first.Bytes.Length);
        Assert.Equal(first.Bytes, again.Bytes);
        Assert.Equal(Convert.ToBase64String(first.Bytes), File.ReadAllText(Path.Combine(folder, "keys", "audit.key")).Trim());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "keys", "audit.key")));
        }
    }

    [Fact]
    public void KeyFileDamaged_RefusesTheStartSayingWhichFile_AndLeavesTheFileAsItWas()
    {
        // A truncated copy or another file put in its place: making a new key would orphan the whole audit log.
        var path = Path.Combine(folder, "keys", "audit.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "这不是密钥");

        var refused = Assert.Throws<StartRefusedException>(() => AuditKey.Load(new AuditOptions { KeyFile = "keys/audit.key" }, folder));

        Assert.Contains($"审计密钥文件 {path} 的内容不是 base64 编码的密钥", refused.Message, StringComparison.Ordinal);
        Assert.Equal("这不是密钥", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("not base64!", "不是 base64 编码")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==", "只有 16 字节，至少须 32 字节")]
    public void ConfiguredKeyUnusable_RefusesTheStartSayingWhy(string configured, string expected)
    {
        var refused = Assert.Throws<StartRefusedException>(() => AuditKey.Load(new AuditOptions { Key = configured }, folder));

        Assert.Contains("Audit:Key", refused.Message, StringComparison.Ordinal);
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyFileMissing_ServersStartingAtOnce_AllUseTheKeyInTheFile()
    {
        // The window (between one server making the file and writing its key) is narrow: the start is repeated on
        // fresh folders, eight servers each time.
        const int Servers = 8;
        const int Rounds = 100;
        var problems = new ConcurrentQueue<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var root = Path.Combine(folder, round.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var options = new AuditOptions { KeyFile = "keys/audit.key" };
            var keys = new byte[Servers][];
            await AtOnce.RunAsync(Servers, n =>
            {
                try
                {
                    keys[n] = AuditKey.Load(options, root).Bytes;
                }
                catch (Exception e)
                {
                    problems.Enqueue($"round {round}, server {n}: {e.GetType().Name}: {e.Message}");
                }
            });

            var inFile = Convert.FromBase64String(File.ReadAllText(Path.Combine(root, "keys", "audit.key")).Trim());
            for (var n = 0; n < Servers; n++)
            {
                if (keys[n] is { } key && !key.SequenceEqual(inFile))
                {
                    problems.Enqueue($"round {round}, server {n}: a key other than the one in the file");
                }
            }
        }

        Assert.Empty(problems);
    }
}
