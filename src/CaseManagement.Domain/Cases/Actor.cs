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
    /// <summary>
    /// 行政处罚法第五十八条第二款 (in force 2021-07-15): those who take up 法制审核 for the first time from that day on must
    /// have obtained the 法律职业资格 by passing the national unified legal professional qualification examination.
    /// </summary>
    public static readonly DateOnly LegalReviewQualificationRequiredFrom = new(2021, 7, 15);

    /// <summary>法律职业资格 recorded in the user's profile by an administrator.</summary>
    public bool LegallyQualified { get; init; }

    /// <summary>The day the user began 行政处罚决定法制审核 work, as recorded in their profile (null: not recorded).</summary>
    public DateOnly? LegalReviewSince { get; init; }

    public bool Has(CaseRole role) => Roles.Contains(role);

    /// <summary>
    /// Whether this user may conclude a 法制审核 (行政处罚法第五十八条第二款): qualified, or recorded as doing legal review
    /// since before 2021-07-15 (not “初次从事” under the revised law). Without a record, a reviewer counts as first-time.
    /// </summary>
    public bool MayConcludeLegalReview => LegallyQualified
        || (LegalReviewSince is { } since && since < LegalReviewQualificationRequiredFrom);
}

/// <summary>Server time and the legal calendar, passed into the aggregate (no DateTime.Now in the domain).</summary>
public sealed record CaseClock(DateTimeOffset Now, DateOnly Today, LegalCalendar Calendar, CaseRules Rules);
