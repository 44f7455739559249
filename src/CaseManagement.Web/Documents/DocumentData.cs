namespace CaseManagement.Web.Documents;

/// <summary>
/// The values that fill one document: scalar fields (tag → text) and repeating sections
/// (section tag → rows, each row tag → text). Values are already formatted by the caller
/// (dates as 2025年3月3日, money in figures and 人民币大写); the filler only places text.
/// </summary>
public sealed class DocumentData
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> _sections = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Fields => _fields;

    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Sections => _sections;

    /// <summary>Sets a scalar field; a null value is stored as empty text (printed blank).</summary>
    public DocumentData Set(string tag, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        _fields[tag] = value ?? string.Empty;
        return this;
    }

    /// <summary>Declares a section (possibly with no rows), so that zero rows is explicit data.</summary>
    public DocumentData Section(string section)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        if (!_sections.ContainsKey(section))
        {
            _sections[section] = new List<IReadOnlyDictionary<string, string>>();
        }

        return this;
    }

    public DocumentData AddRow(string section, IReadOnlyDictionary<string, string> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Section(section);
        ((List<IReadOnlyDictionary<string, string>>)_sections[section]).Add(new Dictionary<string, string>(row, StringComparer.Ordinal));
        return this;
    }

    public DocumentData AddRow(string section, params (string Tag, string? Value)[] cells)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, value) in cells)
        {
            row[tag] = value ?? string.Empty;
        }

        return AddRow(section, row);
    }

    public string? this[string tag] => _fields.TryGetValue(tag, out var value) ? value : null;
}
