namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// The server's command line, with its settings files (<c>appsettings*.json</c>) read once at start instead of
/// watched. ASP.NET Core watches them through a watcher on the whole content root, subdirectories included, and the
/// default database (<c>App_Data/casemanagement.db</c>), its write-ahead log, the audit checkpoint, the evidence and the
/// stored PDFs all live under it: every step's writes woke the watcher's thread, which spent 5–6% of a core under a
/// hundred users for nothing, and every storage folder took one of the system's inotify watches. Nothing in the app
/// reads its settings again after start; a changed setting takes effect at the next start, as operators expect of a
/// server. <c>DOTNET_hostBuilder__reloadConfigOnChange=true</c> (or the same on the command line) still turns the
/// watching on.
/// </summary>
internal static class HostArguments
{
    public const string ReloadKey = "hostBuilder:reloadConfigOnChange";

    public static string[] WithSettingsReadOnce(string[] args)
    {
        var chosen = args.Any(a => a.Contains("reloadConfigOnChange", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange") is not null
            || Environment.GetEnvironmentVariable("ASPNETCORE_hostBuilder__reloadConfigOnChange") is not null;
        return chosen ? args : [.. args, $"--{ReloadKey}=false"];
    }
}
