using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CaseManagement.Web.Audit;

/// <summary>
/// The append-only checkpoint of the chain head: after every commit that added audit entries, one line
/// "<c>sequence hash</c>" is appended to <c>chain-head.log</c> in a folder apart from the database. Verifying
/// compares the database with the longest head recorded here, so rows cut off the end of the table show even
/// when the head row in the database was lowered to match.
/// <para>
/// Several servers append to the same file. .NET opens a file "for append" by moving to its end once, when it is
/// opened, and then writes at that offset: a line another server appended in between is overwritten (measured: four
/// writers of 2,000 lines each, 561–742 of the 8,000 lost). On Linux the file is therefore held open with O_APPEND, so the system puts
/// each line at the end of the file as it is at that moment; this also spares a step the opening and closing of the
/// file inside its turn as the database's writer. A file removed or moved away is made again at the next line.
/// </para>
/// </summary>
public sealed class AuditCheckpoint(string directory, ILogger<AuditCheckpoint>? logger = null) : IDisposable
{
    public const string FileName = "chain-head.log";

    public string FilePath { get; } = Path.Combine(directory, FileName);

    private readonly Lock gate = new();

    // Linux: the file held open with O_APPEND (null until the first line, and after a failed write).
    private SafeFileHandle? appending;

    public void Append(long sequence, string hash)
    {
        var line = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sequence} {hash}\n"));
        try
        {
            lock (gate)
            {
                // After every commit with audit entries: the folder is made only when it is missing, not checked each time.
                // Opening to create fails with ENOENT only for a missing folder; .NET reports it as "file not found"
                // when another server has made the folder by the time the cause is looked up, so both mean "make it".
                try
                {
                    Write(line);
                }
                catch (IOException e) when (e is DirectoryNotFoundException or FileNotFoundException)
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
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere each line opens the file at its end again; servers appending at the same moment can still collide.
            using var file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            file.Write(line);
            return;
        }

        // One stat per line: a file an operator removed or moved away is made again, not written to unseen.
        if (appending is null || !File.Exists(FilePath))
        {
            Close();
            appending = OpenAppending(FilePath);
        }

        try
        {
            // pwrite on a descriptor opened with O_APPEND writes at the end of the file on Linux, whatever the offset.
            RandomAccess.Write(appending, line, fileOffset: 0);
        }
        catch (IOException)
        {
            Close(); // opened again for the next line
            throw;
        }
    }

    private static SafeFileHandle OpenAppending(string path)
    {
        var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        var descriptor = (int)handle.DangerousGetHandle();
        var flags = Fcntl(descriptor, GetStatusFlags, 0);
        if (flags < 0 || Fcntl(descriptor, SetStatusFlags, flags | AppendFlag) < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw new IOException($"Could not open {path} for appending (errno {error}).");
        }

        return handle;
    }

    private void Close()
    {
        appending?.Dispose();
        appending = null;
    }

    public void Dispose()
    {
        lock (gate)
        {
            Close();
        }
    }

    // fcntl(2) on Linux (x86-64 and arm64 alike): F_GETFL, F_SETFL and O_APPEND.
    private const int GetStatusFlags = 3;
    private const int SetStatusFlags = 4;
    private const int AppendFlag = 0x400;

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int descriptor, int command, int argument);

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
