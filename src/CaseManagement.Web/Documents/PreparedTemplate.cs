using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CaseManagement.Web.Documents;

/// <summary>
/// A template parsed once: the document, header and footer parts that hold content controls as typed
/// DOM trees (their unchanging elements pre-written, <see cref="FrozenXml"/>), and every other package entry
/// compressed once, ready to be copied into each filled package. Immutable after loading and safe to share between
/// threads; each fill clones the trees it changes.
/// </summary>
public sealed class PreparedTemplate
{
    private readonly List<(string Name, ZipPackageWriter.Entry Entry, int Root)> _compressed;
    private readonly int _sizeHint;

    private PreparedTemplate(List<(string Name, byte[]? Bytes, int Root)> entries, IReadOnlyList<(string Entry, OpenXmlPartRootElement Root)> roots, int sizeHint)
    {
        Roots = roots;
        _sizeHint = sizeHint;

        // The parts no fill changes are compressed once; a filled part's entry stands in for its name only.
        _compressed = entries.Select(e => (e.Name, ZipPackageWriter.Compress(e.Name, s => s.Write(e.Root >= 0 ? [] : e.Bytes)), e.Root)).ToList();
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
        var written = new List<(ZipPackageWriter.Entry Entry, long Offset)>(_compressed.Count);
        var stamp = ZipPackageWriter.DosTime(DateTime.Now);
        foreach (var (_, entry, root) in _compressed)
        {
            var compressed = root >= 0 ? ZipPackageWriter.Compress(entry.Name, filled[root].Save) : entry;
            written.Add((compressed, output.Position));
            ZipPackageWriter.WriteLocal(output, compressed, stamp);
        }

        ZipPackageWriter.WriteDirectory(output, written, stamp);
        return output.ToArray();
    }
}

/// <summary>
/// Writes the package the way <see cref="ZipArchive"/> would with <see cref="CompressionLevel.Fastest"/>, but lets
/// the parts no fill changes be compressed once, when the template is prepared. A part is deflated through
/// <see cref="GZipStream"/>, whose trailer carries the CRC-32 the zip headers need (computed by zlib, as
/// <see cref="ZipArchive"/> does); the deflate data between gzip's fixed header and trailer is what a zip entry holds.
/// </summary>
internal static class ZipPackageWriter
{
    private const int GzipHeader = 10;
    private const int GzipTrailer = 8;

    internal sealed record Entry(string Name, byte[] NameBytes, bool Utf8Name, byte[] Deflated, int DeflatedStart, int DeflatedLength, uint Crc32, long Length);

    public static Entry Compress(string name, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            write(gzip);
        }

        var utf8 = name.Any(c => c > 0x7F);
        var bytes = buffer.GetBuffer();
        var length = (int)buffer.Length;
        if (length == 0)
        {
            // Nothing written, so no gzip member either: an empty part is one empty final deflate block.
            return new Entry(name, Encoding.UTF8.GetBytes(name), utf8, [0x03, 0x00], 0, 2, 0, 0);
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(length - GzipTrailer));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(length - 4));
        return new Entry(name, Encoding.UTF8.GetBytes(name), utf8, bytes, GzipHeader, length - GzipHeader - GzipTrailer, crc, size);
    }

    public static uint DosTime(DateTime time) =>
        (uint)(((time.Year - 1980) << 25) | (time.Month << 21) | (time.Day << 16) | (time.Hour << 11) | (time.Minute << 5) | (time.Second / 2));

    public static void WriteLocal(Stream output, Entry entry, uint stamp)
    {
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Flags(entry));
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], 8);
        BinaryPrimitives.WriteUInt32LittleEndian(header[10..], stamp);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)entry.DeflatedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)entry.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)entry.NameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        output.Write(header);
        output.Write(entry.NameBytes);
        output.Write(entry.Deflated, entry.DeflatedStart, entry.DeflatedLength);
    }

    public static void WriteDirectory(Stream output, List<(Entry Entry, long Offset)> entries, uint stamp)
    {
        var start = output.Position;
        Span<byte> header = stackalloc byte[46];
        foreach (var (entry, offset) in entries)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Flags(entry));
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 8);
            BinaryPrimitives.WriteUInt32LittleEndian(header[12..], stamp);
            BinaryPrimitives.WriteUInt32LittleEndian(header[16..], entry.Crc32);
            BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)entry.DeflatedLength);
            BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)entry.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)entry.NameBytes.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offset);
            output.Write(header);
            output.Write(entry.NameBytes);
        }

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(output.Position - start));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        output.Write(end);
    }

    // Bit 11: the name is UTF-8.
    private static ushort Flags(Entry entry) => entry.Utf8Name ? (ushort)0x0800 : (ushort)0;
}
