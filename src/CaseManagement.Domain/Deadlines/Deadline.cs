namespace CaseManagement.Domain.Deadlines;

public enum DeadlineStatus
{
    /// <summary>未到期</summary>
    Pending,

    /// <summary>已按期完成</summary>
    Met,

    /// <summary>已逾期: past the due date and not done, or done late (then <see cref="Deadline.MetOn"/> is set).</summary>
    Overdue,
}

/// <summary>
/// One deadline of a case. <see cref="Provisional"/> is true when the due date depends on a year whose
/// holiday schedule is not loaded (DECISIONS.md §2). <see cref="Basis"/> is the article in Chinese.
/// </summary>
public sealed record Deadline(
    DeadlineKind Kind,
    DateOnly DueDate,
    bool Provisional,
    string Basis,
    DeadlineStatus Status,
    DateOnly? MetOn,
    string Label);
