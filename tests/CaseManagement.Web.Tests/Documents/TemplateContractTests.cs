using CaseManagement.Web.Documents;
using DocumentFormat.OpenXml.Wordprocessing;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents;

public sealed class TemplateContractTests
{
    public static TheoryData<string> Names => TemplateNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void CommittedTemplate_WhenInspected_HasEveryRequiredTag(string name)
    {
        var contract = DocumentDefinitions.Get(name).Contract;

        using var stream = Store.Open(name);
        var missing = TemplateInspector.MissingTags(stream, contract);

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CommittedTemplate_WhenValidated_HasNoSchemaErrors(string name)
    {
        var errors = ValidationErrors(Store.Load(name).ToArray());

        Assert.Empty(errors);
    }

    [Fact]
    public void Contracts_WhenListed_CoverTheStandardSetWithKebabCaseFileNames()
    {
        var names = DocumentDefinitions.All.Select(d => d.Contract).Select(c => c.Name).ToList();

        Assert.Equal(22, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
        Assert.All(DocumentDefinitions.All.Select(d => d.Contract), c => Assert.True(Store.Exists(c.Name), c.FileName));
    }

    [Fact]
    public void TemplatesFolder_WhenBuilt_IsCopiedBesideTheApplication()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot(), "templates");

        var committed = Directory.GetFiles(root, "*.docx").Select(Path.GetFileName).Order().ToList();
        var copied = Directory.GetFiles(TemplateStore.DefaultFolder, "*.docx").Select(Path.GetFileName).Order().ToList();

        Assert.Equal(committed, copied);
        Assert.Equal(DocumentDefinitions.All.Select(d => d.Contract).Select(c => c.FileName).Order(), committed);
    }

    [Fact]
    public void PenaltyDecision_WhenOpened_HasGbT9704PageAndFonts()
    {
        var bytes = Store.Load("penalty-decision").ToArray();

        var (size, margin, titleFont, titleSize, altName, footerText) = Read(bytes, d =>
        {
            var section = Body(d).GetFirstChild<SectionProperties>()!;
            var title = Body(d).Descendants<Paragraph>().Skip(1).First().Descendants<RunProperties>().First();
            var font = d.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().First(f => f.Name == "方正小标宋简体");
            return (section.GetFirstChild<PageSize>()!, section.GetFirstChild<PageMargin>()!, title.RunFonts!.EastAsia!.Value,
                title.FontSize!.Val!.Value, font.AltName!.Val!.Value,
                // Odd and even pages carry their own footer (the number at the outer edge, GB/T 9704 §7.5).
                d.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>() is not null
                    ? string.Join("|", d.MainDocumentPart.FooterParts.Select(f => f.Footer!.InnerText))
                    : "");
        });

        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1984, margin.Bottom!.Value);
        Assert.Equal(1587u, margin.Left!.Value);
        Assert.Equal(1474u, margin.Right!.Value);
        Assert.Equal("方正小标宋简体", titleFont);
        Assert.Equal("44", titleSize);
        Assert.Equal("宋体", altName);
        Assert.Equal(["PAGE", "PAGE"], footerText.Split('|').Select(f => f.Contains("PAGE", StringComparison.Ordinal) ? "PAGE" : f));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CommittedTemplate_WhenOpened_HasEveryFieldLockedAgainstDeletionAndShaded(string name)
    {
        var controls = Read(Store.Load(name).ToArray(), d => Body(d).Descendants<SdtElement>()
            .Select(sdt => (
                Tag: sdt.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value!,
                Lock: sdt.SdtProperties.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()?.Val?.Value,
                Placeholders: sdt.Descendants<Run>().Where(r => r.InnerText.StartsWith('［')).Select(r => r.RunProperties?.Shading?.Fill?.Value).ToList()))
            .ToList());

        Assert.NotEmpty(controls);
        Assert.All(controls, c => Assert.True(c.Lock == LockingValues.SdtLocked, $"{c.Tag} 未锁定"));
        Assert.All(controls.SelectMany(c => c.Placeholders), fill => Assert.Equal("D9D9D9", fill));
    }

    [Fact]
    public void FilledDocument_WhenTheTemplateShadesItsFields_PrintsTheValuesUnshaded()
    {
        var contract = DocumentDefinitions.Get("penalty-decision").Contract;

        var output = Fill("penalty-decision", SampleData(contract));

        Assert.False(Read(output, d => Body(d).Descendants<Shading>().Any(s => s.Fill?.Value == "D9D9D9")));
        Assert.Contains("〈court〉", Text(output));
    }
}
