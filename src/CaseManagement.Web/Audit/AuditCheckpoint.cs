using System.Globalization;
using System.Text;

namespace CaseManagement.Web.Audit;

/// <summary>
/// The append-only checkpoint of the chain head: after every commit that added audit entries, one line
/// "<c>sequence hash</c>" is appended to <c>chain-head.log</c> in a folder apart from the database. Verifying
/// compares the database with the longest head recorded here, so rows cut off the end of the table show even
/// when the head row in the database was lowered to match. Several servers may append to the same file.
/// </summary>
public sealed class AuditCheckpoint(string directory, ILogger<AuditCheckpoint>? logger = null)
{
    public const string FileName = "chain-head.log";

    public string FilePath { get; } = Path.Combine(directory, FileName);

    private readonly Lock gate = new();

    public void Append(long sequence, string hash)
    {
        var line = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sequence} {hash}\n"));
        try
        {
            lock (gate)
            {
                // After every commit with audit entries: the folder is made only when it is missing, not checked each time.
                try
                {
                    Write(line);
                }
                catch (DirectoryNotFoundException)
                {
                    Directory.CreateDirectory(directory);
                    Write(line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write itself has committed; a checkpoint that lags only weakens the truncation check.
            logger?.LogError(e, "Could not append the audit chain head {Sequence} to {Path}", sequence, FilePath);
        }
    }

    private void Write(byte[] line)
    {
        using var file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        file.Write(line);
    }

    /// <summary>The longest head recorded, or null when nothing was recorded yet. Streams the file.</summary>
    public (long Sequence, string Hash)? ReadHead()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        (long Sequence, string Hash)? head = null;
        using var reader = new StreamReader(new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), Encoding.ASCII);
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && long.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                && (head is null || sequence > head.Value.Sequence))
            {
                head = (sequence, line[(space + 1)..].Trim());
            }
        }

        return head;
    }
}
