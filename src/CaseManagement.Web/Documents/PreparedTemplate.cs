using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CaseManagement.Web.Documents;

/// <summary>
/// A template parsed once: the document, header and footer parts that hold content controls as typed
/// DOM trees, and every other package entry as bytes. Immutable after loading and safe to share between
/// threads; each fill clones the trees it changes.
/// </summary>
public sealed class PreparedTemplate
{
    private readonly List<(string Name, byte[]? Bytes, int Root)> _entries;
    private readonly int _sizeHint;

    private PreparedTemplate(List<(string Name, byte[]? Bytes, int Root)> entries, IReadOnlyList<(string Entry, OpenXmlPartRootElement Root)> roots, int sizeHint)
    {
        _entries = entries;
        Roots = roots;
        _sizeHint = sizeHint;
    }

    internal IReadOnlyList<(string Entry, OpenXmlPartRootElement Root)> Roots { get; }

    public static PreparedTemplate Load(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var buffer = new MemoryStream();
        docx.CopyTo(buffer);
        return Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static PreparedTemplate Load(ReadOnlySpan<byte> docx)
    {
        var bytes = docx.ToArray();
        var roots = new List<(string Entry, OpenXmlPartRootElement Root)>();
        try
        {
            using (var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false))
            {
                var main = document.MainDocumentPart ?? throw new InvalidDataException("模板不是有效的 Word 文档：缺少正文部分。");
                AddRoot(roots, main, main.Document);
                foreach (var header in main.HeaderParts)
                {
                    AddRoot(roots, header, header.Header);
                }

                foreach (var footer in main.FooterParts)
                {
                    AddRoot(roots, footer, footer.Footer);
                }
            }

            var entries = new List<(string Name, byte[]? Bytes, int Root)>();
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                var root = roots.FindIndex(r => string.Equals(r.Entry, entry.FullName, StringComparison.OrdinalIgnoreCase));
                if (root >= 0)
                {
                    entries.Add((entry.FullName, null, root));
                    continue;
                }

                using var content = entry.Open();
                using var copy = new MemoryStream((int)entry.Length);
                content.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray(), -1));
            }

            if (roots.Any(r => !entries.Exists(e => e.Root >= 0 && e.Name.Equals(r.Entry, StringComparison.OrdinalIgnoreCase))))
            {
                throw new InvalidDataException("模板不是有效的 Word 文档：部件与压缩包条目不一致。");
            }

            return new PreparedTemplate(entries, roots, bytes.Length * 2 + 4096);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException)
        {
            throw new InvalidDataException("模板不是有效的 Word 文档（.docx）。", ex);
        }
    }

    // Only parts that hold content controls are filled; the rest are copied byte for byte.
    private static void AddRoot(List<(string, OpenXmlPartRootElement)> roots, OpenXmlPart part, OpenXmlPartRootElement? root)
    {
        if (root is null)
        {
            return;
        }

        // One full walk: it also makes sure the whole tree is materialised before threads share it.
        var hasControls = false;
        foreach (var element in root.Descendants())
        {
            hasControls |= element is DocumentFormat.OpenXml.Wordprocessing.SdtElement;
        }

        if (!hasControls)
        {
            return;
        }

        FrozenXml.Freeze(root);
        roots.Add((part.Uri.OriginalString.TrimStart('/'), root));
    }

    internal byte[] Write(OpenXmlPartRootElement[] filled)
    {
        using var output = new MemoryStream(_sizeHint);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes, root) in _entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                if (root >= 0)
                {
                    filled[root].Save(stream);
                }
                else
                {
                    stream.Write(bytes);
                }
            }
        }

        return output.ToArray();
    }
}
