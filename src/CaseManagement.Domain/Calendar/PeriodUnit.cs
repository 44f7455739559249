namespace CaseManagement.Domain.Calendar;

/// <summary>How a legal period is counted (DECISIONS.md §2).</summary>
public enum PeriodUnit
{
    /// <summary>工作日: 行政处罚法 Art. 85 (2/3/5/7 日), 行政强制法 Art. 69 (≤ 10 日).</summary>
    WorkingDays,

    /// <summary>日 (calendar days), rolled over to the next working day.</summary>
    Days,

    /// <summary>月: the same day-of-month, or the month's last day; rolled over.</summary>
    Months,
}

/// <summary>A period such as "5 working days" or "6 months".</summary>
public readonly record struct LegalPeriod(int Length, PeriodUnit Unit)
{
    public static LegalPeriod WorkingDays(int n) => new(n, PeriodUnit.WorkingDays);

    public static LegalPeriod Days(int n) => new(n, PeriodUnit.Days);

    public static LegalPeriod Months(int n) => new(n, PeriodUnit.Months);

    public override string ToString() => Unit switch
    {
        PeriodUnit.WorkingDays => $"{Length}个工作日",
        PeriodUnit.Days => $"{Length}日",
        _ => $"{Length}个月",
    };
}

/// <summary>
/// The last day of a period. <see cref="Provisional"/> is true when a day the computation looked at
/// lies in a year whose holiday schedule is not loaded, so only weekends were known (DECISIONS.md §2).
/// </summary>
public readonly record struct DueDate(DateOnly Date, bool Provisional);
