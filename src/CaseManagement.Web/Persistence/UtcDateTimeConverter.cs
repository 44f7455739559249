using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseManagement.Web.Persistence;

/// <summary>
/// Instants are stored in UTC (DECISIONS.md §2). Neither provider keeps DateTimeKind, so values read
/// back are marked UTC; a local time is converted on the way in.
/// </summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(v => ToUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
