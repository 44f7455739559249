using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Identity;

/// <summary>The role names, the one place they are spelt (use them in [Authorize(Roles = ...)] and policies).</summary>
public static class Roles
{
    /// <summary>执法人员: investigates, records, drafts.</summary>
    public const string Officer = "Officer";

    /// <summary>法制审核: reviews legality before the decision (行政处罚法第五十八条).</summary>
    public const string LegalReviewer = "LegalReviewer";

    /// <summary>负责人: approves filing, decides (行政处罚法第五十七条).</summary>
    public const string Head = "Head";

    /// <summary>内勤: registers, serves, archives.</summary>
    public const string Clerk = "Clerk";

    /// <summary>系统管理员: users, organisation settings, holiday calendar, audit verification.</summary>
    public const string Administrator = "Administrator";

    /// <summary>
    /// 安装管理员: the system administrator of the whole installation, above the organisations. Only this role changes
    /// what every organisation shares, such as the national holiday calendar; an organisation's administrator changes
    /// only that organisation's settings, users and templates.
    /// </summary>
    public const string InstallationAdministrator = "InstallationAdministrator";

    public static IReadOnlyList<string> All { get; } = [Officer, LegalReviewer, Head, Clerk, Administrator, InstallationAdministrator];

    /// <summary>The role's Chinese name, from the domain's vocabulary (one word per role everywhere).</summary>
    public static string DisplayName(string role) => role switch
    {
        Officer => CaseRole.Officer.ToChinese(),
        LegalReviewer => CaseRole.LegalReviewer.ToChinese(),
        Head => CaseRole.Head.ToChinese(),
        Clerk => CaseRole.Clerk.ToChinese(),
        Administrator => CaseRole.Administrator.ToChinese(),
        InstallationAdministrator => "安装管理员（全系统）",
        _ => role,
    };
}
