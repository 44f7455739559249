using CaseManagement.Web.Documents;
using DocumentFormat.OpenXml.Wordprocessing;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

public sealed class TemplateContractTests
{
    public static TheoryData<string> Names => TemplateNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void CommittedTemplate_WhenInspected_HasEveryRequiredTag(string name)
    {
        var contract = TemplateContracts.Get(name);

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
        var names = TemplateContracts.All.Select(c => c.Name).ToList();

        Assert.Equal(22, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
        Assert.All(TemplateContracts.All, c => Assert.True(Store.Exists(c.Name), c.FileName));
    }

    [Fact]
    public void TemplatesFolder_WhenBuilt_IsCopiedBesideTheApplication()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot(), "templates");

        var committed = Directory.GetFiles(root, "*.docx").Select(Path.GetFileName).Order().ToList();
        var copied = Directory.GetFiles(TemplateStore.DefaultFolder, "*.docx").Select(Path.GetFileName).Order().ToList();

        Assert.Equal(committed, copied);
        Assert.Equal(TemplateContracts.All.Select(c => c.FileName).Order(), committed);
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
                title.FontSize!.Val!.Value, font.AltName!.Val!.Value, d.MainDocumentPart.FooterParts.Single().Footer!.InnerText);
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
        Assert.Contains("PAGE", footerText);
    }
}
