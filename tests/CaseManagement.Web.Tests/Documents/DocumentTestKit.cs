using CaseManagement.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents;

internal static class DocumentTestKit
{
    public static readonly TemplateStore Store = new(TemplateStore.DefaultFolder);

    public static TheoryData<string> TemplateNames()
    {
        var names = new TheoryData<string>();
        foreach (var contract in DocumentDefinitions.All.Select(d => d.Contract))
        {
            names.Add(contract.Name);
        }

        return names;
    }

    /// <summary>Every field gets a distinctive value and every section <paramref name="rows"/> rows.</summary>
    public static DocumentData SampleData(TemplateContract contract, int rows = 3)
    {
        var data = new DocumentData();
        foreach (var field in contract.Fields)
        {
            data.Set(field, $"值〈{field}〉");
        }

        foreach (var section in contract.Sections)
        {
            data.Section(section.Name);
            for (var i = 1; i <= rows; i++)
            {
                data.AddRow(section.Name, section.RowTags.ToDictionary(tag => tag, tag => $"行{i}〈{tag}〉"));
            }
        }

        return data;
    }

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    public static T Read<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    /// <summary>The document text, one paragraph per line.</summary>
    public static string Text(byte[] docx) =>
        Read(docx, d => string.Join("\n", Body(d).Descendants<Paragraph>().Select(p => p.InnerText)));

    public static byte[] Fill(string name, DocumentData data, bool strict = false) =>
        new DocxTemplateFiller(strict).Fill(Store.Load(name).Span, data);
}
