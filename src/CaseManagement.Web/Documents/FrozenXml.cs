using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseManagement.Web.Documents;

/// <summary>
/// The formatting elements of a prepared template that a fill never changes (runs, run, paragraph and cell
/// properties), each holding the XML it was written as when the template was prepared. Writing a filled part
/// copies that text instead of walking the element again, which is where most of a fill's time went. The
/// template's elements keep their children, and so do their copies wherever the filler reads formatting (inside a
/// cell field or a field not prepared); elsewhere a copy is bare (<see cref="IFrozen.Bare"/>). Copies taken inside
/// <see cref="CloneTemplate{T}"/> stay frozen; any other copy is an ordinary element, free to be changed.
/// </summary>
internal static class FrozenXml
{
    [ThreadStatic]
    private static bool cloning;

    [ThreadStatic]
    private static Capture? capturing;

    internal static bool Cloning => cloning;

    /// <summary>A deep copy of template content that will be filled; its frozen elements stay frozen.</summary>
    public static T CloneTemplate<T>(T element) where T : OpenXmlElement
    {
        var was = cloning;
        cloning = true;
        try
        {
            return (T)element.CloneNode(true);
        }
        finally
        {
            cloning = was;
        }
    }

    /// <summary>
    /// Replaces the part's unchanging elements by frozen ones and records the XML each is written as, by writing
    /// the part once; each field's content also gets the run formatting its value will be written with
    /// (<see cref="DocxTemplateFiller.ValueRunProperties"/>), frozen the same way. The part is then written again
    /// from the recorded text and must come out byte for byte as it was written before anything was recorded; if
    /// it does not, nothing is frozen and the part is written element by element as before.
    /// </summary>
    public static void Freeze(OpenXmlPartRootElement root)
    {
        var frozen = new List<IFrozen>();
        var contents = new List<IPreparedContent>();
        var candidates = new List<OpenXmlElement>();
        Collect(root, candidates);
        foreach (var element in candidates)
        {
            var replacement = Create(element);
            while (element.FirstChild is { } child)
            {
                child.Remove();
                replacement.AppendChild(child);
            }

            element.InsertBeforeSelf(replacement);
            element.Remove();
            if (replacement is IFrozen f)
            {
                frozen.Add(f);
            }
            else
            {
                contents.Add((IPreparedContent)replacement);
            }
        }

        var before = Write(root);

        // The value formatting is recorded where the value goes: inside the field, in the same namespace scope.
        // It is only ever copied into a filled part and written, so its copies need no children.
        var temporary = new List<OpenXmlElement>();
        foreach (var content in contents)
        {
            var element = (OpenXmlElement)content;
            if (DocxTemplateFiller.ValueRunProperties(element) is { } run)
            {
                content.ValueRunProperties = (RunProperties)Temporary(element, run, new FrozenRunProperties(), temporary, frozen);
            }

            if (content is PreparedSdtContentBlock && DocxTemplateFiller.ValueParagraphProperties(element) is { } paragraph)
            {
                content.ValueParagraphProperties = (ParagraphProperties)Temporary(element, paragraph, new FrozenParagraphProperties(), temporary, frozen);
            }
        }

        // Outside the content of a field the filler reads formatting from (a cell, or one not prepared), nothing
        // reads the children of a frozen element again: its copies are written from the recorded text alone.
        foreach (var element in frozen)
        {
            element.Bare = !((OpenXmlElement)element).Ancestors().Any(a => a is SdtContentCell || (a is SdtContentRun or SdtContentBlock && a is not IPreparedContent));
        }

        using var written = new MemoryStream();
        capturing = new Capture(written);
        try
        {
            root.Save(written);
        }
        finally
        {
            capturing = null;
        }

        foreach (var element in temporary)
        {
            element.Remove();
        }

        var bytes = written.ToArray();
        foreach (var element in frozen)
        {
            var (start, end) = element.Range;
            element.Xml = Encoding.UTF8.GetString(bytes, (int)start, (int)(end - start));
        }

        foreach (var content in contents)
        {
            content.Prepared = true;
        }

        if (!Write(root).AsSpan().SequenceEqual(before) || frozen.Any(f => !f.Xml!.StartsWith('<')))
        {
            foreach (var element in frozen)
            {
                element.Xml = null;
                element.Bare = false;
            }

            foreach (var content in contents)
            {
                content.Prepared = false;
                content.ValueRunProperties = null;
                content.ValueParagraphProperties = null;
            }
        }
    }

    private static OpenXmlElement Temporary(OpenXmlElement content, OpenXmlElement value, OpenXmlElement frozenValue, List<OpenXmlElement> temporary, List<IFrozen> frozen)
    {
        while (value.FirstChild is { } child)
        {
            child.Remove();
            frozenValue.AppendChild(child);
        }

        content.AppendChild(frozenValue);
        temporary.Add(frozenValue);
        frozen.Add((IFrozen)frozenValue);
        return frozenValue;
    }

    // Save closes the stream; ToArray still reads it.
    private static byte[] Write(OpenXmlPartRootElement root)
    {
        using var stream = new MemoryStream();
        root.Save(stream);
        return stream.ToArray();
    }

    // A namespace declared below the root is in scope only inside its element: a frozen text recorded there
    // could be copied to where it is not (an unwrapped control), so nothing below such an element is frozen.
    private static void Collect(OpenXmlElement parent, List<OpenXmlElement> candidates)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            if (Freezable(child))
            {
                candidates.Add(child);
            }

            if (child.HasChildren && !child.NamespaceDeclarations.Any())
            {
                Collect(child, candidates);
            }
        }
    }

    // Attributes and markup-compatibility attributes would have to be copied with each frozen copy; elements that
    // carry them are left as they are (templates written by the generator have none on these elements).
    private static bool Freezable(OpenXmlElement element) =>
        element is Run or RunProperties or ParagraphProperties or TableCellProperties or SdtContentRun or SdtContentBlock
        && element is not IFrozen and not IPreparedContent
        && !element.HasAttributes
        && element.MCAttributes is null;

    private static OpenXmlElement Create(OpenXmlElement element) => element switch
    {
        Run => new FrozenRun(),
        RunProperties => new FrozenRunProperties(),
        ParagraphProperties => new FrozenParagraphProperties(),
        TableCellProperties => new FrozenTableCellProperties(),
        SdtContentRun => new PreparedSdtContentRun(),
        _ => new PreparedSdtContentBlock(),
    };

    /// <summary>
    /// Starts writing a frozen element: true when its recorded text was written and nothing else is to be done;
    /// otherwise the element is written as usual and then <see cref="EndWrite"/> called.
    /// </summary>
    internal static bool BeginWrite(IFrozen element, XmlWriter writer)
    {
        if (capturing is { } capture)
        {
            // An empty raw write ends the parent's start tag, so the recorded text starts at this element's own '<'.
            writer.WriteRaw(string.Empty);
            writer.Flush();
            element.Range = (capture.Stream.Position, 0);
            return false;
        }

        if (element.Xml is { } xml)
        {
            writer.WriteRaw(xml);
            return true;
        }

        return false;
    }

    internal static void EndWrite(IFrozen element, XmlWriter writer)
    {
        if (capturing is { } capture)
        {
            writer.Flush();
            element.Range = (element.Range.Start, capture.Stream.Position);
        }
    }

    /// <summary>A prepared copy of a field's content: the same value formatting, the children copied as they are.</summary>
    internal static OpenXmlElement Copy<T>(T copy, IPreparedContent source) where T : OpenXmlElement, IPreparedContent
    {
        copy.Prepared = source.Prepared;
        copy.ValueRunProperties = source.ValueRunProperties;
        copy.ValueParagraphProperties = source.ValueParagraphProperties;
        for (var child = ((OpenXmlElement)source).FirstChild; child is not null; child = child.NextSibling())
        {
            copy.AppendChild(child.CloneNode(true));
        }

        return copy;
    }

    /// <summary>A frozen copy: the same recorded text, the children copied as they are.</summary>
    internal static OpenXmlElement Copy<T>(T copy, OpenXmlElement source) where T : OpenXmlElement, IFrozen
    {
        var frozen = (IFrozen)source;
        copy.Xml = frozen.Xml;
        copy.Bare = frozen.Bare;
        if (frozen.Bare)
        {
            return copy;
        }

        for (var child = source.FirstChild; child is not null; child = child.NextSibling())
        {
            copy.AppendChild(child.CloneNode(true));
        }

        return copy;
    }

    private sealed record Capture(MemoryStream Stream);
}

internal interface IFrozen
{
    string? Xml { get; set; }

    /// <summary>Whether copies leave the children out (nothing reads them; the recorded text is written).</summary>
    bool Bare { get; set; }

    (long Start, long End) Range { get; set; }
}

/// <summary>A field's content whose value formatting was worked out when the template was prepared.</summary>
internal interface IPreparedContent
{
    bool Prepared { get; set; }

    /// <summary>Frozen, shared by every fill: only ever copied (<see cref="FrozenXml.CloneTemplate{T}"/>), never inserted.</summary>
    RunProperties? ValueRunProperties { get; set; }

    /// <summary>As <see cref="ValueRunProperties"/>, for a block field's paragraphs.</summary>
    ParagraphProperties? ValueParagraphProperties { get; set; }
}

internal sealed class PreparedSdtContentRun : SdtContentRun, IPreparedContent
{
    public bool Prepared { get; set; }

    public RunProperties? ValueRunProperties { get; set; }

    public ParagraphProperties? ValueParagraphProperties { get; set; }

    public override OpenXmlElement CloneNode(bool deep) =>
        deep && FrozenXml.Cloning ? FrozenXml.Copy(new PreparedSdtContentRun(), this) : base.CloneNode(deep);
}

internal sealed class PreparedSdtContentBlock : SdtContentBlock, IPreparedContent
{
    public bool Prepared { get; set; }

    public RunProperties? ValueRunProperties { get; set; }

    public ParagraphProperties? ValueParagraphProperties { get; set; }

    public override OpenXmlElement CloneNode(bool deep) =>
        deep && FrozenXml.Cloning ? FrozenXml.Copy(new PreparedSdtContentBlock(), this) : base.CloneNode(deep);
}

internal sealed class FrozenRun : Run, IFrozen
{
    public string? Xml { get; set; }

    public bool Bare { get; set; }

    public (long Start, long End) Range { get; set; }

    public override void WriteTo(XmlWriter xmlWriter)
    {
        if (!FrozenXml.BeginWrite(this, xmlWriter))
        {
            base.WriteTo(xmlWriter);
            FrozenXml.EndWrite(this, xmlWriter);
        }
    }

    public override OpenXmlElement CloneNode(bool deep) =>
        deep && FrozenXml.Cloning ? FrozenXml.Copy(new FrozenRun(), this) : base.CloneNode(deep);
}

internal sealed class FrozenRunProperties : RunProperties, IFrozen
{
    public string? Xml { get; set; }

    public bool Bare { get; set; }

    public (long Start, long End) Range { get; set; }

    public override void WriteTo(XmlWriter xmlWriter)
    {
        if (!FrozenXml.BeginWrite(this, xmlWriter))
        {
            base.WriteTo(xmlWriter);
            FrozenXml.EndWrite(this, xmlWriter);
        }
    }

    public override OpenXmlElement CloneNode(bool deep) =>
        deep && FrozenXml.Cloning ? FrozenXml.Copy(new FrozenRunProperties(), this) : base.CloneNode(deep);
}

internal sealed class FrozenParagraphProperties : ParagraphProperties, IFrozen
{
    public string? Xml { get; set; }

    public bool Bare { get; set; }

    public (long Start, long End) Range { get; set; }

    public override void WriteTo(XmlWriter xmlWriter)
    {
        if (!FrozenXml.BeginWrite(this, xmlWriter))
        {
            base.WriteTo(xmlWriter);
            FrozenXml.EndWrite(this, xmlWriter);
        }
    }

    public override OpenXmlElement CloneNode(bool deep) =>
        deep && FrozenXml.Cloning ? FrozenXml.Copy(new FrozenParagraphProperties(), this) : base.CloneNode(deep);
}

internal sealed class FrozenTableCellProperties : TableCellProperties, IFrozen
{
    public string? Xml { get; set; }

    public bool Bare { get; set; }

    public (long Start, long End) Range { get; set; }

    public override void WriteTo(XmlWriter xmlWriter)
    {
        if (!FrozenXml.BeginWrite(this, xmlWriter))
        {
            base.WriteTo(xmlWriter);
            FrozenXml.EndWrite(this, xmlWriter);
        }
    }

    public override OpenXmlElement CloneNode(bool deep) =>
        deep && FrozenXml.Cloning ? FrozenXml.Copy(new FrozenTableCellProperties(), this) : base.CloneNode(deep);
}
