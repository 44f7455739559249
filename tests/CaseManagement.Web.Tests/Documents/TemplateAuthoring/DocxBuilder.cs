using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaseManagement.Web.Tests.Documents.TemplateAuthoring;

/// <summary>A piece of paragraph text: literal text or a tagged field.</summary>
internal abstract record Inline
{
    public static implicit operator Inline(string text) => new Literal(text);
}

internal sealed record Literal(string Text) : Inline;

internal sealed record Field(string Tag, string Label) : Inline;

/// <summary>A form table cell: label text, an inline field line, or a multi-line field (block control).</summary>
internal sealed record Cell(Inline[] Content, int Span = 1, bool Block = false, bool Centre = false);

/// <summary>
/// Builds a .docx laid out after GB/T 9704-2012: A4, margins 37/35/28/26 mm, title in 小标宋 二号,
/// body in 仿宋_GB2312 三号 on a fixed 28-pt line with a two-character first-line indent, level-1 headings in
/// 黑体 and level-2 in 楷体_GB2312, every run marked zh-CN (simplified glyphs), page numbers "— 1 —" in 宋体
/// 四号 7 mm below the text block at the outer edge one character in (odd pages right, even pages left, §7.5).
/// The closing lines (signing organisation, date) are kept on the page of the last paragraph.
/// </summary>
internal sealed class DocxBuilder
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";
    public const string SubheadingFont = "楷体_GB2312";
    public const string PageNumberFont = "宋体";
    public const string Latin = "Times New Roman";

    // Twips: A4 and the GB/T 9704 margins (1 mm = 56.7 twips).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 2098;
    private const int MarginBottom = 1984;
    private const int MarginLeft = 1587;
    private const int MarginRight = 1474;
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    // GB/T 9704 §7.5: the page number's line lies 7 mm below the text block; a 四号 line is about 5 mm high.
    private const int FooterDistance = MarginBottom - 397 - 284;

    // One 四号 character (14 pt): the page number stands this far in from the outer edge.
    private const int PageNumberIndent = 280;

    private readonly List<OpenXmlElement> _blocks = [];

    public static Field F(string tag, string label) => new(tag, label);

    public static Cell L(string text, int span = 1) => new([text], span, Centre: true);

    public static Cell V(string tag, string label, int span = 1) => new([F(tag, label)], span);

    public static Cell VB(string tag, string label, int span = 1) => new([F(tag, label)], span, Block: true);

    public static Cell C(int span, params Inline[] content) => new(content, span);

    /// <summary>Organisation name and document title, centred, 小标宋 22 pt.</summary>
    public DocxBuilder Title(string title)
    {
        _blocks.Add(TitleParagraph([F("organisationName", "机关名称")]));
        _blocks.Add(TitleParagraph([title]));
        return this;
    }

    /// <summary>The 发文字号 centred under the title, 仿宋 三号, with a blank line above.</summary>
    public DocxBuilder Number()
    {
        _blocks.Add(new Paragraph(Props(JustificationValues.Center, indent: false)));
        _blocks.Add(Para(Props(JustificationValues.Center, indent: false), InlineElements([F("documentNumber", "文号")], BodyRun)));
        _blocks.Add(new Paragraph(Props(JustificationValues.Center, indent: false)));
        return this;
    }

    public DocxBuilder P(params Inline[] content)
    {
        _blocks.Add(BodyParagraph(content));
        return this;
    }

    /// <summary>A paragraph without first-line indent (salutation lines such as “XX公司：”).</summary>
    public DocxBuilder Flush(params Inline[] content)
    {
        _blocks.Add(Para(Props(JustificationValues.Both, indent: false), InlineElements(content, BodyRun)));
        return this;
    }

    /// <summary>
    /// A label–value line of the party block, left-aligned: justified, a long unbreakable value (a credit
    /// code) that wraps would stretch the label across the whole line.
    /// </summary>
    public DocxBuilder Line(params Inline[] content)
    {
        _blocks.Add(Para(Props(JustificationValues.Left, indent: true), InlineElements(content, BodyRun)));
        return this;
    }

    /// <summary>A first-level heading (一、…) in 黑体 三号, as GB/T 9704 §7.3.3 prescribes; never last on a page.</summary>
    public DocxBuilder H(string text)
    {
        _blocks.Add(new Paragraph(KeepWithNext(Props(JustificationValues.Both, indent: true)), new Run(HeadingRun(), new Text(text))));
        return this;
    }

    /// <summary>A second-level heading (（一）…) in 楷体_GB2312 三号 (GB/T 9704 §7.3.3); never last on a page.</summary>
    public DocxBuilder H2(string text)
    {
        _blocks.Add(new Paragraph(KeepWithNext(Props(JustificationValues.Both, indent: true)), new Run(SubheadingRun(), new Text(text))));
        return this;
    }

    /// <summary>A multi-paragraph field: each line of the value becomes an indented body paragraph.</summary>
    public DocxBuilder Block(string tag, string label)
    {
        _blocks.Add(SdtBlockOf(tag, label, BodyParagraph([Placeholder(label)])));
        return this;
    }

    /// <summary>Paragraphs kept only when the named field is non-blank (tag <c>if:field</c>).</summary>
    public DocxBuilder Optional(string field, params Inline[][] paragraphs)
    {
        var content = paragraphs.Select(p => (OpenXmlElement)BodyParagraph(p)).ToArray();
        _blocks.Add(SdtBlockOf("if:" + field, "可选段落：" + field, content));
        return this;
    }

    /// <summary>A repeating section of paragraphs, one per row.</summary>
    public DocxBuilder Repeat(string section, string label, params Inline[] row)
    {
        _blocks.Add(SdtBlockOf(section, label, BodyParagraph(row)));
        return this;
    }

    /// <summary>A repeating section of several paragraphs per row (question and answer).</summary>
    public DocxBuilder RepeatParagraphs(string section, string label, params Inline[][] paragraphs)
    {
        _blocks.Add(SdtBlockOf(section, label, paragraphs.Select(p => (OpenXmlElement)BodyParagraph(p)).ToArray()));
        return this;
    }

    /// <summary>The standard evidence list: “1. 名称：证明内容”.</summary>
    public DocxBuilder EvidenceList() =>
        Repeat("evidence", "证据清单", F("evidenceNo", "序号"), "．", F("evidenceName", "证据名称"), "：", F("evidenceDescription", "证明内容"));

    /// <summary>
    /// The signature block: seal wording and date, right-aligned, with room above for the seal. The block and
    /// the paragraph before it keep together, so the organisation and date never stand alone on a page.
    /// </summary>
    public DocxBuilder Seal(string dateTag)
    {
        KeepLastWithNext();
        _blocks.Add(new Paragraph(KeepWithNext(Props(JustificationValues.Right, indent: false))));
        _blocks.Add(new Paragraph(KeepWithNext(Props(JustificationValues.Right, indent: false))));
        _blocks.Add(Para(KeepWithNext(Props(JustificationValues.Right, indent: false, rightChars: 400)), InlineElements([F("sealText", "印章")], BodyRun)));
        _blocks.Add(Para(Props(JustificationValues.Right, indent: false, rightChars: 400), InlineElements([F(dateTag, "日期")], BodyRun)));
        return this;
    }

    /// <summary>Signature lines on a record or form (handwritten on paper), kept together with what precedes them.</summary>
    public DocxBuilder Signatures(params string[] lines)
    {
        KeepLastWithNext();
        _blocks.Add(new Paragraph(KeepWithNext(Props(JustificationValues.Both, indent: false))));
        for (var i = 0; i < lines.Length; i++)
        {
            var properties = Props(JustificationValues.Both, indent: false);
            _blocks.Add(new Paragraph(i < lines.Length - 1 ? KeepWithNext(properties) : properties,
                new Run(BodyRun(), new Text(lines[i] + "：                    日期：") { Space = SpaceProcessingModeValues.Preserve })));
        }

        return this;
    }

    // The paragraph (or the last row of the table, or the last paragraph of a field) before a closing block
    // keeps with it.
    private void KeepLastWithNext()
    {
        if (_blocks.Count > 1 && _blocks[^1] is Paragraph spacer && _blocks[^2] is Table table)
        {
            // A form: its last row keeps with the spacer paragraph after it, which keeps with what follows.
            if (table.Descendants<TableRow>().LastOrDefault() is { } row)
            {
                foreach (var properties in row.Descendants<ParagraphProperties>())
                {
                    KeepWithNext(properties);
                }
            }

            KeepWithNext(spacer.ParagraphProperties!);
            return;
        }

        switch (_blocks.LastOrDefault())
        {
            case Paragraph paragraph when paragraph.ParagraphProperties is { } properties:
                KeepWithNext(properties);
                break;
            case SdtBlock block when block.Descendants<Paragraph>().LastOrDefault()?.ParagraphProperties is { } properties:
                KeepWithNext(properties);
                break;
        }
    }

    private static ParagraphProperties KeepWithNext(ParagraphProperties properties)
    {
        if (properties.GetFirstChild<KeepNext>() is null)
        {
            // pPr order: pStyle, keepNext, keepLines, ...
            if (properties.GetFirstChild<ParagraphStyleId>() is { } style)
            {
                style.InsertAfterSelf(new KeepNext());
            }
            else
            {
                properties.PrependChild(new KeepNext());
            }
        }

        return properties;
    }

    /// <summary>A bordered form of equal columns. Each row is a list of cells spanning <paramref name="columns"/>.</summary>
    public DocxBuilder Form(int columns, params OpenXmlElement[] rows) =>
        Form(columns == 4 ? LabelValueColumns : Enumerable.Repeat(TextWidth / columns, columns).ToArray(), rows);

    // label | value | label | value: labels six characters of 四号 wide (a long one wraps onto a second line),
    // values wider, so that a form fits its page.
    private static readonly int[] LabelValueColumns = [1980, 2700, 1700, TextWidth - 1980 - 2700 - 1700];

    /// <summary>
    /// A bordered form with the given column widths in twips (they should add up to <see cref="TextWidth"/>), so
    /// that a number such as 〔2026〕3号 or a date fits its column instead of breaking per character.
    /// <paramref name="fontHalfPoints"/> sets a smaller type for a dense table (24 = 小四).
    /// </summary>
    public DocxBuilder Form(int[] widths, OpenXmlElement[] rows, int? fontHalfPoints = null)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(rows);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var properties = new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa }));
        var table = new Table(properties, grid);
        foreach (var row in rows)
        {
            table.AppendChild(row);
        }

        // Each cell states its width (the sum of the grid columns it spans): LibreOffice lays out by the cells.
        foreach (var row in table.Descendants<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GetFirstChild<GridSpan>()?.Val?.Value ?? 1;
                var width = widths.Skip(column).Take(span).Sum();
                column += span;
                var cellWidth = cell.TableCellProperties!.GetFirstChild<TableCellWidth>()!;
                cellWidth.Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture);
                cellWidth.Type = TableWidthUnitValues.Dxa;
            }
        }

        if (fontHalfPoints is { } size)
        {
            var value = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var fontSize in table.Descendants<FontSize>())
            {
                fontSize.Val = value;
            }

            foreach (var fontSize in table.Descendants<FontSizeComplexScript>())
            {
                fontSize.Val = value;
            }

            foreach (var spacing in table.Descendants<SpacingBetweenLines>())
            {
                spacing.Line = (size * 14).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        _blocks.Add(table);

        // Word needs a paragraph after a table; kept one point high, it can never push a page of its own.
        _blocks.Add(new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "0", FirstLineChars = 0 }),
            new Run(new RunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }))));
        return this;
    }

    /// <summary>A form row; <paramref name="minHeight"/> in twips leaves room for handwriting.</summary>
    public static TableRow Row(int minHeight, params Cell[] cells)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit(), new TableRowHeight { Val = (uint)minHeight, HeightType = HeightRuleValues.AtLeast }));
        foreach (var cell in cells)
        {
            row.AppendChild(BuildCell(cell));
        }

        return row;
    }

    public static TableRow Row(params Cell[] cells) => Row(560, cells);

    /// <summary>A repeating table row: the row inside a content control tagged with the section name.</summary>
    public SdtRow RepeatRow(string section, string label, params Cell[] cells) =>
        new(SdtProps(section, label), new SdtContentRow(Row(cells)));

    public byte[] Save(string title)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = BuildStyles();
            var fonts = main.AddNewPart<FontTablePart>();
            fonts.Fonts = BuildFonts();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(
                new DefaultTabStop { Val = 420 },
                new EvenAndOddHeaders(),
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = BuildFooter(odd: true);
            var evenFooter = main.AddNewPart<FooterPart>();
            evenFooter.Footer = BuildFooter(odd: false);
            var body = new Body();
            foreach (var block in _blocks)
            {
                body.AppendChild(block);
            }

            body.AppendChild(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(evenFooter) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Right = MarginRight, Bottom = MarginBottom, Left = MarginLeft, Header = 851, Footer = (uint)FooterDistance, Gutter = 0 }));
            ShadePlaceholders(body);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>Placeholder grey for the fields in Word (the filler drops it, so the issued document prints none).</summary>
    public const string FieldShading = "D9D9D9";

    // Each field's placeholder run is shaded so the legal section sees at a glance what the system fills.
    private static void ShadePlaceholders(Body body)
    {
        foreach (var run in body.Descendants<SdtElement>().SelectMany(sdt => sdt.Descendants<Run>())
            .Where(r => r.InnerText.StartsWith('［') && r.InnerText.EndsWith('］')))
        {
            var properties = run.RunProperties ??= new RunProperties();
            properties.Shading ??= new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = FieldShading };
        }
    }

    // Typed form cells share this builder: labels centred, values left, multi-line values as block controls.
    private static TableCell BuildCell(Cell cell)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = "0", Type = TableWidthUnitValues.Auto });
        if (cell.Span > 1)
        {
            properties.AppendChild(new GridSpan { Val = cell.Span });
        }

        properties.AppendChild(new TableCellVerticalAlignment { Val = cell.Block ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center });
        var justification = cell.Centre ? JustificationValues.Center : JustificationValues.Left;
        if (cell.Block && cell.Content is [Field field])
        {
            var paragraph = new Paragraph(FormProps(justification), new Run(FormRun(), new Text(Placeholder(field.Label).Text)));
            return new TableCell(properties, SdtBlockOf(field.Tag, field.Label, paragraph));
        }

        return new TableCell(properties, Para(FormProps(justification), InlineElements(cell.Content, FormRun)));
    }

    private static Literal Placeholder(string label) => new("［" + label + "］");

    private static Paragraph Para(ParagraphProperties properties, OpenXmlElement[] content) =>
        new(content.Prepend(properties));

    private static Paragraph TitleParagraph(Inline[] content) =>
        Para(new ParagraphProperties(
                new OverflowPunctuation { Val = false },
                new SpacingBetweenLines { Line = "720", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            InlineElements(content, TitleRun));

    private static Paragraph BodyParagraph(Inline[] content) =>
        Para(Props(JustificationValues.Both, indent: true), InlineElements(content, BodyRun));

    private static ParagraphProperties Props(JustificationValues justification, bool indent, int rightChars = 0)
    {
        var indentation = indent
            ? new Indentation { FirstLine = "640", FirstLineChars = 200 }
            : new Indentation { FirstLine = "0", FirstLineChars = 0 };
        if (rightChars > 0)
        {
            indentation.Right = (rightChars * 16 / 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
            indentation.RightChars = rightChars;
        }

        // No punctuation hanging into the margin (Word's default for Chinese): text stays inside the text block.
        return new ParagraphProperties(
            new OverflowPunctuation { Val = false },
            new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact },
            indentation,
            new Justification { Val = justification });
    }

    private static ParagraphProperties FormProps(JustificationValues justification) =>
        new(new OverflowPunctuation { Val = false },
            new SpacingBetweenLines { Line = "400", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLine = "0", FirstLineChars = 0 },
            new Justification { Val = justification });

    private static OpenXmlElement[] InlineElements(Inline[] content, Func<RunProperties> runProperties)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var part in content)
        {
            switch (part)
            {
                case Literal literal:
                    elements.Add(new Run(runProperties(), new Text(literal.Text) { Space = SpaceProcessingModeValues.Preserve }));
                    break;
                case Field field:
                    elements.Add(new SdtRun(SdtProps(field.Tag, field.Label), new SdtContentRun(new Run(runProperties(), new Text(Placeholder(field.Label).Text)))));
                    break;
            }
        }

        return [.. elements];
    }

    private static SdtBlock SdtBlockOf(string tag, string label, params OpenXmlElement[] content) =>
        new(SdtProps(tag, label), new SdtContentBlock(content));

    private static int _sdtId = 1000;

    private static SdtProperties SdtProps(string tag, string label) =>
        // 锁定：the control cannot be deleted in Word (its content stays editable), so an edit cannot drop a field.
        new(new SdtAlias { Val = label }, new Tag { Val = tag }, new SdtId { Val = Interlocked.Increment(ref _sdtId) },
            new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked });

    private static RunProperties TitleRun() => RunOf(TitleFont, 44);

    private static RunProperties HeadingRun() => RunOf(HeadingFont, 32);

    private static RunProperties SubheadingRun() => RunOf(SubheadingFont, 32);

    private static RunProperties BodyRun() => RunOf(BodyFont, 32);

    // Forms use 四号 (14 pt) so that a whole 审批表 fits a page.
    private static RunProperties FormRun() => RunOf(BodyFont, 28);

    // Every run says zh-CN for East Asian text: a renderer picks the simplified-Chinese glyphs of a CJK font.
    private static RunProperties RunOf(string eastAsiaFont, int halfPoints) =>
        new(new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = eastAsiaFont },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Languages { Val = "en-US", EastAsia = "zh-CN" });

    private static Styles BuildStyles() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = BodyFont, ComplexScript = Latin },
                    new FontSize { Val = "32" },
                    new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    // No punctuation hanging into the margin: the text stays inside the GB/T 9704 text block.
                    new OverflowPunctuation { Val = false },
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = JustificationValues.Both }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            new Style(new StyleName { Val = "footer" }, new BasedOn { Val = "Normal" })
            {
                Type = StyleValues.Paragraph,
                StyleId = "Footer",
            });

    // The alternate names let a machine without the GB fonts fall back to the Windows/WPS standard ones.
    private static Fonts BuildFonts() =>
        new(
            Font(TitleFont, "宋体"),
            Font(BodyFont, "仿宋"),
            Font(HeadingFont, "SimHei"),
            Font(SubheadingFont, "楷体"),
            Font("宋体", "SimSun"),
            new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = Latin });

    private static Font Font(string name, string alternate) =>
        new(new AltName { Val = alternate }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Modern }, new Pitch { Val = FontPitchValues.Fixed }) { Name = name };

    // GB/T 9704 §7.5: "— 1 —" in 四号 宋体 (half-width digits), odd pages at the right one character in, even
    // pages at the left one character in.
    private static Footer BuildFooter(bool odd)
    {
        static RunProperties PageRun() =>
            new(new RunFonts { Ascii = PageNumberFont, HighAnsi = PageNumberFont, EastAsia = PageNumberFont },
                new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "en-US", EastAsia = "zh-CN" });

        var indent = PageNumberIndent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Footer(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = "Footer" },
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                odd
                    ? new Indentation { Right = indent, FirstLine = "0", FirstLineChars = 0 }
                    : new Indentation { Left = indent, FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = odd ? JustificationValues.Right : JustificationValues.Left }),
            new Run(PageRun(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(PageRun(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(PageRun(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(PageRun(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(PageRun(), new Text("1")),
            new Run(PageRun(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(PageRun(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }
}
