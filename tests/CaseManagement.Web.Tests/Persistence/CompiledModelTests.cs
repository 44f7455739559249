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
/// Each provider's context runs on a compiled model (<c>src/CaseManagement.Web/Persistence/CompiledModels/{Sqlite,PostgreSql,SqlServer}</c>),
/// which EF finds by its assembly attribute instead of building the model from the configuration at every start (building
/// it was about 0.9 s of each start). A compiled model that no longer matches the configuration would be used just the
/// same, silently: so it must be exactly what the configuration generates today. After a change to the model (and its
/// migrations), regenerate them with
/// <c>COMPILED_MODEL=update dotnet test tests/CaseManagement.Web.Tests --filter CompiledModelTests</c> and commit them.
/// </summary>
public sealed partial class CompiledModelTests
{
    private static string Namespace(string provider) => $"CaseManagement.Web.Persistence.CompiledModels.{provider}";

    private static string CommittedFolder(string provider) =>
        Path.Combine(TestPaths.RepositoryRoot(), "src", "CaseManagement.Web", "Persistence", "CompiledModels", provider);

    [Theory]
    [MemberData(nameof(DesignTimeContexts.Providers), MemberType = typeof(DesignTimeContexts))]
    public void CompiledModel_IsWhatTheConfigurationGeneratesToday(string provider)
    {
        var generated = Generate(provider);
        var folder = CommittedFolder(provider);
        if (Environment.GetEnvironmentVariable("COMPILED_MODEL") == "update")
        {
            Directory.CreateDirectory(folder);
            var kept = new DirectoryInfo(folder).GetFiles("*.cs");
            foreach (var file in kept.Where(file => !generated.ContainsKey(file.Name)))
            {
                file.Delete();
            }

            // A file that differs only in the model's random identifier is left as it is.
            foreach (var (name, text) in generated)
            {
                var path = Path.Combine(folder, name);
                if (!File.Exists(path) || Normalise(File.ReadAllText(path)) != Normalise(text))
                {
                    File.WriteAllText(path, text);
                }
            }
        }

        var committed = Directory.Exists(folder)
            ? new DirectoryInfo(folder).GetFiles("*.cs").ToDictionary(file => file.Name, file => File.ReadAllText(file.FullName))
            : [];
        var refresh = $"the {provider} compiled model differs from what the model configuration generates: regenerate it with COMPILED_MODEL=update (see this class's summary)";
        Assert.True(generated.Keys.Order().SequenceEqual(committed.Keys.Order()), $"{refresh}; files: {string.Join(", ", generated.Keys.Except(committed.Keys).Concat(committed.Keys.Except(generated.Keys)))}");
        foreach (var (name, text) in generated)
        {
            Assert.True(Normalise(text) == Normalise(committed[name]), $"{refresh}; first file: {name}");
        }
    }

    [Theory]
    [MemberData(nameof(DesignTimeContexts.Providers), MemberType = typeof(DesignTimeContexts))]
    public void Context_RunsOnItsProvidersCompiledModel(string provider)
    {
        using var context = DesignTimeContexts.Create(provider);
        Assert.Equal(Namespace(provider), context.Model.GetType().Namespace);
        Assert.NotNull(context.Model.FindEntityType(typeof(CaseManagement.Domain.Cases.PenaltyCase)));
    }

    /// <summary>
    /// The compiled model at work, without a server (SQL Server cannot run here): every column the configuration maps is
    /// mapped by the compiled model to the same table, column and store type, and the case queries a step and the lists
    /// run translate to SQL on it.
    /// </summary>
    [Theory]
    [MemberData(nameof(DesignTimeContexts.Providers), MemberType = typeof(DesignTimeContexts))]
    public void CompiledModel_MapsEveryColumnAsTheConfiguration_AndTranslatesTheCaseQueries(string provider)
    {
        using var context = DesignTimeContexts.Create(provider);
        var configured = context.GetService<IDesignTimeModel>().Model;
        var compiled = context.Model;
        Assert.NotSame(configured, compiled);

        static IEnumerable<string> Columns(IModel model) => model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties().Select(property =>
                $"{entity.Name}.{property.Name} → {entity.GetSchemaQualifiedTableName()}.{property.GetColumnName()} {property.GetColumnType()} {(property.IsColumnNullable() ? "null" : "not null")}"))
            .Order(StringComparer.Ordinal);
        var expected = Columns(configured).ToList();
        Assert.True(expected.Count > 300, $"only {expected.Count} columns read from the configuration");
        Assert.Equal(expected, Columns(compiled));

        var cases = configured.FindEntityType(typeof(CaseManagement.Domain.Cases.PenaltyCase))!;
        var table = cases.GetTableName()!;
        var partyName = cases.FindNavigation(nameof(CaseManagement.Domain.Cases.PenaltyCase.Party))!
            .TargetEntityType.FindProperty(nameof(CaseManagement.Domain.Cases.Party.Name))!.GetColumnName();
        var whole = context.Cases.WithEverything().Where(c => c.Id == 1 && c.OrganisationId == 1).ToQueryString();
        var overdue = CaseManagement.Web.Features.Cases.NextDeadline.Overdue(context.Cases.AsNoTracking(), new DateOnly(2026, 12, 1)).OrderBy(c => c.Id).Take(50).ToQueryString();
        Assert.Contains(table, whole, StringComparison.Ordinal);
        Assert.Contains(partyName, whole, StringComparison.Ordinal);
        Assert.Contains(table, overdue, StringComparison.Ordinal);
    }

    // The files `dotnet ef dbcontext optimize -c <Provider>CaseDbContext -n <Namespace>` writes, by name.
    private static Dictionary<string, string> Generate(string provider)
    {
        using var context = DesignTimeContexts.Create(provider);
        var contextType = context.GetType();
#pragma warning disable EF1001 // The tools' own builder of design-time services: what `dotnet ef` runs.
        var services = new DesignTimeServicesBuilder(contextType.Assembly, contextType.Assembly, new OperationReporter(handler: null), [])
            .Build(context);
#pragma warning restore EF1001
        var output = Directory.CreateTempSubdirectory("compiled-model-");
        try
        {
            var model = context.GetService<IDesignTimeModel>().Model;
            services.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(model, output.FullName, new CompiledModelCodeGenerationOptions
            {
                ContextType = contextType,
                ModelNamespace = Namespace(provider),
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
