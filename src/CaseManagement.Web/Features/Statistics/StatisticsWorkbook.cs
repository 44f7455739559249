using System.Globalization;
using CaseManagement.Domain.Cases;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaseManagement.Web.Features.Statistics;

/// <summary>
/// The statistics as an .xlsx workbook (SpreadsheetML): one sheet per table, Chinese headers in the first
/// row, figures as numeric cells (so that Excel sums them), text as inline strings.
/// </summary>
public static class StatisticsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string MonthSheet = "按月份和阶段";
    public const string FineSheet = "按违法行为罚款";
    public const string OnTimeSheet = "期限按时率";

    public static string FileName(int year) => $"案件统计{year}年.xlsx";

    public static byte[] Build(CaseStatistics.Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());

            AddSheet(workbookPart, sheets, MonthSheet,
                [["月份", .. report.States.Select(s => s.ToChinese()), "合计"]],
                [.. report.Months.Select(m => (IReadOnlyList<object>)[$"{m.Month}月", .. report.States.Select(s => (object)m.Count(s)), m.Total])],
                ["合计", .. report.States.Select(s => (object)report.Months.Sum(m => m.Count(s))), report.Months.Sum(m => m.Total)]);

            AddSheet(workbookPart, sheets, FineSheet,
                [["违法行为", "代码", "决定件数", "罚款合计（元）"]],
                [.. report.Fines.Select(f => (IReadOnlyList<object>)[f.ViolationName, f.ViolationCode, f.Count, f.Sum])],
                ["合计", "", report.Fines.Sum(f => f.Count), report.Fines.Sum(f => f.Sum)]);

            AddSheet(workbookPart, sheets, OnTimeSheet,
                [["期限", "按期完成", "逾期", "合计", "按时率（%）"]],
                [.. report.OnTime.Select(r => (IReadOnlyList<object>)[r.Label, r.Met, r.Late, r.Total, (object?)r.Rate ?? ""])],
                null);

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(
        WorkbookPart workbookPart, Sheets sheets, string name,
        IReadOnlyList<IReadOnlyList<object>> header, IReadOnlyList<IReadOnlyList<object>> rows, IReadOnlyList<object>? footer)
    {
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 0;
        foreach (var row in header.Concat(rows).Concat(footer is null ? [] : [footer]))
        {
            index++;
            var line = new Row { RowIndex = index };
            for (var column = 0; column < row.Count; column++)
            {
                line.Append(CellOf(row[column], $"{ColumnName(column)}{index}"));
            }

            data.Append(line);
        }

        worksheetPart.Worksheet = new Worksheet(data);
        worksheetPart.Worksheet.Save();
        sheets.Append(new Sheet
        {
            Id = workbookPart.GetIdOfPart(worksheetPart),
            SheetId = (uint)sheets.ChildElements.Count + 1,
            Name = name,
        });
    }

    private static Cell CellOf(object value, string reference) => value switch
    {
        int n => Number(n.ToString(CultureInfo.InvariantCulture), reference),
        // Without the scale the database gave the sum (150000, not PostgreSQL's 150000.00).
        decimal d => Number(Domain.Money.Yuan.Plain(d), reference),
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
        },
    };

    private static Cell Number(string text, string reference) =>
        new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text) };

    /// <summary>A, B, … Z, AA, AB …</summary>
    public static string ColumnName(int zeroBased)
    {
        var name = "";
        for (var n = zeroBased + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
