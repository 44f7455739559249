namespace CaseManagement.Domain.Deadlines;

/// <summary>The deadlines a case can see (LEGAL-REFERENCE.md §B).</summary>
public enum DeadlineKind
{
    FilingDecision,
    StatementPeriod,
    HearingRequest,
    HearingNotice,
    DecisionLimit,
    Service,
    Payment,
    SurchargeCap,
    Reconsideration,
    Litigation,
    DemandWait,
    CourtApplication,
    Publication,
    Reinspection,
}

public static class DeadlineKindLabels
{
    /// <summary>The Chinese name shown to officers.</summary>
    public static string Label(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.FilingDecision => "立案审查期限",
        DeadlineKind.StatementPeriod => "陈述申辩期限",
        DeadlineKind.HearingRequest => "听证申请期限",
        DeadlineKind.HearingNotice => "听证通知期限",
        DeadlineKind.DecisionLimit => "作出处罚决定期限",
        DeadlineKind.Service => "处罚决定书送达期限",
        DeadlineKind.Publication => "处罚决定公示期限",
        DeadlineKind.Payment => "罚款缴纳期限",
        DeadlineKind.SurchargeCap => "加处罚款达到上限",
        DeadlineKind.Reconsideration => "申请行政复议期限",
        DeadlineKind.Litigation => "提起行政诉讼期限",
        DeadlineKind.DemandWait => "催告履行期限",
        DeadlineKind.CourtApplication => "申请人民法院强制执行期限",
        DeadlineKind.Reinspection => "责令改正后复查期限",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
