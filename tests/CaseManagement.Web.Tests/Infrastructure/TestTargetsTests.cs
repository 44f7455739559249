using System.Diagnostics;
using System.Xml.Linq;
using CaseManagement.Web.Tests.Documents;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>
/// <c>tests/Directory.Build.targets</c> replaces two of the SDK's test targets so that the test sets run side by side.
/// An SDK that changes those targets must not be silently overridden by an old copy: each must be the SDK's own, but
/// for the yield (and, in <c>_VSTestConsole</c>, the ToolTask form of the task that yields).
/// </summary>
public sealed class TestTargetsTests
{
    [Fact]
    public void TestTargets_AreTheSdksOwnButForTheYield()
    {
        var ours = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot(), "tests", "Directory.Build.targets"));
        var sdk = XDocument.Load(SdkTestPlatformTargets());
        var sdkTargets = sdk.Root!.Elements().Where(e => e.Name.LocalName == "Target")
            .ToDictionary(e => (string)e.Attribute("Name")!, StringComparer.Ordinal);

        var replaced = ours.Root!.Elements().Where(e => e.Name.LocalName == "Target").ToList();
        Assert.Equal(["_VSTestConsole", "_VSTestMSBuild"], replaced.Select(t => (string)t.Attribute("Name")!).Order(StringComparer.Ordinal));
        foreach (var target in replaced)
        {
            var name = (string)target.Attribute("Name")!;
            var yielding = target.Descendants().Where(e => e.Attribute("YieldDuringToolExecution") is not null).ToList();
            Assert.Equal("true", (string)Assert.Single(yielding).Attribute("YieldDuringToolExecution")!);

            var asTheSdkHasIt = new XElement(target);
            foreach (var task in asTheSdkHasIt.Descendants().Where(e => e.Attribute("YieldDuringToolExecution") is not null).ToList())
            {
                task.Attribute("YieldDuringToolExecution")!.Remove();
                if (name == "_VSTestConsole")
                {
                    Assert.Equal("VSTestTask2", task.Name.LocalName);
                    task.Name = "VSTestTask";
                }
            }

            Assert.True(sdkTargets.ContainsKey(name), $"the SDK no longer has the target {name}");
            Assert.Equal(Canonical(sdkTargets[name]), Canonical(asTheSdkHasIt));
        }
    }

    /// <summary>The element without namespace, comments or layout: its name, its attributes in order of name, its children.</summary>
    private static string Canonical(XElement element) =>
        element.Name.LocalName
        + "(" + string.Join(",", element.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.LocalName, StringComparer.Ordinal)
            .Select(a => $"{a.Name.LocalName}={a.Value}")) + ")"
        + "[" + string.Join(";", element.Elements().Select(Canonical)) + "]";

    /// <summary>Microsoft.TestPlatform.targets of the SDK that builds this repository (global.json's choice).</summary>
    private static string SdkTestPlatformTargets()
    {
        var version = Dotnet("--version").Trim();
        var sdks = Dotnet("--list-sdks").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(sdks, l => l.StartsWith(version + " [", StringComparison.Ordinal));
        var folder = line[(version.Length + 2)..^1];
        return Path.Combine(folder, version, "Microsoft.TestPlatform.targets");
    }

    private static string Dotnet(string argument)
    {
        var start = new ProcessStartInfo("dotnet", argument)
        {
            WorkingDirectory = TestPaths.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {argument}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
