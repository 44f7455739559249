namespace CaseManagement.Domain.Calendar;

/// <summary>
/// One year of the State Council schedule (国务院办公厅关于部分节假日安排的通知): the days off, including the
/// weekend days inside each block, and the make-up workdays (调休上班日).
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlyCollection<DateOnly> Holidays, IReadOnlyCollection<DateOnly> MakeupWorkdays)
{
    /// <summary>Checks the data an administrator enters for a year; returns the problems in Chinese.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Year is < 2000 or > 2100)
        {
            problems.Add($"年份 {Year} 不在 2000–2100 之间");
        }

        foreach (var day in MakeupWorkdays)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add($"调休上班日 {day:yyyy-MM-dd} 不是周六或周日");
            }

            if (Holidays.Contains(day))
            {
                problems.Add($"{day:yyyy-MM-dd} 同时被列为放假日和调休上班日");
            }
        }

        // A schedule may start on the last days of the previous year (2023's 元旦 began on 2022-12-31).
        foreach (var day in Holidays.Concat(MakeupWorkdays))
        {
            if (day.Year != Year && !(day.Year == Year - 1 && day.Month == 12) && !(day.Year == Year + 1 && day.Month == 1))
            {
                problems.Add($"{day:yyyy-MM-dd} 不属于 {Year} 年的安排");
            }
        }

        return problems;
    }
}
