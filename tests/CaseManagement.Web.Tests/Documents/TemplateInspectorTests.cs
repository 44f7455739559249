using CaseManagement.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents;

public sealed class TemplateInspectorTests
{
    [Fact]
    public void MissingTags_WhenAFieldControlWasDeleted_ReportsIt()
    {
        var revised = Edit("penalty-decision", body => RemoveControl(body, "fineUppercase"));

        var missing = TemplateInspector.MissingTags(new MemoryStream(revised), DocumentDefinitions.Of<PenaltyDecisionDocument>().Contract);

        Assert.Equal(["fineUppercase"], missing);
    }

    [Fact]
    public void MissingTags_WhenARowTagWasMovedOutOfItsSection_ReportsTheQualifiedTag()
    {
        var revised = Edit("penalty-decision", body =>
        {
            var control = Control(body, "evidenceDescription");
            control.Remove();
            body.InsertBefore(new Paragraph(control), body.GetFirstChild<SectionProperties>());
        });

        var missing = TemplateInspector.MissingTags(new MemoryStream(revised), DocumentDefinitions.Of<PenaltyDecisionDocument>().Contract);

        Assert.Equal(["evidence/evidenceDescription"], missing);
    }

    [Fact]
    public void MissingTags_WhenAnOptionalParagraphWasUnwrapped_ReportsTheIfTag()
    {
        var revised = Edit("advance-notice", body => RemoveControl(body, "if:hearingDeadlineText"));

        var missing = TemplateInspector.MissingTags(new MemoryStream(revised), DocumentDefinitions.Of<AdvanceNoticeDocument>().Contract);

        Assert.Contains("if:hearingDeadlineText", missing);
    }

    [Fact]
    public void MissingTags_WhenFileIsNotADocx_ThrowsInvalidData()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            TemplateInspector.MissingTags(new MemoryStream("not a word file"u8.ToArray()), DocumentDefinitions.Of<ServiceReceiptDocument>().Contract));

        Assert.Contains("不是有效的 Word 文档", error.Message);
    }

    [Fact]
    public void MissingTags_WhenTemplateOfAnotherDocumentIsUploaded_ListsWhatItLacks()
    {
        using var stream = Store.Open("service-receipt");

        var missing = TemplateInspector.MissingTags(stream, DocumentDefinitions.Of<PenaltyDecisionDocument>().Contract);

        Assert.Contains("fineAmount", missing);
        Assert.Contains("evidence", missing);
        Assert.DoesNotContain("organisationName", missing);
    }

    private static SdtElement Control(Body body, string tag) =>
        body.Descendants<SdtElement>().First(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag);

    // Deleting a control but keeping its text is what an editor in Word does with "Remove Content Control".
    private static void RemoveControl(Body body, string tag)
    {
        var control = Control(body, tag);
        var content = control.ChildElements.First(c => c is not SdtProperties and not SdtEndCharProperties);
        foreach (var child in content.ChildElements.ToList())
        {
            child.Remove();
            control.InsertBeforeSelf(child);
        }

        control.Remove();
    }

    private static byte[] Edit(string name, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(Store.Load(name).Span);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(Body(document));
        }

        return stream.ToArray();
    }
}
