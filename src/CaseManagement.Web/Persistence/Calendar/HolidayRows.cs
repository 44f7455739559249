namespace CaseManagement.Web.Persistence.Calendar;

public enum HolidayDayKind
{
    /// <summary>放假日 (including the weekend days inside a holiday block).</summary>
    Holiday,

    /// <summary>调休上班日: a Saturday or Sunday that is a working day.</summary>
    Makeup,
}

/// <summary>One State Council schedule year as loaded (DECISIONS.md §2).</summary>
public sealed class HolidayYearRow
{
    private HolidayYearRow()
    {
    }

    public HolidayYearRow(int year, DateTime updatedAtUtc)
    {
        Year = year;
        UpdatedAt = updatedAtUtc;
    }

    public int Year { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public List<HolidayDayRow> Days { get; private set; } = [];
}

/// <summary>
/// One day of a schedule. A schedule may include the last days of the previous year (2023's 元旦
/// began on 2022-12-31), so the date is not assumed to lie in <see cref="Year"/>.
/// </summary>
public sealed class HolidayDayRow
{
    private HolidayDayRow()
    {
    }

    public HolidayDayRow(DateOnly date, HolidayDayKind kind)
    {
        Date = date;
        Kind = kind;
    }

    public long Id { get; private set; }

    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public HolidayDayKind Kind { get; private set; }
}
