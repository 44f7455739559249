using System.Text.Json;

namespace CaseManagement.Domain.Calendar;

/// <summary>
/// Which days are working days: Monday–Friday minus the State Council holidays plus the make-up
/// workdays (DECISIONS.md §2). Immutable; build a new one when an administrator enters a year.
/// </summary>
public sealed class HolidayCalendar
{
    // From this day of December on, a day may still be changed by the next year's notice.
    private const int LastDaysOfDecember = 25;

    private readonly HashSet<DateOnly> holidays = [];
    private readonly HashSet<DateOnly> makeupWorkdays = [];
    private readonly HashSet<int> loadedYears = [];
    private readonly int[] loadedYearList;

    public HolidayCalendar(IEnumerable<HolidayYear> years)
    {
        foreach (var year in years)
        {
            loadedYears.Add(year.Year);
            holidays.UnionWith(year.Holidays);
            makeupWorkdays.UnionWith(year.MakeupWorkdays);
        }

        // A copy, so that a caller cannot cast the collection back to a set and change the calendar.
        loadedYearList = [.. loadedYears.Order()];
    }

    /// <summary>A calendar with no schedule at all: weekends only, everything provisional.</summary>
    public static HolidayCalendar WeekendsOnly { get; } = new([]);

    /// <summary>The State Council schedules of 2023–2026 shipped with the product (the database seed).</summary>
    public static HolidayCalendar Seed { get; } = new(LoadSeed());

    public IReadOnlyCollection<int> LoadedYears => loadedYearList;

    /// <summary>True when the State Council schedule of <paramref name="year"/> is loaded.</summary>
    public bool HasYear(int year) => loadedYears.Contains(year);

    /// <summary>
    /// True when every schedule that can decide whether <paramref name="day"/> is a working day is loaded.
    /// The last days of December can belong to the next year's 元旦 block (the 2023 notice gave 2022-12-31
    /// off; the 2019 notice made 2018-12-29 a make-up day and 2018-12-31 a day off), so they also need the
    /// next year's schedule before a deadline on them stops being provisional (DECISIONS.md §2).
    /// </summary>
    public bool Covers(DateOnly day) =>
        HasYear(day.Year) && (day.Month != 12 || day.Day < LastDaysOfDecember || HasYear(day.Year + 1));

    /// <summary>A make-up Saturday or Sunday is a working day for every purpose (DECISIONS.md §2).</summary>
    public bool IsWorkingDay(DateOnly day) =>
        makeupWorkdays.Contains(day)
        || (!holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    public bool IsHoliday(DateOnly day) => holidays.Contains(day);

    public bool IsMakeupWorkday(DateOnly day) => makeupWorkdays.Contains(day);

    /// <summary>Reads the shared JSON format <c>{"2025": {"holidays": [...], "makeup_workdays": [...]}}</c>.</summary>
    public static IReadOnlyList<HolidayYear> ParseJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var years = new List<HolidayYear>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var year = int.Parse(property.Name, System.Globalization.CultureInfo.InvariantCulture);
            years.Add(new HolidayYear(
                year,
                ReadDates(property.Value, "holidays"),
                ReadDates(property.Value, "makeup_workdays")));
        }

        return years;
    }

    private static DateOnly[] ReadDates(JsonElement year, string name) =>
        year.TryGetProperty(name, out var list)
            ? [.. list.EnumerateArray().Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd"))]
            : [];

    public static IReadOnlyList<HolidayYear> LoadSeed()
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream("CaseManagement.Domain.Calendar.cn-holidays.json")
            ?? throw new InvalidOperationException("The holiday seed is not embedded in the domain assembly.");
        using var reader = new StreamReader(stream);
        return ParseJson(reader.ReadToEnd());
    }
}
