using CaseManagement.Web.Documents;
using Xunit.Abstractions;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents.TemplateAuthoring;

public sealed class RegenerateTemplatesTests(ITestOutputHelper output)
{
    // The committed .docx files are the source of truth (an administrator may have edited them in Word),
    // so they are rewritten only on explicit request: REGENERATE_TEMPLATES=1 dotnet test ...
    [Fact]
    public void Regenerate_WhenRequested_WritesEveryTemplate()
    {
        // "1" rewrites every template; a comma-separated list of template names rewrites only those.
        var requested = Environment.GetEnvironmentVariable("REGENERATE_TEMPLATES");
        if (string.IsNullOrWhiteSpace(requested))
        {
            output.WriteLine("跳过：设置 REGENERATE_TEMPLATES=1 才会重新生成 templates/ 下的模板。");
            return;
        }

        var folder = Path.Combine(TestPaths.RepositoryRoot(), "templates");
        Directory.CreateDirectory(folder);
        var only = requested == "1" ? null : requested.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var contract in DocumentDefinitions.All.Select(d => d.Contract).Where(c => only is null || only.Contains(c.Name)))
        {
            var bytes = TemplateAuthoring.Build(contract);
            File.WriteAllBytes(Path.Combine(folder, contract.FileName), bytes);

            using var written = File.OpenRead(Path.Combine(folder, contract.FileName));
            Assert.Empty(TemplateInspector.MissingTags(written, contract));
        }
    }
}
