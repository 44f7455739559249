using System.Buffers.Binary;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace CaseManagement.Web.Documents;

/// <summary>
/// A page of the case file holding one evidence image (a photo of the site, a scanned 书证): the image scaled
/// to the GB/T 9704 text block keeping its proportions, its caption below (证据编号、名称、种类、取得日期和地点).
/// Built as a .docx and rendered with the documents, so it gets the same page numbers and faces.
/// </summary>
public static class EvidencePage
{
    private const long EmuPerMm = 36000;

    // The A4 text block of the templates (156 × 225 mm), less room for the caption.
    private const long MaxWidth = 156 * EmuPerMm;
    private const long MaxHeight = 190 * EmuPerMm;

    /// <summary>Width and height in pixels of a PNG or JPEG; null for anything else (it is listed, not printed).</summary>
    public static (int Width, int Height)? SizeOf(ReadOnlySpan<byte> image)
    {
        // PNG: the IHDR chunk follows the 8-byte signature.
        if (image.Length >= 24 && image[..8].SequenceEqual<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ((int)BinaryPrimitives.ReadUInt32BigEndian(image[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(image[20..]));
        }

        // JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG, DAC).
        if (image.Length >= 4 && image[0] == 0xFF && image[1] == 0xD8)
        {
            var at = 2;
            while (at + 9 < image.Length)
            {
                if (image[at] != 0xFF)
                {
                    return null;
                }

                var marker = image[at + 1];
                if (marker == 0xFF)
                {
                    at++;
                    continue;
                }

                var length = BinaryPrimitives.ReadUInt16BigEndian(image[(at + 2)..]);
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    return (BinaryPrimitives.ReadUInt16BigEndian(image[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(at + 5)..]));
                }

                at += 2 + length;
            }
        }

        return null;
    }

    /// <summary>The page as a .docx; <paramref name="image"/> must be a PNG or JPEG (<see cref="SizeOf"/> not null).</summary>
    public static byte[] Build(byte[] image, string contentType, string caption)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (pixelsWide, pixelsHigh) = SizeOf(image) ?? throw new ArgumentException("只能装订 PNG 或 JPEG 图片。", nameof(image));
        var scale = Math.Min((double)MaxWidth / Math.Max(1, pixelsWide), (double)MaxHeight / Math.Max(1, pixelsHigh));
        var width = (long)(pixelsWide * scale);
        var height = (long)(pixelsHigh * scale);

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var part = main.AddImagePart(contentType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg);
            using (var content = new MemoryStream(image, writable: false))
            {
                part.FeedData(content);
            }

            main.Document = new Document(new Body(
                new Paragraph(
                    new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                    new Run(Picture(main.GetIdOfPart(part), width, height))),
                new Paragraph(
                    new ParagraphProperties(
                        new SpacingBetweenLines { Before = "240", Line = "400", LineRule = LineSpacingRuleValues.Exact },
                        new Justification { Val = JustificationValues.Center }),
                    new Run(
                        new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋_GB2312" },
                            new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { EastAsia = "zh-CN" }),
                        new Text(caption))),
                new SectionProperties(
                    new PageSize { Width = 11906, Height = 16838 },
                    new PageMargin { Top = 2098, Right = 1474, Bottom = 1984, Left = 1587, Header = 851, Footer = 992, Gutter = 0 })));
        }

        return stream.ToArray();
    }

    private static Drawing Picture(string relationshipId, long width, long height) =>
        new(new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = 1U, Name = "证据图片" },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "evidence" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
}
