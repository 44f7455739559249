using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 2010年《环境行政处罚办法》第六十九条：正卷、副卷的排列顺序。
/// <summary>卷内目录 of each volume, issued at 归档; its rows are the volume's documents in file order.</summary>
public sealed class FileIndexDocument() : DocumentDefinition(new(
    "file-index", "卷内目录",
    [Fields.OrganisationName, Fields.CaseNumber, F("volume", "正卷或副卷", "归档时按卷生成")],
    [new("entries", "目录条目", [
        F("entryNo", "序号", "卷内顺序"),
        F("entryDocumentNumber", "文号", "已制发文书的文号"),
        F("entryTitle", "文书名称", "已制发文书的名称"),
        F("entryDate", "日期", "制发日期"),
        F("entryPages", "页号", "打印卷宗时按页计算"),
        F("entryRemarks", "备注", "手工填写")])],
    []))
{
    public override IReadOnlyList<StepIssue> IssuedAt { get; } =
        [new(CaseTrigger.Archive, Volume: CaseFileVolume.Main), new(CaseTrigger.Archive, Volume: CaseFileVolume.Secondary)];

    public override DocumentData Compose(PenaltyCase c, CompositionContext context) =>
        new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseNumber", c.CaseNumber)
            .Set("volume", context.Volume ?? "正卷");

    /// <summary>The index of one volume, its rows already numbered by the caller (the case file builder).</summary>
    public DocumentData Compose(PenaltyCase c, CompositionContext context, IEnumerable<FileIndexEntry> entries)
    {
        var data = Compose(c, context);
        data.Section("entries");
        var number = 1;
        foreach (var entry in entries)
        {
            data.AddRow("entries",
                ("entryNo", (number++).ToString(Culture)),
                ("entryDocumentNumber", entry.DocumentNumber),
                ("entryTitle", entry.Title),
                ("entryDate", Date(entry.Date)),
                ("entryPages", entry.Pages),
                ("entryRemarks", entry.Remarks));
        }

        return data;
    }
}
