using CaseManagement.Web.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents;

public sealed class DocxTemplateFillerTests
{
    public static TheoryData<string> Names => TemplateNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void Fill_WhenEveryFieldHasAValue_ProducesValidDocumentWithValuesAndNoControls(string name)
    {
        var contract = DocumentDefinitions.Get(name).Contract;
        var data = SampleData(contract);

        var output = Fill(name, data, strict: true);

        Assert.Empty(ValidationErrors(output));
        Assert.Equal(0, Read(output, d => Body(d).Descendants<SdtElement>().Count()));
        var text = Text(output);
        Assert.All(data.Fields.Values, value => Assert.Contains(value, text));
        Assert.All(data.Sections.Values.SelectMany(rows => rows).SelectMany(row => row.Values), value => Assert.Contains(value, text));
        Assert.DoesNotContain("［", text);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Fill_WhenNoData_LeavesBlanksAndStaysValid(string name)
    {
        var output = Fill(name, new DocumentData());

        Assert.Empty(ValidationErrors(output));
        Assert.Equal(0, Read(output, d => Body(d).Descendants<SdtElement>().Count()));
        Assert.DoesNotContain("［", Text(output));
    }

    [Fact]
    public void Fill_WhenTableSectionHasRows_ClonesOneRowPerItem()
    {
        var data = new DocumentData().Set("caseNumber", "博环立〔2025〕3号");
        for (var i = 1; i <= 20; i++)
        {
            data.AddRow("entries", ("entryNo", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("entryTitle", $"文书{i}"));
        }

        var output = Fill("file-index", data);

        var rows = Read(output, d => Body(d).Descendants<TableRow>().Select(r => r.InnerText).ToList());
        Assert.Equal(21, rows.Count);
        Assert.Equal("20文书20", rows[^1]);
    }

    [Fact]
    public void Fill_WhenParagraphSectionHasRows_WritesOneParagraphPerItemInOrder()
    {
        var data = new DocumentData()
            .AddRow("evidence", ("evidenceNo", "1"), ("evidenceName", "现场检查（勘察）笔录"), ("evidenceDescription", "证明未批先建"))
            .AddRow("evidence", ("evidenceNo", "2"), ("evidenceName", "调查询问笔录"), ("evidenceDescription", "证明投资额"));

        var text = Text(Fill("penalty-decision", data));

        var first = text.IndexOf("1．现场检查（勘察）笔录：证明未批先建", StringComparison.Ordinal);
        var second = text.IndexOf("2．调查询问笔录：证明投资额", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, text);
    }

    [Fact]
    public void Fill_WhenSectionHasNoRows_RemovesTheTemplateRows()
    {
        var output = Fill("file-index", new DocumentData().Section("entries"));

        Assert.Equal(1, Read(output, d => Body(d).Descendants<TableRow>().Count()));
        Assert.Empty(ValidationErrors(output));
    }

    [Fact]
    public void Fill_WhenOptionalFieldIsEmpty_RemovesTheParagraph()
    {
        var data = SampleData(DocumentDefinitions.Of<PenaltyDecisionDocument>().Contract).Set("investmentFinding", "").Set("lawComparison", null);

        var text = Text(Fill("penalty-decision", data));

        Assert.DoesNotContain("关于建设项目总投资额的认定", text);
        Assert.DoesNotContain("从旧兼从轻", text);
        Assert.Contains("值〈correctionOrder〉", text);
    }

    [Fact]
    public void Fill_WhenOptionalFieldIsFilled_KeepsTheParagraphWithItsValue()
    {
        var data = new DocumentData().Set("investmentFinding", "依据施工合同认定总投资额为人民币800万元");

        var text = Text(Fill("penalty-decision", data));

        Assert.Contains("关于建设项目总投资额的认定：依据施工合同认定总投资额为人民币800万元", text);
    }

    [Fact]
    public void Fill_WhenBlockValueHasLines_WritesOneIndentedParagraphPerLine()
    {
        var data = new DocumentData().Set("facts", "第一段事实。\r\n第二段事实。");

        var paragraphs = Read(Fill("penalty-decision", data), d => Body(d).Elements<Paragraph>()
            .Where(p => p.InnerText.EndsWith("段事实。", StringComparison.Ordinal))
            .Select(p => (p.InnerText, p.ParagraphProperties?.Indentation?.FirstLineChars?.Value)).ToList());

        Assert.Equal([("第一段事实。", 200), ("第二段事实。", 200)], paragraphs);
    }

    [Fact]
    public void Fill_WhenInlineValueHasLines_WritesLineBreaks()
    {
        var data = new DocumentData().Set("partyAddress", "博兴县城东街1号\n（厂区）");

        var output = Fill("penalty-decision", data);

        var run = Read(output, d => Body(d).Descendants<Run>().First(r => r.InnerText.StartsWith("博兴县", StringComparison.Ordinal)).CloneNode(true));
        Assert.Single(run.Elements<Break>());
        Assert.Equal("博兴县城东街1号（厂区）", run.InnerText);
    }

    [Fact]
    public void Fill_WhenValueReplacesPlaceholder_KeepsThePlaceholderRunFormatting()
    {
        var data = new DocumentData().Set("organisationName", "滨州市生态环境局博兴分局").Set("partyName", "某某化工有限公司");

        var output = Fill("penalty-decision", data);

        var (title, party) = Read(output, d =>
        {
            var runs = Body(d).Descendants<Run>().ToList();
            return (runs.First(r => r.InnerText == "滨州市生态环境局博兴分局").RunProperties!.CloneNode(true),
                runs.First(r => r.InnerText == "某某化工有限公司").RunProperties!.CloneNode(true));
        });
        Assert.Equal("方正小标宋简体", ((RunProperties)title).RunFonts!.EastAsia!.Value);
        Assert.Equal("44", ((RunProperties)title).FontSize!.Val!.Value);
        Assert.Equal("仿宋_GB2312", ((RunProperties)party).RunFonts!.EastAsia!.Value);
        Assert.Equal("32", ((RunProperties)party).FontSize!.Val!.Value);
    }

    [Fact]
    public void Fill_WhenStrictAndDataHasUnknownField_Throws()
    {
        var data = new DocumentData().Set("partyName", "某公司").Set("noSuchField", "x").AddRow("evidence", ("evidenceNo", "1"), ("bogus", "y"));

        var error = Assert.Throws<TemplateFieldException>(() => Fill("penalty-decision", data, strict: true));

        Assert.Equal(["noSuchField", "evidence/bogus"], error.UnknownTags);
    }

    [Fact]
    public void Fill_WhenNotStrictAndDataHasUnknownField_IgnoresIt()
    {
        var data = new DocumentData().Set("partyName", "某公司").Set("noSuchField", "不应出现");

        var text = Text(Fill("penalty-decision", data));

        Assert.Contains("当事人：某公司", text);
        Assert.DoesNotContain("不应出现", text);
    }

    [Fact]
    public void Fill_WhenStrictAndOptionalParagraphRemoved_StillKnowsItsFields()
    {
        var data = new DocumentData().Set("investmentFinding", "").Set("fineAmount", "50000.00");

        var output = Fill("penalty-decision", data, strict: true);

        Assert.Contains("罚款人民币50000.00元", Text(output));
    }

    [Fact]
    public void Fill_WhenGivenAStream_MatchesFillFromBytes()
    {
        var data = SampleData(DocumentDefinitions.Of<ServiceReceiptDocument>().Contract);
        using var stream = Store.Open("service-receipt");

        var fromStream = new DocxTemplateFiller().Fill(stream, data);

        Assert.Equal(Text(Fill("service-receipt", data)), Text(fromStream));
    }

    [Fact]
    public void Fill_WhenValueHasControlCharacters_DropsThemAndStaysValid()
    {
        var data = new DocumentData().Set("facts", "事实\u0001\u000B结束");

        var output = Fill("penalty-decision", data);

        Assert.Empty(ValidationErrors(output));
        Assert.Contains("事实结束", Text(output));
    }

    [Fact]
    public void Fill_WhenOptionalControlInTableCellIsRemoved_KeepsTheCellValid()
    {
        var template = BuildDocument(new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(new GridColumn { Width = "4000" }),
            new TableRow(new TableCell(new SdtBlock(
                new SdtProperties(new Tag { Val = "if:note" }),
                new SdtContentBlock(new Paragraph(new Run(new Text("备注")))))))));

        var output = new DocxTemplateFiller().Fill(template, new DocumentData());

        Assert.Empty(ValidationErrors(output));
        Assert.Equal(1, Read(output, d => Body(d).Descendants<TableCell>().Single().Elements<Paragraph>().Count()));
    }

    private static byte[] BuildDocument(params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(blocks));
        }

        return stream.ToArray();
    }
}

public sealed class PreparedTemplateTests
{
    [Fact]
    public void Fill_WhenPreparedTemplateIsReused_EachFillStartsFromTheTemplate()
    {
        var template = Store.Prepared("penalty-decision");
        var filler = new DocxTemplateFiller();

        var first = filler.Fill(template, new DocumentData().Set("partyName", "甲公司").AddRow("evidence", ("evidenceName", "笔录甲")));
        var second = filler.Fill(template, new DocumentData().Set("partyName", "乙公司"));

        Assert.Contains("甲公司", Text(first));
        Assert.Contains("笔录甲", Text(first));
        Assert.DoesNotContain("甲", Text(second));
        Assert.Contains("乙公司", Text(second));
    }

    [Fact]
    public void Fill_WhenSharedTemplateIsFilledInParallel_GivesTheSameDocumentAsASequentialFill()
    {
        var template = Store.Prepared("penalty-decision");
        var filler = new DocxTemplateFiller();
        var expected = Text(filler.Fill(template, SampleData(DocumentDefinitions.Of<PenaltyDecisionDocument>().Contract, rows: 20)));

        var texts = new string[16];
        Parallel.For(0, texts.Length, i => texts[i] = Text(filler.Fill(template, SampleData(DocumentDefinitions.Of<PenaltyDecisionDocument>().Contract, rows: 20))));

        Assert.All(texts, text => Assert.Equal(expected, text));
    }

    [Fact]
    public void Prepared_WhenFileUnchanged_ReturnsTheCachedTemplate()
    {
        var store = new TemplateStore(TemplateStore.DefaultFolder);

        var first = store.Prepared("service-receipt");
        var second = store.Prepared("service-receipt");

        Assert.Same(first, second);
    }

    [Fact]
    public void Load_WhenBytesAreNotADocx_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => PreparedTemplate.Load("PK not really"u8));
    }

    [Fact]
    public void Fill_WhenOutputIsReopened_KeepsTheUntouchedPartsOfTheTemplate()
    {
        var output = new DocxTemplateFiller().Fill(Store.Prepared("penalty-decision"), new DocumentData());

        var (styles, fonts, footer, title) = Read(output, d => (
            d.MainDocumentPart!.StyleDefinitionsPart?.Styles is not null,
            d.MainDocumentPart.FontTablePart?.Fonts?.Elements<Font>().Count(),
            string.Concat(d.MainDocumentPart.FooterParts.Select(f => f.Footer!.InnerText)),
            d.PackageProperties.Title));

        Assert.True(styles);
        Assert.Equal(6, fonts);
        Assert.Contains("PAGE", footer);
        Assert.Equal("行政处罚决定书", title);
    }

    [Theory]
    [MemberData(nameof(DocxTemplateFillerTests.Names), MemberType = typeof(DocxTemplateFillerTests))]
    public void Fill_WhenFilledPartsAreReadAndWrittenAgain_TheyAreTheSameBytes(string name)
    {
        var data = SampleData(DocumentDefinitions.Get(name).Contract, rows: 5);

        var output = Fill(name, data);

        using var package = new System.IO.Compression.ZipArchive(new MemoryStream(output));
        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var written = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(written);
            }

            var again = Read(output, d => Resave(d.MainDocumentPart!.GetPartsOfType<OpenXmlPart>().Prepend(d.MainDocumentPart)
                .FirstOrDefault(p => p.Uri.OriginalString.TrimStart('/') == entry.FullName)));
            if (again is not null)
            {
                Assert.Equal(written.ToArray(), again);
            }
        }
    }

    // What the OpenXml SDK writes for a part's elements: the pre-written template text must be exactly that.
    private static byte[]? Resave(OpenXmlPart? part)
    {
        if (part?.RootElement is not { } root)
        {
            return null;
        }

        using var stream = new MemoryStream();
        root.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Fill_WhenPackageIsWritten_KeepsTheTemplatesEntriesInOrderAndTheUnchangedOnesAsTheyWere()
    {
        var template = Store.Load("penalty-decision").ToArray();

        var output = new DocxTemplateFiller().Fill(Store.Prepared("penalty-decision"), new DocumentData());

        var before = Entries(template);
        var after = Entries(output);
        Assert.Equal(before.Select(e => e.Name), after.Select(e => e.Name));
        Assert.All(before.Zip(after).Where(p => p.First.Name != "word/document.xml"), p => Assert.Equal(p.First.Bytes, p.Second.Bytes));
    }

    private static List<(string Name, byte[] Bytes)> Entries(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }
}
