namespace CaseManagement.Domain.Calendar;

/// <summary>
/// Computes the last day of legal periods (DECISIONS.md §2; 民事诉讼法 Art. 85; 民法典 Arts. 201–203;
/// 行政处罚法 Art. 85): the day of the event is not counted; a calendar-day or month period whose
/// last day is not a working day ends on the next working day.
/// </summary>
public sealed class LegalCalendar(HolidayCalendar holidays)
{
    public HolidayCalendar Holidays { get; } = holidays;

    public DueDate Due(DateOnly eventDay, LegalPeriod period) => period.Unit switch
    {
        PeriodUnit.WorkingDays => AddWorkingDays(eventDay, period.Length),
        PeriodUnit.Days => RollOver(eventDay.AddDays(period.Length)),
        PeriodUnit.Months => RollOver(AddMonths(eventDay, period.Length)),
        _ => throw new ArgumentOutOfRangeException(nameof(period)),
    };

    public DueDate Due(DateOnly eventDay, int length, PeriodUnit unit) => Due(eventDay, new LegalPeriod(length, unit));

    /// <summary>"N working days" = the N-th working day after the event (行政处罚法 Art. 85).</summary>
    public DueDate AddWorkingDays(DateOnly eventDay, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var provisional = false;
        var day = eventDay;
        var counted = 0;
        while (counted < count)
        {
            day = day.AddDays(1);
            provisional |= !Holidays.Covers(day);
            if (Holidays.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return new DueDate(day, provisional);
    }

    /// <summary>
    /// "N months" ends on the same day-of-month N months later, or on that month's last day when it
    /// has no such day (民法典 Art. 202; 民事诉讼法 Art. 85). <see cref="DateOnly.AddMonths"/> clamps the same way.
    /// </summary>
    public static DateOnly AddMonths(DateOnly eventDay, int months) => eventDay.AddMonths(months);

    /// <summary>The last day of a period that is not a working day rolls to the next working day (民法典 Art. 203).</summary>
    public DueDate RollOver(DateOnly lastDay)
    {
        var provisional = !Holidays.Covers(lastDay);
        var day = lastDay;
        while (!Holidays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
            provisional |= !Holidays.Covers(day);
        }

        return new DueDate(day, provisional);
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (Holidays.IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
