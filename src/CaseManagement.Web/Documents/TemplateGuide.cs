using System.Text;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Documents.Definitions;

namespace CaseManagement.Web.Documents;

/// <summary>One field of a template as the template page and templates/README.md list it.</summary>
public sealed record TemplateFieldGuide(string Tag, string Name, string Source, string Kind);

/// <summary>
/// What the legal section needs to keep a template in Word: when the document is issued and every field
/// tag with its Chinese name and where its value comes from, read from the document's definition. The
/// template page shows it and templates/README.md is generated from it (a test keeps the two equal).
/// </summary>
public static class TemplateGuide
{
    public const string FieldKind = "字段";
    public const string SectionKind = "重复区";
    public const string RowKind = "重复区内字段";
    public const string OptionalKind = "可选段落";

    public static string WhenIssued(DocumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.RecordKind is not null)
        {
            return "记录调查后，由执法人员在案件页按需制作（每次检查、询问一份）";
        }

        var steps = definition.IssuedAt
            .Select(i => $"“{i.Step.ToChinese()}”" + (i.Serves is { } served ? $"（送达{DocumentDefinitions.Get(served).Title}）" : ""))
            .Distinct();
        var when = string.Join("或", steps) + "时自动制作";
        return definition.NumberSeries is null ? when : when + "，并编文号";
    }

    public static IReadOnlyList<TemplateFieldGuide> Fields(TemplateContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var rows = contract.Described.Select(f => new TemplateFieldGuide(f.Tag, f.Name, f.Source, FieldKind)).ToList();
        foreach (var section in contract.Sections)
        {
            rows.Add(new(section.Name, section.Title, "每项一行，按需重复", SectionKind));
            rows.AddRange(section.Rows.Select(r => new TemplateFieldGuide($"{section.Name}/{r.Tag}", r.Name, r.Source, RowKind)));
        }

        rows.AddRange(contract.OptionalParagraphs.Select(o => new TemplateFieldGuide(
            DocxTemplateFiller.ConditionalPrefix + o, contract.ChineseNameOf(o), $"“{contract.ChineseNameOf(o)}”为空时整段不印", OptionalKind)));
        return rows;
    }

    /// <summary>The per-template part of templates/README.md (Markdown).</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        foreach (var definition in DocumentDefinitions.All)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"### {definition.Title}（{definition.Contract.FileName}）\n\n");
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"制作时机：{WhenIssued(definition)}。");
            if (definition.FilePlace is { } place)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"归入{DocumentIssuer.VolumeName(place.Volume)}。");
            }

            text.Append("\n\n| 标记（tag） | 中文名称 | 类别 | 取值来源 |\n| --- | --- | --- | --- |\n");
            foreach (var field in Fields(definition.Contract))
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{field.Tag}` | {field.Name} | {field.Kind} | {field.Source} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
