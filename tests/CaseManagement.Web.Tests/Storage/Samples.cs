using System.IO.Compression;
using System.Text;

namespace CaseManagement.Web.Tests.Storage;

/// <summary>Minimal files built in code: the leading bytes each format is recognised by, plus some body.</summary>
public static class Samples
{
    private static readonly byte[] Body = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("evidence body 0123456789 ", 20)));

    public static byte[] Get(string kind) => kind switch
    {
        "jpeg" => With([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8]),
        "png" => With([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8]),
        "gif" => With([.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]),
        "bmp" => With([.. "BM"u8, 0x46, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x36, 0x00, 0x00, 0x00, 0x28, 0x00]),
        "tiff" => With([0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00]),
        "webp" => With([.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8]),
        "heic" => With(FileTypeBox("heic", "mif1", "heic")),
        "heif" => With(FileTypeBox("mif1", "mif1")),
        "pdf" => With("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"u8.ToArray()),
        "docx" => OfficeOpenXml("word/document.xml"),
        "xlsx" => OfficeOpenXml("xl/workbook.xml"),
        "pptx" => OfficeOpenXml("ppt/presentation.xml"),
        "doc" => CompoundFile(),
        "mp3-id3" => With([.. "ID3"u8, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]),
        "mp3-frame" => With([0xFF, 0xFB, 0x90, 0x64, 0x00, 0x00]),
        "aac" => With([0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC]),
        "wav" => With([.. "RIFF"u8, 0x24, 0x08, 0x00, 0x00, .. "WAVEfmt "u8]),
        "amr" => With("#!AMR\n"u8.ToArray()),
        "m4a" => With(FileTypeBox("M4A ", "M4A ", "mp42", "isom")),
        "mp4" => With(FileTypeBox("isom", "isom", "iso2", "avc1", "mp41")),
        "mov" => With(FileTypeBox("qt  ", "qt  ")),
        "3gp" => With(FileTypeBox("3gp4", "isom", "3gp4")),
        "avi" => With([.. "RIFF"u8, 0x24, 0x08, 0x00, 0x00, .. "AVI LIST"u8]),
        "mpeg" => With([0x00, 0x00, 0x01, 0xBA, 0x44, 0x00, 0x04, 0x00]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        for (var i = 9; i < length; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        return bytes;
    }

    public static byte[] WindowsExecutable() =>
        With([.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. "This program cannot be run in DOS mode."u8]);

    public static byte[] LinuxExecutable() => With([0x7F, .. "ELF"u8, 0x02, 0x01, 0x01, 0x00]);

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><script>alert('x')</script></body></html>");

    public static byte[] ImageWithScript() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "<SCRIPT>document.cookie</SCRIPT>"u8];

    public static byte[] ShellScript() => "#!/bin/sh\nrm -rf /\n"u8.ToArray();

    public static byte[] PlainText() => Encoding.UTF8.GetBytes("现场检查笔录（纯文本）");

    public static byte[] PlainZip() => Zip(("readme.txt", "hello"));

    public static byte[] MacroDocument() =>
        Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"));

    public static byte[] CompoundFile() => With([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]);

    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    private static byte[] OfficeOpenXml(string mainPart) =>
        Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", "<Relationships/>"), (mainPart, "<document/>"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] FileTypeBox(string major, params string[] compatible)
    {
        var size = 16 + (4 * compatible.Length);
        return [0x00, 0x00, 0x00, (byte)size, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(major), 0x00, 0x00, 0x02, 0x00,
            .. compatible.SelectMany(Encoding.ASCII.GetBytes)];
    }

    private static byte[] With(byte[] header) => [.. header, .. Body];
}
