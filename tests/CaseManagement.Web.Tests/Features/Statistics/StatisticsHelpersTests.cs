using CaseManagement.Web.Features.Statistics;

namespace CaseManagement.Web.Tests.Features.Statistics;

public sealed class StatisticsHelpersTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(7, 10)]
    [InlineData(11, 20)]
    [InlineData(150_000, 200_000)]
    [InlineData(380_000, 400_000)]
    [InlineData(420_000, 500_000)]
    public void NiceCeiling_OfTheLargestBar_IsARoundAxisMaximum(int largest, int expected) =>
        Assert.Equal(expected, BarChart.NiceCeiling(largest));

    [Fact]
    public void BarChart_StacksSeriesAndScalesToTheAxis()
    {
        var chart = new BarChart("t", ["1月", "2月"], [new("甲", [2m, 0m]), new("乙", [2m, 4m])], v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(4m, chart.Maximum);
        Assert.Equal(3, chart.Bars.Count);
        Assert.Equal(chart.Bars[0].H, chart.Bars[1].H, 6);
        Assert.Equal(chart.Bars[0].H + chart.Bars[1].H, chart.Bars[2].H, 6);
        Assert.Equal(chart.AxisY, chart.Bars[0].Y + chart.Bars[0].H, 6);
        Assert.Equal(["4", "4"], chart.Labels.Select(l => l.Total));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    public void ColumnName_OfAnIndex_IsTheSpreadsheetLetters(int index, string expected) =>
        Assert.Equal(expected, StatisticsWorkbook.ColumnName(index));
}
