using System.Data.Common;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Connections;

namespace CaseManagement.Web.Infrastructure;

/// <summary>
/// Runs the server until it is stopped. When it cannot start because its address is taken (another instance, or
/// another program on the port), the operator gets one line saying so and what to do, and the process ends with exit
/// code 1 — not an unhandled exception that aborts the runtime (exit code 134 and a core dump on Linux).
/// </summary>
internal static class HostRun
{
    /// <summary>
    /// Migrates and seeds (<see cref="Persistence.PersistenceServiceCollectionExtensions.InitialiseDatabaseAsync"/>); when the
    /// server must not start (<see cref="Audit.StartRefusedException"/>) or cannot reach or open its database, writes why
    /// and returns exit code 1.
    /// </summary>
    public static async Task<int?> InitialiseOrExplainAsync(this WebApplication app)
    {
        var provider = app.Configuration["Database:Provider"] is { Length: > 0 } configured ? configured : "Sqlite";
        try
        {
            await app.InitialiseDatabaseAsync();
            return null;
        }
        catch (Audit.StartRefusedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (DatabaseFault(e) is { } fault)
        {
            // The provider's message names the address or the file, never the password.
            Console.Error.WriteLine(
                $"无法启动：连接或初始化数据库失败（{provider}：{fault.Message}）。"
                + "请检查 Database:Provider、ConnectionStrings:CaseDb（SQLite 为 Database:Path）以及数据库服务器是否已启动、可以连接。");
            return 1;
        }
    }

    /// <summary>The outermost database error in the chain (it names the server or file), else a network error under it.</summary>
    private static Exception? DatabaseFault(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DbException)
            {
                return inner;
            }
        }

        return e.GetBaseException() as System.Net.Sockets.SocketException;
    }

    public static int RunOrExplain(this WebApplication app)
    {
        // Read before running: a host that failed to start has disposed of its services, configuration included.
        var endpoints = app.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
        var addresses = endpoints.Count > 0 ? string.Join("、", endpoints) : app.Configuration["urls"] ?? "http://localhost:5000";
        try
        {
            app.Run();
            return 0;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            Console.Error.WriteLine(
                $"无法在 {addresses} 上启动：该地址已被占用（另一个本系统的实例或其他程序正在使用这个端口）。请先停止它，或用 --urls 指定其他地址。");
            return 1;
        }
    }
}
