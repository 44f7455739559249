using System.Globalization;

namespace CaseManagement.Web.Features.Statistics;

/// <summary>
/// A bar chart drawn as SVG on the server: the geometry is computed here, the partial _BarChart writes the
/// elements (text through Razor's encoder). Several series are stacked. No script and no external service.
/// </summary>
public sealed class BarChart
{
    public const double Width = 720;
    public const double Height = 280;
    private const double Left = 64;
    private const double Right = 12;
    private const double Top = 20;
    private const double Bottom = 44;

    private static readonly string[] Palette =
        ["#0b4f8a", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#6c757d", "#8e7dbe", "#52b788", "#bc4749", "#577590", "#90be6d", "#f9844a", "#4d908e", "#adb5bd", "#343a40", "#b5838d", "#ffb703"];

    public sealed record Series(string Name, IReadOnlyList<decimal> Values);

    public sealed record Bar(double X, double Y, double W, double H, string Colour, string Title);

    public sealed record Tick(double Y, string Label);

    public sealed record CategoryLabel(double X, string Text, double TotalY, string Total);

    public BarChart(string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, Func<decimal, string> format, decimal? fixedMaximum = null)
    {
        Title = title;
        SeriesList = series;
        Colours = [.. series.Select((_, i) => Palette[i % Palette.Length])];
        var totals = categories.Select((_, i) => series.Sum(s => s.Values[i])).ToList();
        var maximum = fixedMaximum ?? NiceCeiling(totals.DefaultIfEmpty(0m).Max());
        Maximum = maximum;

        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = categories.Count == 0 ? plotWidth : plotWidth / categories.Count;
        var barWidth = Math.Min(48, slot * 0.6);
        double Scale(decimal v) => maximum == 0 ? 0 : (double)(v / maximum) * plotHeight;

        var bars = new List<Bar>();
        var labels = new List<CategoryLabel>();
        for (var i = 0; i < categories.Count; i++)
        {
            var x = Left + (slot * i) + ((slot - barWidth) / 2);
            var baseline = Top + plotHeight;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[i];
                if (value <= 0)
                {
                    continue;
                }

                var h = Scale(value);
                baseline -= h;
                var name = series.Count > 1 ? $"{categories[i]} {series[s].Name}：" : $"{categories[i]}：";
                bars.Add(new Bar(x, baseline, barWidth, h, Colours[s], name + format(value)));
            }

            labels.Add(new CategoryLabel(Left + (slot * i) + (slot / 2), categories[i], baseline - 4, totals[i] == 0 ? "" : format(totals[i])));
        }

        Bars = bars;
        Labels = labels;
        Ticks = [.. Enumerable.Range(0, 5).Select(t => new Tick(Top + plotHeight - (plotHeight * t / 4), format(maximum * t / 4)))];
        AxisY = Top + plotHeight;
    }

    public string Title { get; }

    public IReadOnlyList<Series> SeriesList { get; }

    public IReadOnlyList<string> Colours { get; }

    public decimal Maximum { get; }

    public IReadOnlyList<Bar> Bars { get; }

    public IReadOnlyList<CategoryLabel> Labels { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public double AxisY { get; }

    public static double AxisLeft => Left;

    public static double AxisRight => Width - Right;

    public static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>1, 2 or 5 × 10ⁿ at or above the value, so that the quarter ticks are round numbers.</summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 4;
        }

        var magnitude = 1m;
        while (magnitude * 10 <= value)
        {
            magnitude *= 10;
        }

        foreach (var step in new[] { 1m, 2m, 4m, 5m, 10m })
        {
            if (magnitude * step >= value)
            {
                return Math.Max(4, magnitude * step);
            }
        }

        return magnitude * 10;
    }
}
