using CaseManagement.Domain.Cases;

namespace CaseManagement.Domain.Tests.Cases;

public sealed class LifecycleDiagramTests
{
    private const string Begin = "<!-- lifecycle:begin -->";
    private const string End = "<!-- lifecycle:end -->";

    [Fact]
    public void ReadmeDiagram_WhenCompared_EqualsTheStateMachine()
    {
        var readme = File.ReadAllText(Path.Combine(SolutionFolder(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the lifecycle markers");

        var block = readme[(start + Begin.Length)..end].Trim('\n');

        var expected = "```mermaid\n" + PenaltyCase.LifecycleDiagram().ReplaceLineEndings("\n") + "\n```";

        // After a change to the machine: README_DIAGRAM=update dotnet test --filter LifecycleDiagramTests rewrites the block.
        if (Environment.GetEnvironmentVariable("README_DIAGRAM") == "update")
        {
            readme = readme[..(start + Begin.Length)] + "\n" + expected + "\n" + readme[end..];
            File.WriteAllText(Path.Combine(SolutionFolder(), "README.md"), readme);
            block = expected;
        }

        Assert.Equal(expected, block);
    }

    [Fact]
    public void LifecycleDiagram_ShowsEveryStateAndTheGuards()
    {
        var diagram = PenaltyCase.LifecycleDiagram();

        Assert.StartsWith("stateDiagram-v2", diagram);
        Assert.All(Enum.GetValues<CaseState>(), s => Assert.Contains(s.ToString(), diagram));
        Assert.Contains(CaseGuards.NotAboveNotified, diagram);
        Assert.Contains(CaseGuards.TwoCertifiedOfficers, diagram);
    }

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseManagement.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CaseManagement.sln not found above " + AppContext.BaseDirectory);
    }
}
