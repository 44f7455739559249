using System.Globalization;

namespace CaseManagement.Benchmarks.Load;

/// <summary>
/// The CPU time of the app under load, read from <c>/proc</c> (Linux only): the process that listens on the port the
/// driver sends to. Its CPU per counted request does not depend on whether requests queued, so it tells a change of the
/// app from a change of the machine's speed between runs, which the latency figures cannot.
/// </summary>
internal sealed class AppCpu
{
    // /proc/{pid}/stat counts CPU time in clock ticks; 100 per second on every Linux the app is run on here.
    private const double TicksPerSecond = 100;

    private AppCpu(int processId) => ProcessId = processId;

    public int ProcessId { get; }

    /// <summary>The process listening on <paramref name="port"/> of this machine, or null when there is none to read.</summary>
    public static AppCpu? Find(int port)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var sockets = ListeningSockets(port);
            if (sockets.Count == 0)
            {
                return null;
            }

            foreach (var process in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(process), out var pid))
                {
                    continue;
                }

                try
                {
                    foreach (var descriptor in Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd")))
                    {
                        var target = new FileInfo(descriptor).LinkTarget;
                        if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)
                            && sockets.Contains(target["socket:[".Length..^1]))
                        {
                            return new AppCpu(pid);
                        }
                    }
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException)
                {
                    // Another user's process, or one that ended meanwhile.
                }
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The process's user and system CPU so far, or null once it cannot be read (it ended).</summary>
    public TimeSpan? Used()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{ProcessId}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count the fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The process's resident memory now (VmRSS of <c>/proc/{pid}/status</c>), in MB; null once it cannot be read.</summary>
    public double? ResidentMegabytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{ProcessId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kilobytes / 1024.0;
                }
            }

            return null;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The inodes of the sockets listening (state 0A) on the port, IPv4 and IPv6.
    private static HashSet<string> ListeningSockets(int port)
    {
        var inodes = new HashSet<string>();
        var hexPort = port.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }

            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length > 9 && columns[3] == "0A" && columns[1].EndsWith(":" + hexPort, StringComparison.Ordinal))
                {
                    inodes.Add(columns[9]);
                }
            }
        }

        return inodes;
    }
}
