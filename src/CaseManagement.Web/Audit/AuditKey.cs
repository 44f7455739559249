using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Web.Audit;

/// <summary>
/// The secret of the audit chain's HMAC. Read from <see cref="AuditOptions.Key"/> or from the key file, which is
/// created (32 random bytes, mode 0600 in a 0700 folder) when it does not exist yet.
/// </summary>
public sealed class AuditKey
{
    public const int MinimumLength = 32;

    /// <summary>The one check of a key's length, wherever it came from: a short key refuses the start, naming its source.</summary>
    public AuditKey(byte[] key, string source = "")
    {
        if (key.Length < MinimumLength)
        {
            throw new StartRefusedException(
                $"无法启动：审计密钥（来自 {source}）只有 {key.Length} 字节，至少须 {MinimumLength} 字节。请使用写入本系统审计日志的原密钥（所有服务器须使用同一密钥）。");
        }

        Bytes = key;
        Source = source;
    }

    public byte[] Bytes { get; }

    /// <summary>Where the key came from, for the log (never the key itself).</summary>
    public string Source { get; }

    /// <summary>
    /// The configured key, or the key file's (made when missing). A key that cannot be used refuses the start with one
    /// line for the operator (<see cref="StartRefusedException"/>), not an unhandled exception.
    /// </summary>
    public static AuditKey Load(AuditOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(options.Key.Trim());
            }
            catch (FormatException)
            {
                throw new StartRefusedException("无法启动：审计密钥 Audit:Key 不是 base64 编码。请填写原来的密钥（所有服务器须使用同一密钥）。");
            }

            return new AuditKey(bytes, "Audit:Key");
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, options.KeyFile));
        return new AuditKey(ReadOrCreate(path), path);
    }

    private static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return ReadKeyFile(path);
        }

        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // The key is written whole to a file of this server's own and then put in place under the key file's name only
        // if no other server did so first (link, refused when the name exists): a server that starts at the same moment
        // finds either no key file or a complete one, never one still being written.
        var key = RandomNumberGenerator.GetBytes(MinimumLength);
        var draft = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(draft, create))
            {
                file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
                file.Flush(flushToDisk: true);
            }

            return PutInPlace(draft, path) ? key : ReadKeyFile(path); // else another server's key was there first: all use it
        }
        finally
        {
            File.Delete(draft); // the key file, when it was put in place, is a second name of the same file
        }
    }

    /// <summary>
    /// Gives the written draft the key file's name unless that name exists; false when it does. .NET's
    /// <c>File.Move</c> without overwriting checks and renames in two steps on Linux, so two servers could both
    /// succeed and the later one replace the key the earlier one already uses: link(2) does both in one step.
    /// </summary>
    private static bool PutInPlace(string draft, string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (Link(draft, path) == 0)
            {
                return true;
            }

            if (Marshal.GetLastPInvokeError() == AlreadyExists)
            {
                return false;
            }

            // A file system without hard links (some network shares): the move below, as on Windows.
        }

        try
        {
            File.Move(draft, path, overwrite: false); // on Windows MoveFileEx without replacing: one step
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private const int AlreadyExists = 17; // EEXIST on Linux and macOS

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    private static byte[] ReadKeyFile(string path)
    {
        var text = File.ReadAllText(path).Trim();
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            // A truncated or overwritten file, or one that is not this system's key: the operator must put the original back.
            throw new StartRefusedException(
                $"无法启动：审计密钥文件 {path} 的内容不是 base64 编码的密钥（文件可能已损坏或被替换）。"
                + "请放回原来的密钥文件，或用 Audit:KeyFile 指向它（所有服务器须使用同一密钥）；不要删除它让系统另建新密钥，否则审计日志将无法验证。");
        }
    }
}
