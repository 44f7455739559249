using Xunit.Abstractions;
using Xunit.Sdk;

namespace CaseManagement.BrowserTests;

/// <summary>
/// A fact that needs the system's chromium. Without it the test is skipped (not failed), so that
/// <c>dotnet test</c> passes on a bare machine; CI installs it (.ci/run). Carries the trait
/// <c>Category=Browser</c>, so <c>dotnet test --filter Category!=Browser</c> leaves the browser out.
/// </summary>
[TraitDiscoverer("CaseManagement.BrowserTests.BrowserTraitDiscoverer", "CaseManagement.BrowserTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute, ITraitAttribute
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

/// <summary>Gives every <see cref="ChromiumFactAttribute"/> test the trait <c>Category=Browser</c>.</summary>
public sealed class BrowserTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new("Category", "Browser")];
}
