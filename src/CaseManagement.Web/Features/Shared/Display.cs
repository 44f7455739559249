using System.Globalization;

namespace CaseManagement.Web.Features.Shared;

/// <summary>How pages print values: one place, with an explicit culture (STYLE.md "Documents").</summary>
public static class Display
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>2026年3月3日.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    /// <summary>2026-03-03, the value of an &lt;input type="date"&gt;.</summary>
    public static string InputDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Figures with thousands separators and two decimals: 10,000.00.</summary>
    public static string Yuan(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>An instant as China time to the minute (2026-11-27 09:30); instants are stored in UTC.</summary>
    public static string ChinaTime(DateTimeOffset at) =>
        at.ToOffset(Infrastructure.ChinaClock.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string ChinaTime(DateTime utc) => ChinaTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static string Weekday(DateOnly date) => Chinese.DateTimeFormat.GetAbbreviatedDayName(date.DayOfWeek);
}
