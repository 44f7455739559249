using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;

namespace CaseManagement.Web.Features.Shared;

/// <param name="Path">The link; also the prefix that marks the item active.</param>
/// <param name="Roles">Who sees it; empty = every logged-in user. Match the policy of the pages behind it.</param>
public sealed record NavItem(string Title, string Path, IReadOnlyList<string> Roles)
{
    public bool VisibleTo(IReadOnlyList<string> userRoles) => Roles.Count == 0 || Roles.Any(userRoles.Contains);

    public bool IsActive(PathString current) => Path == "/"
        ? current == "/"
        : current.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The main menu, in display order: the one list to edit when a feature adds a top-level page.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("我的待办", "/", Policies.CaseWorkerRoles),
        new("案件", "/cases", Policies.CaseWorkerRoles),
        new("期限", "/deadlines", Policies.CaseWorkerRoles),
        new("统计", "/statistics", Policies.CaseWorkerRoles),
        new("管理", "/admin", [Roles.Administrator]),
        new("文书模板", "/admin/templates", [Roles.LegalReviewer]),
    ];
}
