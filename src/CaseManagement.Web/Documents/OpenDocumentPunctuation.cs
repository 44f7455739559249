using System.IO.Compression;
using System.Xml.Linq;

namespace CaseManagement.Web.Documents;

/// <summary>
/// GB/T 9704: nothing stands outside the text block, so punctuation may not hang into the right margin. In an
/// OpenDocument text file that is <c>style:punctuation-wrap="simple"</c> on every paragraph's properties — the
/// default style, the named styles and the automatic ones — which is what the kept-running LibreOffice sets through
/// UNO (ParaIsHangingPunctuation = false) on a loaded document.
/// </summary>
public static class OpenDocumentPunctuation
{
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /// <summary>
    /// Rewrites the styles and content of the .odt file in place. A paragraph style that states no properties of its own
    /// inherits them, and the default paragraph style LibreOffice writes always states them.
    /// </summary>
    public static void KeepInsideTextBlock(string odtPath)
    {
        using var archive = ZipFile.Open(odtPath, ZipArchiveMode.Update);
        foreach (var name in new[] { "styles.xml", "content.xml" })
        {
            if (archive.GetEntry(name) is not { } entry)
            {
                continue;
            }

            using var stream = entry.Open();
            var xml = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
            foreach (var properties in xml.Descendants(Style + "paragraph-properties"))
            {
                properties.SetAttributeValue(Style + "punctuation-wrap", "simple");
            }

            stream.SetLength(0);
            xml.Save(stream, SaveOptions.DisableFormatting);
        }
    }
}
