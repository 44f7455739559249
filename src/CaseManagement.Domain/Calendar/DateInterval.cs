namespace CaseManagement.Domain.Calendar;

/// <summary>
/// Consecutive days with both ends included. An open interval (<see cref="To"/> null) is still running,
/// e.g. a reconsideration that has not been decided yet.
/// </summary>
public readonly record struct DateInterval(DateOnly From, DateOnly? To)
{
    public bool IsOpen => To is null;

    public bool Contains(DateOnly day) => day >= From && (To is null || day <= To);

    /// <summary>The same interval, closed on <paramref name="day"/> when it is still open.</summary>
    public DateInterval ClosedBy(DateOnly day) => To is null ? this with { To = day } : this;
}
