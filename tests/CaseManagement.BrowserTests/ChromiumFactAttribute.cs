namespace CaseManagement.BrowserTests;

/// <summary>
/// A fact that needs the system's chromium. Without it the test is skipped (not failed), so that
/// <c>dotnet test</c> passes on a bare machine; CI installs it (.ci/run).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} 不存在：浏览器测试已跳过。安装方法（Debian/Ubuntu，root）：apt-get install chromium";
        }
    }
}
