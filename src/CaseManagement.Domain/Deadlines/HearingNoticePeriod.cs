using CaseManagement.Domain.Calendar;

namespace CaseManagement.Domain.Deadlines;

/// <summary>
/// 行政处罚法第六十四条第二项 "在举行听证的七日前，通知当事人" read with 第八十五条 (working days; the day of service
/// not counted): at least 7 working days lie strictly between the day the 听证通知书 is served and the hearing day.
/// The ScheduleHearing and ServeHearingNotice guards and the deadline list all use this one reading.
/// </summary>
public static class HearingNoticePeriod
{
    public const int WorkingDays = 7;

    /// <summary>Whether a notice served on <paramref name="served"/> leaves 7 full working days before <paramref name="hearing"/>.</summary>
    public static bool InTime(LegalCalendar calendar, DateOnly served, DateOnly hearing)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return hearing > calendar.AddWorkingDays(served, WorkingDays).Date;
    }

    /// <summary>
    /// The last working day the notice may be served for a hearing on <paramref name="hearing"/>: the working day
    /// before the 7 working days that precede the hearing (never a rest day).
    /// </summary>
    public static DueDate LatestServiceDay(LegalCalendar calendar, DateOnly hearing)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = hearing;
        var counted = 0;
        var provisional = false;
        while (counted < WorkingDays)
        {
            day = day.AddDays(-1);
            provisional |= !calendar.Holidays.Covers(day);
            if (calendar.Holidays.IsWorkingDay(day))
            {
                counted++;
            }
        }

        do
        {
            day = day.AddDays(-1);
            provisional |= !calendar.Holidays.Covers(day);
        }
        while (!calendar.Holidays.IsWorkingDay(day));

        return new DueDate(day, provisional);
    }
}
