namespace CaseManagement.Domain.Cases;

/// <summary>
/// Who may fire what (role × trigger). The state machine then decides whether the step is possible now,
/// and the 查审分离 guards exclude the case's own investigators from review, hearing and approval steps.
/// 系统管理员 manages users and settings and acts on no case: an administrator who also handles cases
/// is given the handling role as well.
/// </summary>
public static class CaseRoleTable
{
    private static readonly IReadOnlyDictionary<CaseTrigger, CaseRole[]> Table = new Dictionary<CaseTrigger, CaseRole[]>
    {
        // Investigation work by the enforcement officers (行政处罚法第四十二条、第五十四条、第五十五条).
        [CaseTrigger.RegisterLead] = [CaseRole.Officer],
        [CaseTrigger.RequestFiling] = [CaseRole.Officer, CaseRole.Head],
        [CaseTrigger.AddEvidence] = [CaseRole.Officer],
        [CaseTrigger.EditEvidence] = [CaseRole.Officer],
        [CaseTrigger.RecordInvestigation] = [CaseRole.Officer],
        [CaseTrigger.RecordInvestmentFinding] = [CaseRole.Officer],
        [CaseTrigger.SubmitForReview] = [CaseRole.Officer],
        [CaseTrigger.OrderCorrection] = [CaseRole.Officer],
        [CaseTrigger.RecordReinspection] = [CaseRole.Officer],
        [CaseTrigger.IssueDemand] = [CaseRole.Officer],

        // Paperwork the clerk may also record.
        [CaseTrigger.RecordNoticeService] = [CaseRole.Officer, CaseRole.Clerk],
        [CaseTrigger.RecordServiceAttempt] = [CaseRole.Officer, CaseRole.Clerk],
        [CaseTrigger.RecordStatement] = [CaseRole.Officer, CaseRole.Clerk],
        [CaseTrigger.RequestHearing] = [CaseRole.Officer, CaseRole.Clerk],
        [CaseTrigger.Serve] = [CaseRole.Officer, CaseRole.Clerk],
        [CaseTrigger.RecordPayment] = [CaseRole.Officer, CaseRole.Clerk],
        [CaseTrigger.Archive] = [CaseRole.Clerk],

        // 公示 (行政处罚法第四十八条; 国办发〔2018〕118号): the clerk or the case officer publishes the decision.
        [CaseTrigger.RecordPublication] = [CaseRole.Clerk, CaseRole.Officer],

        // 案件审查 and 法制审核 by reviewers separate from the investigators (行政处罚法第五十八条).
        [CaseTrigger.CompleteCaseReview] = [CaseRole.LegalReviewer],
        [CaseTrigger.ReturnForInvestigation] = [CaseRole.LegalReviewer],
        [CaseTrigger.IssueNotice] = [CaseRole.LegalReviewer, CaseRole.Head],
        [CaseTrigger.CloseStatementPeriod] = [CaseRole.LegalReviewer],
        [CaseTrigger.PassLegalReview] = [CaseRole.LegalReviewer],
        [CaseTrigger.RequireDiscussion] = [CaseRole.LegalReviewer],

        // 听证主持人 (行政处罚法第六十四条).
        [CaseTrigger.ScheduleHearing] = [CaseRole.LegalReviewer],
        [CaseTrigger.ConcludeHearing] = [CaseRole.LegalReviewer],

        // 听证通知书送达 is paperwork like any service.
        [CaseTrigger.ServeHearingNotice] = [CaseRole.Officer, CaseRole.Clerk, CaseRole.LegalReviewer],

        // Approvals and decisions by the head (行政处罚法第五十七条).
        [CaseTrigger.File] = [CaseRole.Head],
        [CaseTrigger.DeclineToFile] = [CaseRole.Head],
        [CaseTrigger.CancelFiling] = [CaseRole.Head],
        [CaseTrigger.Terminate] = [CaseRole.Head],
        [CaseTrigger.Transfer] = [CaseRole.Head],
        [CaseTrigger.Suspend] = [CaseRole.Head],
        [CaseTrigger.Resume] = [CaseRole.Head],
        [CaseTrigger.ExtendDeadline] = [CaseRole.Head],
        [CaseTrigger.ConcludeDiscussion] = [CaseRole.Head],
        [CaseTrigger.Decide] = [CaseRole.Head],
        [CaseTrigger.DecideNoPenalty] = [CaseRole.Head],
        [CaseTrigger.ApproveInstalments] = [CaseRole.Head],
        [CaseTrigger.ApplyToCourt] = [CaseRole.Head],
        [CaseTrigger.Close] = [CaseRole.Head],

        // 变更执法人员 (an officer leaves, or withdraws under 回避, 行政处罚法第四十三条) is decided by the head.
        [CaseTrigger.ChangeOfficers] = [CaseRole.Head],

        // 按日连续处罚 is a case of its own (令第28号第十五条): the officer registers it from the original case, like any
        // lead; its filing, review and decision follow the ordinary roles. The correction order is served like any document.
        [CaseTrigger.OpenDailyPenaltyCase] = [CaseRole.Officer],
        [CaseTrigger.ServeCorrectionOrder] = [CaseRole.Officer, CaseRole.Clerk],

        // 行政复议、行政诉讼 are recorded by the legal section, which answers them, or by the clerk.
        [CaseTrigger.RecordRemedy] = [CaseRole.LegalReviewer, CaseRole.Clerk],
        [CaseTrigger.RecordRemedyOutcome] = [CaseRole.LegalReviewer, CaseRole.Clerk],
    };

    public static IReadOnlyList<CaseRole> RolesFor(CaseTrigger trigger) => Table[trigger];

    /// <summary>
    /// Whether one of the user's roles may fire the trigger. A loop rather than <c>Any(actor.Has)</c>: the case view asks
    /// this for every trigger after every step, and the method group made a delegate each time (a twentieth of a step's allocations).
    /// </summary>
    public static bool MayFire(Actor actor, CaseTrigger trigger)
    {
        foreach (var role in Table[trigger])
        {
            if (actor.Has(role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why a user without the role may not fire the trigger: the one sentence the API, the pages and the aggregate give.</summary>
    public static string Refusal(CaseTrigger trigger) =>
        $"您无权执行“{trigger.ToChinese()}”：该步骤由{string.Join("、", RolesFor(trigger).Select(r => r.ToChinese()))}办理。";
}
