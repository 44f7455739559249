using System.Collections.Frozen;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>
/// The standard document set: every <see cref="DocumentDefinition"/> in this assembly, found once at start,
/// in the order of the case (the first step that issues each; records on request after filing).
/// </summary>
public static class DocumentDefinitions
{
    private static readonly IReadOnlyList<DocumentDefinition> Discovered = typeof(DocumentDefinition).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(DocumentDefinition)))
        .Select(t => (DocumentDefinition)Activator.CreateInstance(t)!)
        .OrderBy(d => d.IssuedAt.Count == 0 ? (int)CaseTrigger.File : d.IssuedAt.Min(i => (int)i.Step))
        .ThenBy(d => d.Name, StringComparer.Ordinal)
        .ToList();

    private static readonly FrozenDictionary<string, DocumentDefinition> ByName =
        Discovered.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    public static IReadOnlyList<DocumentDefinition> All => Discovered;

    public static bool Exists(string? name) => name is not null && ByName.ContainsKey(name);

    public static DocumentDefinition Get(string name) =>
        ByName.TryGetValue(name, out var definition) ? definition : throw new KeyNotFoundException($"没有名为“{name}”的文书模板。");

    public static T Of<T>() where T : DocumentDefinition => Discovered.OfType<T>().Single();
}
