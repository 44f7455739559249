using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseManagement.Web.Documents;

/// <summary>
/// The formatting elements of a prepared template that a fill never changes (runs, run, paragraph and cell
/// properties), each holding the XML it was written as when the template was prepared. Writing a filled part
/// copies that text instead of walking the element again, which is where most of a fill's time went. The
/// elements keep their children, so whatever the filler reads from them is still there. Copies taken inside
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
    /// the part once. The part is then written again from the recorded text and must come out byte for byte the
    /// same; if it does not, nothing is frozen and the part is written element by element as before.
    /// </summary>
    public static void Freeze(OpenXmlPartRootElement root)
    {
        var frozen = new List<IFrozen>();
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
            frozen.Add((IFrozen)replacement);
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

        var bytes = written.ToArray();
        foreach (var element in frozen)
        {
            var (start, end) = element.Range;
            element.Xml = Encoding.UTF8.GetString(bytes, (int)start, (int)(end - start));
        }

        // Save closes the stream; ToArray still reads it.
        using var again = new MemoryStream();
        root.Save(again);
        if (!again.ToArray().AsSpan().SequenceEqual(bytes) || frozen.Any(f => !f.Xml!.StartsWith('<')))
        {
            foreach (var element in frozen)
            {
                element.Xml = null;
            }
        }
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
        element is Run or RunProperties or ParagraphProperties or TableCellProperties
        && element is not IFrozen
        && !element.HasAttributes
        && element.MCAttributes is null;

    private static OpenXmlElement Create(OpenXmlElement element) => element switch
    {
        Run => new FrozenRun(),
        RunProperties => new FrozenRunProperties(),
        ParagraphProperties => new FrozenParagraphProperties(),
        _ => new FrozenTableCellProperties(),
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

    /// <summary>A frozen copy: the same recorded text, the children copied as they are.</summary>
    internal static OpenXmlElement Copy<T>(T copy, OpenXmlElement source) where T : OpenXmlElement, IFrozen
    {
        copy.Xml = ((IFrozen)source).Xml;
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

    (long Start, long End) Range { get; set; }
}

internal sealed class FrozenRun : Run, IFrozen
{
    public string? Xml { get; set; }

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
