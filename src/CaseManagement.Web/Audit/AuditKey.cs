using System.Security.Cryptography;

namespace CaseManagement.Web.Audit;

/// <summary>
/// The secret of the audit chain's HMAC. Read from <see cref="AuditOptions.Key"/> or from the key file, which is
/// created (32 random bytes, mode 0600 in a 0700 folder) when it does not exist yet.
/// </summary>
public sealed class AuditKey
{
    public const int MinimumLength = 32;

    public AuditKey(byte[] key)
    {
        if (key.Length < MinimumLength)
        {
            throw new InvalidOperationException($"The audit key must be at least {MinimumLength} bytes.");
        }

        Bytes = key;
    }

    public byte[] Bytes { get; }

    /// <summary>Where the key came from, for the log (never the key itself).</summary>
    public string Source { get; private init; } = "";

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
                throw new InvalidOperationException("Audit:Key must be base64.");
            }

            return new AuditKey(bytes) { Source = "Audit:Key" };
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, options.KeyFile));
        return new AuditKey(ReadOrCreate(path)) { Source = path };
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

        var key = RandomNumberGenerator.GetBytes(MinimumLength);
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(path, create))
            {
                file.Write(Convert.ToBase64String(key).Select(c => (byte)c).ToArray());
                file.Flush(flushToDisk: true);
            }

            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process started at the same moment and created it first: use theirs.
            Thread.Sleep(50);
            return ReadKeyFile(path);
        }
    }

    private static byte[] ReadKeyFile(string path)
    {
        var text = File.ReadAllText(path).Trim();
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The audit key file {path} is not base64.");
        }
    }
}
