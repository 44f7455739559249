namespace CaseManagement.Web.Documents;

/// <summary>A field of a template: its tag, its Chinese name and where its value comes from.</summary>
public sealed record TemplateField(string Tag, string Name, string Source);

/// <summary>A repeating section: the section control's tag, its Chinese name and the fields of one row.</summary>
public sealed record TemplateSection(string Name, string Title, IReadOnlyList<TemplateField> Rows)
{
    public IReadOnlyList<string> RowTags { get; } = [.. Rows.Select(r => r.Tag)];
}

/// <summary>
/// What a template must contain so that the system can fill it: the scalar tags, the repeating sections
/// with their row tags, and the optional paragraphs (<c>if:field</c> controls). An uploaded revision that
/// lacks any of them is refused (see <see cref="TemplateInspector"/>).
/// </summary>
public sealed record TemplateContract(
    string Name,
    string Title,
    IReadOnlyList<TemplateField> Described,
    IReadOnlyList<TemplateSection> Sections,
    IReadOnlyList<string> OptionalParagraphs)
{
    public string FileName => Name + ".docx";

    /// <summary>The scalar tags, in contract order.</summary>
    public IReadOnlyList<string> Fields { get; } = [.. Described.Select(f => f.Tag)];

    /// <summary>
    /// The Chinese name of a required tag, as a refused upload names it: “罚款金额”, a row tag with its section
    /// (“证据清单 / 证明内容”), an optional paragraph as “可选段落：投资额认定”; the tag itself when unknown.
    /// </summary>
    public string ChineseNameOf(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.StartsWith(DocxTemplateFiller.ConditionalPrefix, StringComparison.Ordinal))
        {
            return "可选段落：" + ChineseNameOf(tag[DocxTemplateFiller.ConditionalPrefix.Length..]);
        }

        var slash = tag.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && Sections.FirstOrDefault(s => s.Name == tag[..slash]) is { } owner)
        {
            var row = owner.Rows.FirstOrDefault(r => r.Tag == tag[(slash + 1)..]);
            return $"{owner.Title} / {row?.Name ?? tag[(slash + 1)..]}";
        }

        return Described.FirstOrDefault(f => f.Tag == tag)?.Name ?? Sections.FirstOrDefault(s => s.Name == tag)?.Title ?? tag;
    }

    /// <summary>Every tag the template must carry: fields, sections, <c>section/rowTag</c> and <c>if:field</c>.</summary>
    public IEnumerable<string> RequiredTags()
    {
        foreach (var field in Fields)
        {
            yield return field;
        }

        foreach (var section in Sections)
        {
            yield return section.Name;
            foreach (var rowTag in section.RowTags)
            {
                yield return section.Name + "/" + rowTag;
            }
        }

        foreach (var optional in OptionalParagraphs)
        {
            yield return DocxTemplateFiller.ConditionalPrefix + optional;
        }
    }
}

