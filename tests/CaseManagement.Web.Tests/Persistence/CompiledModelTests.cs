using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

/// <summary>
/// The SQLite context runs on a compiled model (<c>src/CaseManagement.Web/Persistence/CompiledModels/Sqlite</c>), which
/// EF finds by its assembly attribute instead of building the model from the configuration at every start. A compiled
/// model that no longer matches the configuration would be used just the same, silently: so it must be exactly what the
/// configuration generates today. After a change to the model (and its migration), regenerate it with
/// <c>COMPILED_MODEL=update dotnet test tests/CaseManagement.Web.Tests --filter CompiledModelTests</c> and commit it.
/// </summary>
public sealed partial class CompiledModelTests
{
    private const string Namespace = "CaseManagement.Web.Persistence.CompiledModels.Sqlite";

    private static string CommittedFolder =>
        Path.Combine(TestPaths.RepositoryRoot(), "src", "CaseManagement.Web", "Persistence", "CompiledModels", "Sqlite");

    [Fact]
    public void SqliteCompiledModel_IsWhatTheConfigurationGeneratesToday()
    {
        var generated = Generate();
        if (Environment.GetEnvironmentVariable("COMPILED_MODEL") == "update")
        {
            var kept = new DirectoryInfo(CommittedFolder).GetFiles("*.cs");
            foreach (var file in kept.Where(file => !generated.ContainsKey(file.Name)))
            {
                file.Delete();
            }

            // A file that differs only in the model's random identifier is left as it is.
            foreach (var (name, text) in generated)
            {
                var path = Path.Combine(CommittedFolder, name);
                if (!File.Exists(path) || Normalise(File.ReadAllText(path)) != Normalise(text))
                {
                    File.WriteAllText(path, text);
                }
            }
        }

        var committed = new DirectoryInfo(CommittedFolder).GetFiles("*.cs").ToDictionary(file => file.Name, file => File.ReadAllText(file.FullName));
        const string Refresh = "the compiled model differs from what the model configuration generates: regenerate it with COMPILED_MODEL=update (see this class's summary)";
        Assert.True(generated.Keys.Order().SequenceEqual(committed.Keys.Order()), $"{Refresh}; files: {string.Join(", ", generated.Keys.Except(committed.Keys).Concat(committed.Keys.Except(generated.Keys)))}");
        foreach (var (name, text) in generated)
        {
            Assert.True(Normalise(text) == Normalise(committed[name]), $"{Refresh}; first file: {name}");
        }
    }

    [Fact]
    public void SqliteContext_RunsOnTheCompiledModel_AndOtherProvidersBuildTheirs()
    {
        using (var sqlite = new SqliteCaseDbContextFactory().CreateDbContext([]))
        {
            Assert.Equal(Namespace, sqlite.Model.GetType().Namespace);
        }

        using var postgres = new PostgreSqlCaseDbContextFactory().CreateDbContext([]);
        Assert.IsNotType<CaseManagement.Web.Persistence.CompiledModels.Sqlite.SqliteCaseDbContextModel>(postgres.Model);
        Assert.NotNull(postgres.Model.FindEntityType(typeof(CaseManagement.Domain.Cases.PenaltyCase)));
    }

    // The files `dotnet ef dbcontext optimize -c SqliteCaseDbContext -n <Namespace>` writes, by name.
    private static Dictionary<string, string> Generate()
    {
        using var context = new SqliteCaseDbContextFactory().CreateDbContext([]);
#pragma warning disable EF1001 // The tools' own builder of design-time services: what `dotnet ef` runs.
        var services = new DesignTimeServicesBuilder(
                typeof(SqliteCaseDbContext).Assembly, typeof(SqliteCaseDbContext).Assembly, new OperationReporter(handler: null), [])
            .Build(context);
#pragma warning restore EF1001
        var output = Directory.CreateTempSubdirectory("compiled-model-");
        try
        {
            var model = context.GetService<IDesignTimeModel>().Model;
            services.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(model, output.FullName, new CompiledModelCodeGenerationOptions
            {
                ContextType = typeof(SqliteCaseDbContext),
                ModelNamespace = Namespace,
                Language = "C#",
                UseNullableReferenceTypes = true,
            });
            return output.GetFiles("*.cs").ToDictionary(file => file.Name, file => File.ReadAllText(file.FullName));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    // Each generation gives the model a new random identifier (modelId: new Guid("…")); nothing else in it varies.
    private static string Normalise(string text) => ModelId().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF'), "modelId: new Guid()");

    [System.Text.RegularExpressions.GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial System.Text.RegularExpressions.Regex ModelId();
}
