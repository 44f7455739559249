using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>Edits a template the way an administrator would in Word: add text, delete a field.</summary>
internal static class DocxEdits
{
    public static byte[] AppendParagraph(byte[] docx, string text) => Edit(docx, body =>
        body.InsertBefore(new Paragraph(new Run(new Text(text))), body.GetFirstChild<SectionProperties>()));

    public static byte[] RemoveControl(byte[] docx, string tag) => Edit(docx, body =>
    {
        foreach (var sdt in body.Descendants<SdtElement>().Where(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag).ToList())
        {
            var parent = sdt.Parent!;
            sdt.Remove();
            if (parent is TableCell cell && !cell.Elements<Paragraph>().Any())
            {
                cell.AppendChild(new Paragraph());
            }
        }
    });

    private static byte[] Edit(byte[] docx, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(document.MainDocumentPart!.Document!.Body!);
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }
}
