using CaseManagement.Domain.Calendar;

namespace CaseManagement.Domain.Tests.Calendar;

public class HolidayCalendarTests
{
    // LEGAL-REFERENCE.md §G, typed in from the table (not read from the JSON) so the two are checked against each other.
    private static readonly (string Name, string FirstDayOff, string LastDayOff, string[] MakeupDays)[] Blocks =
    [
        ("2023 元旦", "2022-12-31", "2023-01-02", []),
        ("2023 春节", "2023-01-21", "2023-01-27", ["2023-01-28", "2023-01-29"]),
        ("2023 清明", "2023-04-05", "2023-04-05", []),
        ("2023 劳动节", "2023-04-29", "2023-05-03", ["2023-04-23", "2023-05-06"]),
        ("2023 端午", "2023-06-22", "2023-06-24", ["2023-06-25"]),
        ("2023 中秋国庆", "2023-09-29", "2023-10-06", ["2023-10-07", "2023-10-08"]),
        ("2024 元旦", "2023-12-30", "2024-01-01", []),
        ("2024 春节", "2024-02-10", "2024-02-17", ["2024-02-04", "2024-02-18"]),
        ("2024 清明", "2024-04-04", "2024-04-06", ["2024-04-07"]),
        ("2024 劳动节", "2024-05-01", "2024-05-05", ["2024-04-28", "2024-05-11"]),
        ("2024 端午", "2024-06-08", "2024-06-10", []),
        ("2024 中秋", "2024-09-15", "2024-09-17", ["2024-09-14"]),
        ("2024 国庆", "2024-10-01", "2024-10-07", ["2024-09-29", "2024-10-12"]),
        ("2025 元旦", "2025-01-01", "2025-01-01", []),
        ("2025 春节", "2025-01-28", "2025-02-04", ["2025-01-26", "2025-02-08"]),
        ("2025 清明", "2025-04-04", "2025-04-06", []),
        ("2025 劳动节", "2025-05-01", "2025-05-05", ["2025-04-27"]),
        ("2025 端午", "2025-05-31", "2025-06-02", []),
        ("2025 国庆中秋", "2025-10-01", "2025-10-08", ["2025-09-28", "2025-10-11"]),
        ("2026 元旦", "2026-01-01", "2026-01-03", ["2026-01-04"]),
        ("2026 春节", "2026-02-15", "2026-02-23", ["2026-02-14", "2026-02-28"]),
        ("2026 清明", "2026-04-04", "2026-04-06", []),
        ("2026 劳动节", "2026-05-01", "2026-05-05", ["2026-05-09"]),
        ("2026 端午", "2026-06-19", "2026-06-21", []),
        ("2026 中秋", "2026-09-25", "2026-09-27", []),
        ("2026 国庆", "2026-10-01", "2026-10-07", ["2026-09-20", "2026-10-10"]),
    ];

    public static TheoryData<string> BlockNames() => [.. Blocks.Select(b => b.Name)];

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static IEnumerable<DateOnly> DaysOff((string Name, string FirstDayOff, string LastDayOff, string[] MakeupDays) block)
    {
        for (var day = D(block.FirstDayOff); day <= D(block.LastDayOff); day = day.AddDays(1))
        {
            yield return day;
        }
    }

    [Theory]
    [MemberData(nameof(BlockNames))]
    public void IsWorkingDay_WhenDayOffInBlock_IsFalse(string name)
    {
        var block = Blocks.Single(b => b.Name == name);

        var working = DaysOff(block).Where(HolidayCalendar.Seed.IsWorkingDay).ToList();

        Assert.Empty(working);
        Assert.All(DaysOff(block), day => Assert.True(HolidayCalendar.Seed.IsHoliday(day), $"{day} 应为放假日"));
    }

    [Theory]
    [MemberData(nameof(BlockNames))]
    public void IsWorkingDay_WhenMakeupDayOfBlock_IsTrue(string name)
    {
        var block = Blocks.Single(b => b.Name == name);

        Assert.All(block.MakeupDays.Select(D), day =>
        {
            Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{day} 调休日应在周末");
            Assert.True(HolidayCalendar.Seed.IsWorkingDay(day), $"{day} 应为调休上班日");
            Assert.True(HolidayCalendar.Seed.IsMakeupWorkday(day));
        });
    }

    [Fact]
    public void IsWorkingDay_WhenOutsideEveryBlock_FollowsTheWeek()
    {
        var off = Blocks.SelectMany(DaysOff).ToHashSet();
        var makeup = Blocks.SelectMany(b => b.MakeupDays.Select(D)).ToHashSet();
        var wrong = new List<DateOnly>();

        for (var day = new DateOnly(2023, 1, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            if (off.Contains(day) || makeup.Contains(day))
            {
                continue;
            }

            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (HolidayCalendar.Seed.IsWorkingDay(day) != weekday)
            {
                wrong.Add(day);
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Seed_WhenLoaded_HasTheFourYears()
    {
        Assert.Equal([2023, 2024, 2025, 2026], HolidayCalendar.Seed.LoadedYears);
    }

    [Fact]
    public void Seed_WhenComparedWithTheProjectCopy_HasTheSameData()
    {
        var file = Path.Combine(SolutionFolder(), "src", "CaseManagement.Domain", "Calendar", "cn-holidays-2023-2026.json");

        AssertSameData(HolidayCalendar.ParseJson(File.ReadAllText(file)), HolidayCalendar.LoadSeed());
    }

    [Fact]
    public void Seed_WhenSharedCalendarIsPresent_HasTheSameData()
    {
        var shared = Path.GetFullPath(Path.Combine(SolutionFolder(), "..", "shared", "domain", "calendar", "cn-holidays-2023-2026.json"));
        if (!File.Exists(shared))
        {
            return;
        }

        AssertSameData(HolidayCalendar.ParseJson(File.ReadAllText(shared)), HolidayCalendar.LoadSeed());
    }

    [Fact]
    public void IsWorkingDay_WhenYearNotLoaded_UsesWeekendsOnly()
    {
        var calendar = HolidayCalendar.Seed;

        Assert.False(calendar.HasYear(2027));
        Assert.False(calendar.Covers(new DateOnly(2027, 2, 10)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 10)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 2)));
    }

    [Fact]
    public void Covers_WhenLastDaysOfDecemberAndNextYearMissing_IsFalse()
    {
        Assert.True(HolidayCalendar.Seed.Covers(new DateOnly(2025, 12, 31)));
        Assert.True(HolidayCalendar.Seed.Covers(new DateOnly(2026, 12, 24)));
        Assert.False(HolidayCalendar.Seed.Covers(new DateOnly(2026, 12, 28)));
    }

    [Fact]
    public void Problems_WhenMakeupDayIsAWeekday_ReportsIt()
    {
        var year = new HolidayYear(2027, [new DateOnly(2027, 2, 8)], [new DateOnly(2027, 2, 10)]);

        var problems = year.Problems();

        Assert.Contains(problems, p => p.Contains("2027-02-10") && p.Contains("不是周六或周日"));
    }

    [Fact]
    public void Problems_WhenEverySeedYearIsChecked_FindsNothing()
    {
        Assert.All(HolidayCalendar.LoadSeed(), year => Assert.Empty(year.Problems()));
    }

    [Fact]
    public void Problems_WhenDayIsBothOffAndMakeup_ReportsIt()
    {
        var saturday = new DateOnly(2027, 2, 6);
        var year = new HolidayYear(2027, [saturday], [saturday]);

        Assert.Contains(year.Problems(), p => p.Contains("同时被列为放假日和调休上班日"));
    }

    private static void AssertSameData(IReadOnlyList<HolidayYear> expected, IReadOnlyList<HolidayYear> actual)
    {
        Assert.Equal(expected.Select(y => y.Year).Order(), actual.Select(y => y.Year).Order());
        foreach (var year in expected)
        {
            var other = actual.Single(y => y.Year == year.Year);
            Assert.Equal(year.Holidays.Order(), other.Holidays.Order());
            Assert.Equal(year.MakeupWorkdays.Order(), other.MakeupWorkdays.Order());
        }
    }

    private static string SolutionFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CaseManagement.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CaseManagement.sln not found above the test output folder.");
    }
}
