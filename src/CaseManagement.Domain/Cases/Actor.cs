using CaseManagement.Domain.Calendar;

namespace CaseManagement.Domain.Cases;

public enum CaseRole
{
    /// <summary>执法人员</summary>
    Officer,

    /// <summary>法制审核</summary>
    LegalReviewer,

    /// <summary>负责人</summary>
    Head,

    /// <summary>内勤</summary>
    Clerk,

    /// <summary>系统管理员</summary>
    Administrator,
}

/// <summary>The user firing a trigger, as the web layer knows them.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlySet<CaseRole> Roles)
{
    public bool Has(CaseRole role) => Roles.Contains(role);
}

/// <summary>Server time and the legal calendar, passed into the aggregate (no DateTime.Now in the domain).</summary>
public sealed record CaseClock(DateTimeOffset Now, DateOnly Today, LegalCalendar Calendar, CaseRules Rules);
