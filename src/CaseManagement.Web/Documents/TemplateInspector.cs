using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseManagement.Web.Documents;

/// <summary>Reads the content-control tags of a .docx, to check a template against its contract.</summary>
public static class TemplateInspector
{
    /// <summary>
    /// The contract's required tags that the template lacks, in contract order. Row tags are reported as
    /// <c>section/rowTag</c> and must sit inside the section's control; optional paragraphs as <c>if:field</c>.
    /// </summary>
    public static IReadOnlyList<string> MissingTags(Stream docx, TemplateContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var present = Tags(docx);
        return contract.RequiredTags().Where(tag => !present.Contains(tag)).ToList();
    }

    /// <summary>
    /// Every tag in the document body, headers and footers; a tag nested in another control is also listed
    /// qualified by its enclosing tags (<c>evidence/evidenceNo</c>).
    /// </summary>
    public static IReadOnlySet<string> Tags(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var tags = new HashSet<string>(StringComparer.Ordinal);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(docx, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new InvalidDataException("文件不是有效的 Word 文档（.docx）。", ex);
        }

        using (document)
        {
            var main = document.MainDocumentPart ?? throw new InvalidDataException("文件不是有效的 Word 文档：缺少正文部分。");
            if (main.Document?.Body is { } body)
            {
                Collect(body, null, tags);
            }

            foreach (var header in main.HeaderParts)
            {
                if (header.Header is { } root)
                {
                    Collect(root, null, tags);
                }
            }

            foreach (var footer in main.FooterParts)
            {
                if (footer.Footer is { } root)
                {
                    Collect(root, null, tags);
                }
            }
        }

        return tags;
    }

    private static void Collect(OpenXmlElement element, string? enclosing, HashSet<string> tags)
    {
        foreach (var child in element.ChildElements)
        {
            var scope = enclosing;
            if (child is SdtElement sdt && sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value is { Length: > 0 } tag)
            {
                tags.Add(tag);
                if (enclosing is not null)
                {
                    tags.Add(enclosing + "/" + tag);
                }

                // An if: wrapper does not start a section: tags inside it keep the enclosing section.
                if (!tag.StartsWith(DocxTemplateFiller.ConditionalPrefix, StringComparison.Ordinal))
                {
                    scope = enclosing is null ? tag : enclosing + "/" + tag;
                }
            }

            if (child.HasChildren)
            {
                Collect(child, scope, tags);
            }
        }
    }
}
