namespace CaseManagement.Web.Features.Reminders;

/// <summary>The TempData flag the login sets so that the first page after it shows the 期限提醒.</summary>
public static class LoginReminders
{
    public const string Flag = "ShowReminders";
}
