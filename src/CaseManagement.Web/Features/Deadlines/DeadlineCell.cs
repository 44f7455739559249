using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;

namespace CaseManagement.Web.Features.Deadlines;

public enum Urgency
{
    /// <summary>More than three working days away.</summary>
    Normal,

    /// <summary>Due within three working days (amber).</summary>
    DueSoon,

    /// <summary>Past its due date and not met (red).</summary>
    Overdue,
}

/// <summary>
/// A deadline as the boards show it: label, due date, legal basis, provisional mark (a year without a loaded
/// holiday calendar, DECISIONS.md §2) and how urgent it is today.
/// </summary>
public sealed record DeadlineCell(DeadlineKind Kind, string Label, DateOnly DueDate, bool Provisional, string Basis, Urgency Urgency)
{
    /// <summary>"Due soon" = within this many working days from today.</summary>
    public const int DueSoonWorkingDays = 3;

    public static DeadlineCell Of(Deadline deadline, CaseClock clock) =>
        new(deadline.Kind, deadline.Label, deadline.DueDate, deadline.Provisional, deadline.Basis, UrgencyOf(deadline.DueDate, clock));

    public static Urgency UrgencyOf(DateOnly dueDate, CaseClock clock) =>
        dueDate < clock.Today ? Urgency.Overdue
        : dueDate <= clock.Calendar.AddWorkingDays(clock.Today, DueSoonWorkingDays).Date ? Urgency.DueSoon
        : Urgency.Normal;

    /// <summary>The CSS class of the row (site's deadline-*.css rules; tests assert it).</summary>
    public string CssClass => Urgency switch
    {
        Urgency.Overdue => "deadline-overdue",
        Urgency.DueSoon => "deadline-soon",
        _ => "deadline-normal",
    };

    public string UrgencyLabel => Urgency switch
    {
        Urgency.Overdue => "已逾期",
        Urgency.DueSoon => "即将到期",
        _ => "未到期",
    };
}
