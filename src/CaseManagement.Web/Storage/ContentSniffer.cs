using System.IO.Compression;
using System.Text;

namespace CaseManagement.Web.Storage;

/// <summary>The five kinds of evidence file accepted (视听资料、电子数据、书证的扫描件, 行政处罚法第四十六条).</summary>
public enum FileKind
{
    Image,
    Pdf,
    OfficeDocument,
    Audio,
    Video,
}

public sealed record SniffedType(string ContentType, string Extension, FileKind Kind);

/// <summary>
/// Decides what a file is from its bytes. The name and the client's Content-Type are what an attacker controls, so
/// neither is trusted; the only use of the declared extension is to tell apart .doc/.xls/.ppt, which share one
/// container format.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeadLength = 1024;

    public const string NotAllowedMessage = "文件内容与允许的类型不符（只接受图片、PDF、Office 文档、音频、视频）";

    private const string ExecutableMessage = "文件内容是网页、脚本或可执行程序，不能作为证据上传（只接受图片、PDF、Office 文档、音频、视频）";

    private const string MacroMessage = "含宏的 Office 文档不能作为证据上传，请另存为不含宏的格式（.docx、.xlsx、.pptx）后再上传";

    private const string LegacyOfficeMessage = NotAllowedMessage + "；旧版 Office 文档须以 .doc、.xls 或 .ppt 为扩展名";

    // Lowercase markers of content a browser would run if it were ever served inline. All are at least five bytes
    // long, so compressed image or audio data practically never contains one by chance.
    private static readonly byte[][] MarkupMarkers =
        [.. new[] { "<script", "<html", "<!doctype html", "<iframe", "<?php", "javascript:" }.Select(Encoding.ASCII.GetBytes)];

    private static readonly SniffedType Jpeg = new("image/jpeg", ".jpg", FileKind.Image);
    private static readonly SniffedType Png = new("image/png", ".png", FileKind.Image);
    private static readonly SniffedType Gif = new("image/gif", ".gif", FileKind.Image);
    private static readonly SniffedType Bmp = new("image/bmp", ".bmp", FileKind.Image);
    private static readonly SniffedType Tiff = new("image/tiff", ".tif", FileKind.Image);
    private static readonly SniffedType WebP = new("image/webp", ".webp", FileKind.Image);
    private static readonly SniffedType Heic = new("image/heic", ".heic", FileKind.Image);
    private static readonly SniffedType Heif = new("image/heif", ".heif", FileKind.Image);
    private static readonly SniffedType Avif = new("image/avif", ".avif", FileKind.Image);
    private static readonly SniffedType Pdf = new("application/pdf", ".pdf", FileKind.Pdf);
    private static readonly SniffedType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", FileKind.OfficeDocument);
    private static readonly SniffedType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", FileKind.OfficeDocument);
    private static readonly SniffedType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", FileKind.OfficeDocument);
    private static readonly SniffedType Doc = new("application/msword", ".doc", FileKind.OfficeDocument);
    private static readonly SniffedType Xls = new("application/vnd.ms-excel", ".xls", FileKind.OfficeDocument);
    private static readonly SniffedType Ppt = new("application/vnd.ms-powerpoint", ".ppt", FileKind.OfficeDocument);
    private static readonly SniffedType Mp3 = new("audio/mpeg", ".mp3", FileKind.Audio);
    private static readonly SniffedType Aac = new("audio/aac", ".aac", FileKind.Audio);
    private static readonly SniffedType Wav = new("audio/wav", ".wav", FileKind.Audio);
    private static readonly SniffedType Amr = new("audio/amr", ".amr", FileKind.Audio);
    private static readonly SniffedType AmrWb = new("audio/amr-wb", ".awb", FileKind.Audio);
    private static readonly SniffedType M4a = new("audio/mp4", ".m4a", FileKind.Audio);
    private static readonly SniffedType Mp4 = new("video/mp4", ".mp4", FileKind.Video);
    private static readonly SniffedType QuickTime = new("video/quicktime", ".mov", FileKind.Video);
    private static readonly SniffedType ThreeGp = new("video/3gpp", ".3gp", FileKind.Video);
    private static readonly SniffedType ThreeG2 = new("video/3gpp2", ".3g2", FileKind.Video);
    private static readonly SniffedType Avi = new("video/x-msvideo", ".avi", FileKind.Video);
    private static readonly SniffedType Mpeg = new("video/mpeg", ".mpg", FileKind.Video);

    /// <summary>
    /// Returns the type of the file whose first bytes are <paramref name="head"/> (up to <see cref="HeadLength"/>);
    /// <paramref name="filePath"/> is read only to list the entries of a ZIP container.
    /// Throws <see cref="FileRejectedException"/> for anything not on the allow-list.
    /// </summary>
    public static SniffedType Sniff(ReadOnlySpan<byte> head, string filePath, string declaredExtension)
    {
        // A valid image header followed by a page ("polyglot") would still run if some client sniffed it as HTML.
        if (ContainsMarkup(head))
        {
            throw new FileRejectedException(FileRejectionReason.ExecutableContent, ExecutableMessage);
        }

        var type = Recognise(head, filePath, declaredExtension);
        if (type is not null)
        {
            return type;
        }

        if (IsExecutable(head))
        {
            throw new FileRejectedException(FileRejectionReason.ExecutableContent, ExecutableMessage);
        }

        throw new FileRejectedException(FileRejectionReason.TypeNotAllowed, NotAllowedMessage);
    }

    private static SniffedType? Recognise(ReadOnlySpan<byte> head, string filePath, string declaredExtension)
    {
        if (head.StartsWith<byte>([0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        // "BM" alone is too short to trust: the BITMAPFILEHEADER's two reserved words must also be zero.
        if (head.Length >= 14 && head.StartsWith("BM"u8) && head[6..10].IndexOfAnyExcept((byte)0) < 0)
        {
            return Bmp;
        }

        if (head.StartsWith<byte>([0x49, 0x49, 0x2A, 0x00]) || head.StartsWith<byte>([0x4D, 0x4D, 0x00, 0x2A]))
        {
            return Tiff;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            var form = head[8..12];
            return form.SequenceEqual("WEBP"u8) ? WebP
                : form.SequenceEqual("WAVE"u8) ? Wav
                : form.SequenceEqual("AVI "u8) ? Avi
                : null;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return FromFileTypeBox(head);
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith<byte>([0x50, 0x4B, 0x03, 0x04]))
        {
            return FromOfficeOpenXml(filePath);
        }

        if (head.StartsWith<byte>([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // The compound file container also holds .msi installers and .msg mails: only the three Office names pass.
            return declaredExtension switch
            {
                ".doc" => Doc,
                ".xls" => Xls,
                ".ppt" => Ppt,
                _ => throw new FileRejectedException(FileRejectionReason.TypeNotAllowed, LegacyOfficeMessage),
            };
        }

        if (head.StartsWith("#!AMR\n"u8))
        {
            return Amr;
        }

        if (head.StartsWith("#!AMR-WB\n"u8))
        {
            return AmrWb;
        }

        if (head.StartsWith("ID3"u8))
        {
            return Mp3;
        }

        if (head.Length >= 3 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)
        {
            return FromFrameSync(head);
        }

        if (head.StartsWith<byte>([0x00, 0x00, 0x01, 0xBA]))
        {
            return Mpeg;
        }

        return null;
    }

    // ISO base media files (MP4, MOV, M4A, 3GP, HEIF) open with an ftyp box: size, "ftyp", major brand, minor
    // version, compatible brands. The major brand names the format; compatible brands decide when it does not.
    private static SniffedType? FromFileTypeBox(ReadOnlySpan<byte> head)
    {
        var major = Encoding.ASCII.GetString(head[8..12]);
        var boxSize = (int)Math.Min(head.Length, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(head));
        var compatible = new List<string>();
        for (var offset = 16; offset + 4 <= boxSize; offset += 4)
        {
            compatible.Add(Encoding.ASCII.GetString(head.Slice(offset, 4)));
        }

        if (major is "mif1" or "msf1")
        {
            return compatible.Contains("heic") || compatible.Contains("heix") ? Heic
                : compatible.Contains("avif") ? Avif
                : Heif;
        }

        return FromBrand(major) ?? compatible.Select(FromBrand).FirstOrDefault(t => t is not null);
    }

    private static SniffedType? FromBrand(string brand) => brand switch
    {
        "heic" or "heix" or "heim" or "heis" or "hevc" or "hevx" => Heic,
        "avif" or "avis" => Avif,
        "M4A " or "M4B " => M4a,
        "qt  " => QuickTime,
        _ when brand.StartsWith("3g2", StringComparison.Ordinal) => ThreeG2,
        _ when brand.StartsWith("3g", StringComparison.Ordinal) => ThreeGp,
        "isom" or "iso2" or "iso3" or "iso4" or "iso5" or "iso6" or "iso8" or "iso9" or "mp41" or "mp42" or "mp71"
            or "avc1" or "M4V " or "M4VH" or "M4VP" or "MSNV" or "dash" or "f4v " or "mmp4" or "XAVC" => Mp4,
        _ => null,
    };

    // MPEG audio frames begin with 11 set bits. Layer bits 00 mean an AAC ADTS frame; otherwise the version must
    // not be the reserved 01 and the bitrate and sample-rate indexes must not be the invalid 1111 and 11.
    private static SniffedType? FromFrameSync(ReadOnlySpan<byte> head)
    {
        if ((head[1] & 0xF6) == 0xF0)
        {
            return Aac;
        }

        var version = (head[1] >> 3) & 0b11;
        var layer = (head[1] >> 1) & 0b11;
        var bitrate = head[2] >> 4;
        var sampleRate = (head[2] >> 2) & 0b11;
        return version != 0b01 && layer != 0 && bitrate != 0b1111 && sampleRate != 0b11 ? Mp3 : null;
    }

    // Only the central directory is read: the entries are listed, never decompressed, so a ZIP bomb costs nothing.
    private static SniffedType? FromOfficeOpenXml(string filePath)
    {
        try
        {
            using var archive = ZipFile.OpenRead(filePath);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml", StringComparer.Ordinal))
            {
                return null;
            }

            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                throw new FileRejectedException(FileRejectionReason.MacroDocument, MacroMessage);
            }

            return names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                : names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                : names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)) ? Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)
        || head.StartsWith<byte>([0x7F, 0x45, 0x4C, 0x46])
        || head.StartsWith<byte>([0xFE, 0xED, 0xFA, 0xCE]) || head.StartsWith<byte>([0xFE, 0xED, 0xFA, 0xCF])
        || head.StartsWith<byte>([0xCE, 0xFA, 0xED, 0xFE]) || head.StartsWith<byte>([0xCF, 0xFA, 0xED, 0xFE])
        || head.StartsWith<byte>([0xCA, 0xFE, 0xBA, 0xBE])
        || head.StartsWith("#!"u8);

    private static bool ContainsMarkup(ReadOnlySpan<byte> head)
    {
        Span<byte> lower = stackalloc byte[Math.Min(head.Length, HeadLength)];
        head[..lower.Length].CopyTo(lower);
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] is >= (byte)'A' and <= (byte)'Z')
            {
                lower[i] = (byte)(lower[i] | 0x20);
            }
        }

        foreach (var marker in MarkupMarkers)
        {
            if (lower.IndexOf(marker) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
