using System.Net;
using System.Net.Sockets;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>
/// The built application started as an operator starts it, on an address another program already holds: it says
/// so in one line the operator can act on and ends with exit code 1, without the background services reporting
/// their own cancellation as failures on top (and without the runtime aborting the process).
/// </summary>
public sealed class StartFailureTests : IDisposable
{
    private readonly ScratchFolder folder = new("start-");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AddressInUse_EndsWithExitCodeOneAndSaysWhy(bool configuredEndpoint)
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        Directory.CreateDirectory(folder);

        var start = BuiltApp.StartInfo(folder);
        if (configuredEndpoint)
        {
            // An operator's appsettings or environment may name Kestrel's endpoints instead of --urls.
            start.Environment["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}";
        }
        else
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
        }

        using var app = BuiltApp.Start(start);
        var (exitCode, all) = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains($"无法在 http://127.0.0.1:{port} 上启动：该地址已被占用", all, StringComparison.Ordinal);
        Assert.DoesNotContain("BackgroundService failed", all, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseServerUnreachable_EndsWithExitCodeOneAndSaysWhy_WithoutThePassword()
    {
        // A provincial server whose PostgreSQL is down or mistyped in its settings: nothing listens on the port.
        var databasePort = BuiltApp.UnusedLoopbackPort();
        var port = BuiltApp.UnusedLoopbackPort();

        var start = BuiltApp.StartInfo(folder);
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["ConnectionStrings__CaseDb"] = $"Host=127.0.0.1;Port={databasePort};Username=casemanagement;Password=not-to-be-shown;Timeout=5";
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");

        using var app = BuiltApp.Start(start);
        var (exitCode, all) = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("无法启动：连接或初始化数据库失败（PostgreSql：", all, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{databasePort}", all, StringComparison.Ordinal);
        Assert.DoesNotContain("not-to-be-shown", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditKeyFileDamaged_EndsWithExitCodeOneAndSaysWhichFile()
    {
        Directory.CreateDirectory(folder);
        var keyFile = Path.Combine(folder, "audit.key");
        File.WriteAllText(keyFile, "这不是密钥");
        var start = BuiltApp.StartInfo(folder, keyFile);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{BuiltApp.UnusedLoopbackPort()}");

        using var app = BuiltApp.Start(start);
        var (exitCode, all) = await app.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains($"无法启动：审计密钥文件 {keyFile} 的内容不是 base64 编码的密钥", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
        Assert.Equal("这不是密钥", File.ReadAllText(keyFile));
    }
}
