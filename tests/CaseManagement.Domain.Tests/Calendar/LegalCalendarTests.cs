using CaseManagement.Domain.Calendar;

namespace CaseManagement.Domain.Tests.Calendar;

public class LegalCalendarTests
{
    private static readonly LegalCalendar Calendar = new(HolidayCalendar.Seed);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void AddWorkingDays_WhenFiveAfterFriday26September2025_Ends10October()
    {
        var due = Calendar.Due(D(2025, 9, 26), LegalPeriod.WorkingDays(5));

        Assert.Equal(new DueDate(D(2025, 10, 10), false), due);
    }

    [Fact]
    public void AddWorkingDays_WhenSevenAfter26September2025_EndsMonday13October()
    {
        var due = Calendar.AddWorkingDays(D(2025, 9, 26), 7);

        Assert.Equal(D(2025, 10, 13), due.Date);
    }

    [Fact]
    public void AddWorkingDays_WhenSevenAfter12February2026_EndsOnMakeupSaturday28February()
    {
        var due = Calendar.AddWorkingDays(D(2026, 2, 12), 7);

        Assert.Equal(D(2026, 2, 28), due.Date);
        Assert.Equal(DayOfWeek.Saturday, due.Date.DayOfWeek);
    }

    [Fact]
    public void Due_When60DaysEndInLabourDay2025_RollsTo6May()
    {
        var due = Calendar.Due(D(2025, 3, 3), LegalPeriod.Days(60));

        Assert.Equal(D(2025, 5, 6), due.Date);
    }

    [Fact]
    public void Due_WhenSixMonthsThenThreeMonthsFrom3March2025_Ends3December()
    {
        var litigation = Calendar.Due(D(2025, 3, 3), LegalPeriod.Months(6));
        var court = Calendar.Due(litigation.Date, LegalPeriod.Months(3));

        Assert.Equal(D(2025, 9, 3), litigation.Date);
        Assert.Equal(D(2025, 12, 3), court.Date);
    }

    [Fact]
    public void Due_When15DaysFrom3March2025_Ends18March()
    {
        Assert.Equal(D(2025, 3, 18), Calendar.Due(D(2025, 3, 3), LegalPeriod.Days(15)).Date);
    }

    [Fact]
    public void Due_WhenMonthHasNoSuchDay_EndsOnItsLastDay()
    {
        Assert.Equal(D(2025, 2, 28), Calendar.Due(D(2025, 1, 31), LegalPeriod.Months(1)).Date);
        Assert.Equal(D(2024, 2, 29), Calendar.Due(D(2024, 1, 31), LegalPeriod.Months(1)).Date);
    }

    [Fact]
    public void Due_WhenClampedMonthEndIsSunday_RollsToMonday()
    {
        var due = Calendar.Due(D(2025, 8, 31), LegalPeriod.Months(3));

        Assert.Equal(D(2025, 12, 1), due.Date);
    }

    [Fact]
    public void Due_WhenClampedMonthEndIsMakeupSaturday_StaysThere()
    {
        Assert.Equal(D(2026, 2, 28), Calendar.Due(D(2026, 1, 31), LegalPeriod.Months(1)).Date);
    }

    [Fact]
    public void RollOver_When29September2023_MovesToMakeupSaturday7October()
    {
        Assert.Equal(D(2023, 10, 7), Calendar.RollOver(D(2023, 9, 29)).Date);
        Assert.Equal(D(2023, 10, 7), Calendar.Due(D(2023, 9, 14), LegalPeriod.Days(15)).Date);
    }

    [Fact]
    public void Due_WhenYear2027NotLoaded_IsProvisionalAndUsesWeekendsOnly()
    {
        var calendarDays = Calendar.Due(D(2027, 1, 20), LegalPeriod.Days(10));
        var workingDays = Calendar.AddWorkingDays(D(2027, 1, 29), 1);

        Assert.Equal(new DueDate(D(2027, 2, 1), true), calendarDays);
        Assert.Equal(new DueDate(D(2027, 2, 1), true), workingDays);
    }

    [Fact]
    public void Due_WhenPeriodEndsInLastDaysOf2026_IsProvisional()
    {
        Assert.True(Calendar.Due(D(2026, 12, 1), LegalPeriod.Days(28)).Provisional);
        Assert.False(Calendar.Due(D(2026, 11, 1), LegalPeriod.Days(28)).Provisional);
    }

    [Fact]
    public void Due_WhenCalendarHas2027Data_IsNotProvisionalAndUsesIt()
    {
        var year2027 = new HolidayYear(2027, [D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8)], [D(2027, 2, 20)]);
        var calendar = new LegalCalendar(new HolidayCalendar([.. HolidayCalendar.LoadSeed(), year2027]));

        var due = calendar.Due(D(2027, 1, 26), LegalPeriod.Days(10));
        var working = calendar.AddWorkingDays(D(2027, 2, 18), 2);

        Assert.Empty(year2027.Problems());
        Assert.Equal(new DueDate(D(2027, 2, 9), false), due);
        Assert.Equal(new DueDate(D(2027, 2, 20), false), working);
    }

    [Fact]
    public void AddWorkingDays_WhenPeriodCrossesIntoUnloadedYear_IsProvisional()
    {
        var due = Calendar.AddWorkingDays(D(2026, 12, 30), 3);

        Assert.True(due.Provisional);
        Assert.Equal(D(2027, 1, 4), due.Date);
    }

    [Fact]
    public void WorkingDaysBetween_WhenNationalDay2025_CountsMakeupDays()
    {
        Assert.Equal(5, Calendar.WorkingDaysBetween(D(2025, 9, 26), D(2025, 10, 10)));
    }
}
