using CaseManagement.Web.Documents;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Tests.Documents;

public sealed class TemplateGuideTests
{
    private const string Start = "<!-- 字段表开始 -->";
    private const string End = "<!-- 字段表结束 -->";

    // templates/README.md is rewritten on request: REGENERATE_TEMPLATES=1 dotnet test ... (as the templates are).
    [Fact]
    public void TemplatesReadme_ListsEveryTemplateWithItsFieldsAsTheDefinitionsDo()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot(), "templates", "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        var expected = "\n\n" + TemplateGuide.Markdown();
        if (Environment.GetEnvironmentVariable("REGENERATE_TEMPLATES") == "1")
        {
            File.WriteAllText(path, readme[..start] + expected + readme[end..]);
            return;
        }

        Assert.Equal(expected, readme[start..end]);
        Assert.All(DocumentDefinitions.All, d => Assert.Contains($"### {d.Title}（{d.Name}.docx）", readme));
    }

    [Fact]
    public void Definitions_EveryFieldOfEveryTemplate_HasAChineseNameAndASource()
    {
        var fields = DocumentDefinitions.All.SelectMany(d => TemplateGuide.Fields(d.Contract).Select(f => (d.Name, Field: f))).ToList();

        Assert.All(fields, f => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", f.Field.Name));
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Field.Source), $"{f.Name}/{f.Field.Tag} 没有取值来源"));
        Assert.Equal(
            DocumentDefinitions.All.Sum(d => d.Contract.RequiredTags().Count()),
            fields.Count);
    }

    [Fact]
    public void ChineseNameOf_RowAndOptionalTags_NameTheSectionAndTheField()
    {
        var contract = DocumentDefinitions.Of<PenaltyDecisionDocument>().Contract;

        Assert.Equal("罚款金额大写", contract.ChineseNameOf("fineUppercase"));
        Assert.Equal("证据清单 / 证明内容", contract.ChineseNameOf("evidence/evidenceDescription"));
        Assert.Equal("可选段落：新旧法比较", contract.ChineseNameOf("if:lawComparison"));
    }

    [Fact]
    public void WhenIssued_SaysTheStepAndTheNumber()
    {
        Assert.Equal("“作出处罚决定”时自动制作，并编文号", TemplateGuide.WhenIssued(DocumentDefinitions.Of<PenaltyDecisionDocument>()));
        Assert.Contains("告知书送达", TemplateGuide.WhenIssued(DocumentDefinitions.Of<ServiceReceiptDocument>()));
        Assert.Contains("按需制作", TemplateGuide.WhenIssued(DocumentDefinitions.Of<InspectionRecordDocument>()));
    }
}
