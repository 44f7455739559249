using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseManagement.Web.Documents;

/// <summary>
/// Fills a .docx template whose fields are Word content controls (w:sdt) tagged by name (w:tag).
/// Rules (the template authors and the callers rely on them):
/// <list type="bullet">
/// <item>Scalar control: its content is replaced by the value, keeping the placeholder's run (and, for a
/// block control, paragraph) formatting. Inside a run-level control a newline becomes a line break; in a
/// block-level control every line becomes its own paragraph (so the first-line indent applies to each).</item>
/// <item>Section control (its tag names a section, or it wraps other controls): the wrapped table rows or
/// paragraphs are cloned once per row and filled; row tags are looked up in the row first, then in the
/// scalar fields. Zero rows remove the wrapped rows; a table left without rows is removed as well. A caller
/// who wants "无" printed passes one row saying so.</item>
/// <item>Optional control: a tag <c>if:name</c> keeps its content when the field <c>name</c> is non-blank and
/// removes it otherwise.</item>
/// <item>A missing value prints blank (never a placeholder such as "（空）": a blank is filled in by hand
/// on paper, a placeholder would have to be struck out).</item>
/// <item>Every content-control wrapper is removed, so the issued document shows no placeholder boxes.</item>
/// <item>In strict mode a field, section or row tag in the data that the template does not have is an error.</item>
/// </list>
/// The filler is stateless and thread-safe; one instance can serve every request.
/// </summary>
public sealed class DocxTemplateFiller(bool strict = false)
{
    public const string ConditionalPrefix = "if:";

    public bool Strict { get; } = strict;

    /// <summary>Parses the template and fills it; for repeated fills use a cached <see cref="PreparedTemplate"/>.</summary>
    public byte[] Fill(Stream template, DocumentData data) => Fill(PreparedTemplate.Load(template), data);

    public byte[] Fill(ReadOnlySpan<byte> template, DocumentData data) => Fill(PreparedTemplate.Load(template), data);

    /// <summary>
    /// Fills a parsed template (the fast path: <see cref="TemplateStore.Prepared"/> caches it). The parsed
    /// parts are cloned, filled in a single walk and written into a new package together with the
    /// untouched parts' bytes, so no package is opened or re-read per fill.
    /// </summary>
    public byte[] Fill(PreparedTemplate template, DocumentData data)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        var pass = new FillPass(data, Strict ? new HashSet<string>(StringComparer.Ordinal) : null);
        var filled = new OpenXmlPartRootElement[template.Roots.Count];
        for (var i = 0; i < filled.Length; i++)
        {
            filled[i] = FrozenXml.CloneTemplate(template.Roots[i].Root);
            pass.Process(filled[i], null);
        }

        if (pass.Used is { } used)
        {
            var unknown = UnknownTags(data, used);
            if (unknown.Count > 0)
            {
                throw new TemplateFieldException($"模板中没有以下字段：{string.Join("、", unknown)}", unknown);
            }
        }

        return template.Write(filled);
    }

    private static List<string> UnknownTags(DocumentData data, HashSet<string> used)
    {
        var unknown = new List<string>();
        foreach (var tag in data.Fields.Keys)
        {
            if (!used.Contains(tag))
            {
                unknown.Add(tag);
            }
        }

        foreach (var (section, rows) in data.Sections)
        {
            if (!used.Contains(section))
            {
                unknown.Add(section);
                continue;
            }

            foreach (var row in rows)
            {
                foreach (var tag in row.Keys)
                {
                    var qualified = section + "/" + tag;
                    if (!used.Contains(tag) && !unknown.Contains(qualified))
                    {
                        unknown.Add(qualified);
                    }
                }
            }
        }

        return unknown;
    }

    /// <summary>The placeholder's run formatting, which the value is written with: its first run properties, copied.</summary>
    internal static RunProperties? ValueRunProperties(OpenXmlElement scope)
    {
        var properties = scope.Descendants<RunProperties>().FirstOrDefault();
        if (properties is null)
        {
            return null;
        }

        var copy = (RunProperties)properties.CloneNode(true);
        // The placeholder style greys the text in Word and the shading marks the field; the filled value
        // must print in the body colour, unshaded.
        if (copy.RunStyle?.Val?.Value == "PlaceholderText")
        {
            copy.RunStyle.Remove();
        }

        copy.Shading?.Remove();

        return copy;
    }

    /// <summary>
    /// The paragraph formatting a block field's value is written with: its first paragraph's properties, copied
    /// without the paragraph mark's run properties.
    /// </summary>
    internal static ParagraphProperties? ValueParagraphProperties(OpenXmlElement content)
    {
        var first = content.GetFirstChild<Paragraph>() ?? content.Descendants<Paragraph>().FirstOrDefault();
        if (first?.GetFirstChild<ParagraphProperties>() is not { } properties)
        {
            return null;
        }

        return ValueCopy(properties);
    }

    // A paragraph's properties as a value's paragraph takes them: without the paragraph mark's run properties.
    private static ParagraphProperties ValueCopy(ParagraphProperties properties)
    {
        var copy = (ParagraphProperties)properties.CloneNode(true);
        copy.ParagraphMarkRunProperties?.Remove();
        return copy;
    }

    /// <summary>One fill: a single forward walk over the tree, mutating it in place.</summary>
    private sealed class FillPass(DocumentData data, HashSet<string>? used)
    {
        public HashSet<string>? Used => used;

        public void Process(OpenXmlElement container, IReadOnlyDictionary<string, string>? row)
        {
            var child = container.FirstChild;
            while (child is not null)
            {
                var next = child.NextSibling();
                if (child is SdtElement sdt)
                {
                    Handle(sdt, row);
                }
                else if (child.HasChildren && !IsLeaf(child))
                {
                    Process(child, row);
                }

                child = next;
            }
        }

        // Nothing below these elements can hold a content control; skipping them keeps the walk short.
        private static bool IsLeaf(OpenXmlElement element) =>
            element is Run or ParagraphProperties or RunProperties or TableProperties or TableGrid
                or TableRowProperties or TableCellProperties or SectionProperties;

        private void ProcessInserted(OpenXmlElement element, IReadOnlyDictionary<string, string>? row)
        {
            if (element is SdtElement sdt)
            {
                Handle(sdt, row);
            }
            else if (element.HasChildren && !IsLeaf(element))
            {
                Process(element, row);
            }
        }

        private string? Lookup(string tag, IReadOnlyDictionary<string, string>? row)
        {
            if (row is not null && row.TryGetValue(tag, out var own))
            {
                return own;
            }

            return data.Fields.TryGetValue(tag, out var value) ? value : null;
        }

        private void Handle(SdtElement sdt, IReadOnlyDictionary<string, string>? row)
        {
            var content = ContentOf(sdt);
            var tag = sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
            if (content is null)
            {
                Remove(sdt);
                return;
            }

            if (string.IsNullOrEmpty(tag))
            {
                Unwrap(sdt, content, row);
                return;
            }

            if (tag.StartsWith(ConditionalPrefix, StringComparison.Ordinal))
            {
                var field = tag[ConditionalPrefix.Length..];
                used?.Add(field);
                if (string.IsNullOrWhiteSpace(Lookup(field, row)))
                {
                    MarkNestedTags(content);
                    Remove(sdt);
                }
                else
                {
                    Unwrap(sdt, content, row);
                }

                return;
            }

            used?.Add(tag);
            if (row is null && data.Sections.TryGetValue(tag, out var rows))
            {
                Repeat(sdt, content, rows);
                return;
            }

            var value = Lookup(tag, row);
            if (value is null && HasNestedControl(content))
            {
                Repeat(sdt, content, []);
                return;
            }

            FillScalar(sdt, content, value ?? string.Empty);
        }

        private static OpenXmlElement? ContentOf(SdtElement sdt)
        {
            foreach (var child in sdt.ChildElements)
            {
                if (child is SdtContentBlock or SdtContentRun or SdtContentRow or SdtContentCell)
                {
                    return child;
                }
            }

            return null;
        }

        private static bool HasNestedControl(OpenXmlElement content) => content.Descendants<SdtElement>().Any();

        private void MarkNestedTags(OpenXmlElement content)
        {
            if (used is null)
            {
                return;
            }

            foreach (var tag in content.Descendants<Tag>())
            {
                if (tag.Val?.Value is { } name)
                {
                    used.Add(name.StartsWith(ConditionalPrefix, StringComparison.Ordinal) ? name[ConditionalPrefix.Length..] : name);
                }
            }
        }

        private void Unwrap(SdtElement sdt, OpenXmlElement content, IReadOnlyDictionary<string, string>? row)
        {
            var parent = sdt.Parent!;
            var moved = content.ChildElements.ToArray();
            foreach (var element in moved)
            {
                element.Remove();
                parent.InsertBefore(element, sdt);
            }

            sdt.Remove();
            foreach (var element in moved)
            {
                ProcessInserted(element, row);
            }

            RepairEmpty(parent);
        }

        private void Repeat(SdtElement sdt, OpenXmlElement content, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
        {
            MarkNestedTags(content);
            var parent = sdt.Parent!;
            var template = content.ChildElements.ToArray();
            foreach (var item in rows)
            {
                foreach (var element in template)
                {
                    var clone = FrozenXml.CloneTemplate(element);
                    parent.InsertBefore(clone, sdt);
                    ProcessInserted(clone, item);
                }
            }

            Remove(sdt);
        }

        private static void Remove(SdtElement sdt)
        {
            var parent = sdt.Parent;
            sdt.Remove();
            if (parent is not null)
            {
                RepairEmpty(parent);
            }
        }

        // A table cell must end with a paragraph and a table needs a row: removing optional content must
        // not leave the document invalid (Word refuses to open it).
        private static void RepairEmpty(OpenXmlElement parent)
        {
            switch (parent)
            {
                case TableCell cell when cell.LastChild is not Paragraph and not Table and not SdtBlock:
                    cell.AppendChild(new Paragraph());
                    break;
                case Table table when table.GetFirstChild<TableRow>() is null && table.GetFirstChild<SdtRow>() is null:
                    var outer = table.Parent;
                    table.Remove();
                    if (outer is not null)
                    {
                        RepairEmpty(outer);
                    }

                    break;
            }
        }

        private static void FillScalar(SdtElement sdt, OpenXmlElement content, string value)
        {
            var parent = sdt.Parent!;
            switch (content)
            {
                case SdtContentRun:
                    parent.InsertBefore(BuildRun(FirstRunProperties(content), value, breakLines: true), sdt);
                    break;
                case SdtContentCell:
                    foreach (var cell in content.Elements<TableCell>().ToArray())
                    {
                        var paragraph = cell.GetFirstChild<Paragraph>();
                        var properties = FirstRunProperties(cell);
                        foreach (var block in cell.Elements().Where(e => e is Paragraph or Table or SdtBlock).ToArray())
                        {
                            block.Remove();
                        }

                        foreach (var filled in BuildParagraphs(paragraph?.GetFirstChild<ParagraphProperties>(), properties, value))
                        {
                            cell.AppendChild(filled);
                        }

                        cell.Remove();
                        parent.InsertBefore(cell, sdt);
                        value = string.Empty;
                    }

                    break;
                case SdtContentRow:
                    // A row-level control without a section is not a field: keep its rows as they are.
                    foreach (var element in content.ChildElements.ToArray())
                    {
                        element.Remove();
                        parent.InsertBefore(element, sdt);
                    }

                    break;
                case IPreparedContent { Prepared: true } prepared:
                    foreach (var filled in BuildParagraphs(prepared.ValueParagraphProperties, prepared.ValueRunProperties, value, preparedProperties: true))
                    {
                        parent.InsertBefore(filled, sdt);
                    }

                    break;
                default:
                    var first = content.GetFirstChild<Paragraph>() ?? content.Descendants<Paragraph>().FirstOrDefault();
                    foreach (var filled in BuildParagraphs(first?.GetFirstChild<ParagraphProperties>(), FirstRunProperties(content), value))
                    {
                        parent.InsertBefore(filled, sdt);
                    }

                    break;
            }

            sdt.Remove();
            RepairEmpty(parent);
        }

        // The value formatting of a field's content was worked out when the template was prepared.
        private static RunProperties? FirstRunProperties(OpenXmlElement scope) =>
            scope is IPreparedContent { Prepared: true } prepared
                ? prepared.ValueRunProperties is { } properties ? FrozenXml.CloneTemplate(properties) : null
                : ValueRunProperties(scope);

        /// <summary>
        /// One paragraph per line. <paramref name="preparedProperties"/>: the properties are the value's own, worked
        /// out when the template was prepared (<see cref="ValueParagraphProperties"/>), and are only copied.
        /// </summary>
        private static IEnumerable<Paragraph> BuildParagraphs(ParagraphProperties? paragraphProperties, RunProperties? runProperties, string value, bool preparedProperties = false)
        {
            var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            foreach (var line in lines)
            {
                var paragraph = new Paragraph();
                if (paragraphProperties is not null && preparedProperties)
                {
                    paragraph.AppendChild(FrozenXml.CloneTemplate(paragraphProperties));
                }
                else if (paragraphProperties is not null)
                {
                    paragraph.AppendChild(ValueCopy(paragraphProperties));
                }

                if (line.Length > 0)
                {
                    paragraph.AppendChild(BuildRun(runProperties is null ? null : FrozenXml.CloneTemplate(runProperties), line, breakLines: false));
                }

                yield return paragraph;
            }
        }

        private static Run BuildRun(RunProperties? properties, string value, bool breakLines)
        {
            var run = new Run();
            if (properties is not null)
            {
                run.AppendChild(properties);
            }

            var text = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    continue;
                }

                if (c is '\n' or '\r' or '\t')
                {
                    Flush(run, text);
                    run.AppendChild<OpenXmlElement>(c == '\t' ? new TabChar() : breakLines ? new Break() : new Text(" "));
                }
                else if (c >= ' ' || char.IsSurrogate(c))
                {
                    text.Append(c);
                }
            }

            Flush(run, text);
            return run;
        }

        private static void Flush(Run run, StringBuilder text)
        {
            if (text.Length == 0)
            {
                return;
            }

            var value = text.ToString();
            var element = new Text(value);
            if (value[0] == ' ' || value[^1] == ' ')
            {
                element.Space = SpaceProcessingModeValues.Preserve;
            }

            run.AppendChild(element);
            text.Clear();
        }
    }
}

/// <summary>The data names fields the template does not have (strict mode only).</summary>
public sealed class TemplateFieldException(string message, IReadOnlyList<string> unknownTags) : Exception(message)
{
    public IReadOnlyList<string> UnknownTags { get; } = unknownTags;
}
