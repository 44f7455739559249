using System.Diagnostics;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>
/// The built application (<c>CaseManagement.Web.dll</c> beside the tests) started as an operator starts it: in its own
/// folder as the content root, in Production, on a SQLite database, files, audit key and checkpoint in a given folder,
/// without demo data or a warm LibreOffice.
/// </summary>
internal static class BuiltApp
{
    /// <summary>
    /// The start of the app; the caller adds its address (<c>--urls</c> or a Kestrel endpoint). A database the folder
    /// does not have yet is a copy of the migrated template (<see cref="MigratedSqliteTemplate"/>): none of these tests
    /// is about a first installation, and migrating a new file was about a third of each start's CPU.
    /// </summary>
    public static ProcessStartInfo StartInfo(string folder, string? keyFile = null)
    {
        MigratedSqliteTemplate.CopyTo(Path.Combine(folder, "app.db"));
        var appDirectory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory, // the content root: its appsettings.json, as in a published folder
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appDirectory, "CaseManagement.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__Path"] = Path.Combine(folder, "app.db");
        start.Environment["Storage__Path"] = Path.Combine(folder, "files");
        start.Environment["Audit__KeyFile"] = keyFile ?? Path.Combine(folder, "audit.key");
        start.Environment["Audit__CheckpointDirectory"] = Path.Combine(folder, "checkpoint");
        start.Environment["Seed__Demo"] = "false";
        start.Environment["Documents__WarmOffice"] = "false";
        start.Environment["Documents__PrerenderPdf"] = "false";
        return start;
    }

    /// <summary>A loopback port nothing listens on at this moment (for the app's address, or a server that is down).</summary>
    public static int UnusedLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Starts the app; what it writes is read from the start, so a full pipe never stalls it.</summary>
    public static Started Start(ProcessStartInfo start)
    {
        var process = Process.Start(start)!;
        return new Started(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    public sealed record Started(Process Process, Task<string> Output, Task<string> Errors) : IDisposable
    {
        /// <summary>Waits (at most 90 s) for the process to end; its exit code and everything it wrote.</summary>
        public async Task<(int ExitCode, string Output)> WaitForExitAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await Process.WaitForExitAsync(timeout.Token);
            return (Process.ExitCode, await Output + await Errors);
        }

        public void Dispose() => Process.Dispose();
    }
}
