namespace CaseManagement.Domain.Cases;

/// <summary>The states of a penalty case (DECISIONS.md §4); names are used in code, API and tests.</summary>
public enum CaseState
{
    Lead,
    Investigation,
    Suspended,
    Review,
    Notified,
    Hearing,
    LegalReview,
    CollectiveDiscussion,
    PendingDecision,
    Decided,
    Executing,
    Closed,
    Archived,
    NotFiled,
    Cancelled,
    Terminated,
    Transferred,
}

/// <summary>
/// The triggers of a penalty case (DECISIONS.md §4). The finer steps after <see cref="Archive"/> record
/// data inside a state (立案申请, 证据, 笔录, 投资额认定, 案件审查意见, 告知书送达, 公示, 送达未果).
/// </summary>
public enum CaseTrigger
{
    RegisterLead,
    File,
    DeclineToFile,
    CancelFiling,
    Terminate,
    Transfer,
    Suspend,
    Resume,
    SubmitForReview,
    ReturnForInvestigation,
    IssueNotice,
    RecordStatement,
    RequestHearing,
    ScheduleHearing,
    ConcludeHearing,
    CloseStatementPeriod,
    RequireDiscussion,
    ConcludeDiscussion,
    PassLegalReview,
    Decide,
    DecideNoPenalty,
    Serve,
    RecordPayment,
    ApproveInstalments,
    IssueDemand,
    ApplyToCourt,
    ExtendDeadline,
    OrderCorrection,
    RecordReinspection,
    Close,
    Archive,
    RequestFiling,
    AddEvidence,
    RecordInvestigation,
    RecordInvestmentFinding,
    CompleteCaseReview,
    RecordNoticeService,
    RecordPublication,
    RecordServiceAttempt,
    ChangeOfficers,
    OpenDailyPenaltyCase,
    ServeCorrectionOrder,
    RecordRemedy,
    RecordRemedyOutcome,
    ServeHearingNotice,
    EditEvidence,
}

/// <summary>The Chinese labels the UI shows.</summary>
public static class CaseVocabulary
{
    public static string ToChinese(this CaseState state) => state switch
    {
        CaseState.Lead => "案源登记",
        CaseState.Investigation => "立案调查",
        CaseState.Suspended => "中止调查",
        CaseState.Review => "案件审查",
        CaseState.Notified => "已告知",
        CaseState.Hearing => "听证",
        CaseState.LegalReview => "法制审核",
        CaseState.CollectiveDiscussion => "集体讨论",
        CaseState.PendingDecision => "待决定",
        CaseState.Decided => "已决定",
        CaseState.Executing => "已送达、执行中",
        CaseState.Closed => "已结案",
        CaseState.Archived => "已归档",
        CaseState.NotFiled => "不予立案",
        CaseState.Cancelled => "撤销立案",
        CaseState.Terminated => "终止调查",
        CaseState.Transferred => "移送",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>
    /// The stage as the pages show it: a lead whose filing has been requested waits for the head's approval
    /// (行政处罚法第五十四条), which the bare state (still a lead until filed) would hide.
    /// </summary>
    public static string StageLabel(this PenaltyCase c) => StageLabel(c.State, c.FilingRequest is not null);

    /// <summary>
    /// The stage as staff read it, for lists that project the state and whether a filing was requested: a lead
    /// waiting for the head's approval reads 待立案审批 though its state is still 案源登记.
    /// </summary>
    public static string StageLabel(CaseState state, bool filingRequested) =>
        state == CaseState.Lead && filingRequested ? "待立案审批" : state.ToChinese();

    public static string ToChinese(this CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.RegisterLead => "案源登记",
        CaseTrigger.File => "批准立案",
        CaseTrigger.DeclineToFile => "不予立案",
        CaseTrigger.CancelFiling => "撤销立案",
        CaseTrigger.Terminate => "终止调查",
        CaseTrigger.Transfer => "移送",
        CaseTrigger.Suspend => "中止调查",
        CaseTrigger.Resume => "恢复调查",
        CaseTrigger.SubmitForReview => "调查终结，提交审查",
        CaseTrigger.ReturnForInvestigation => "退回补充调查",
        CaseTrigger.IssueNotice => "制发告知书",
        CaseTrigger.RecordStatement => "记录陈述申辩",
        CaseTrigger.RequestHearing => "当事人申请听证",
        CaseTrigger.ScheduleHearing => "安排听证（制发听证通知书）",
        CaseTrigger.ConcludeHearing => "听证终结",
        CaseTrigger.CloseStatementPeriod => "陈述申辩期结束（复核完毕）",
        CaseTrigger.RequireDiscussion => "法制审核通过，提交集体讨论",
        CaseTrigger.ConcludeDiscussion => "集体讨论终结",
        CaseTrigger.PassLegalReview => "法制审核通过",
        CaseTrigger.Decide => "作出处罚决定",
        CaseTrigger.DecideNoPenalty => "作出不予处罚决定",
        CaseTrigger.Serve => "送达决定书",
        CaseTrigger.RecordPayment => "登记缴款",
        CaseTrigger.ApproveInstalments => "批准分期（延期）缴纳",
        CaseTrigger.IssueDemand => "催告",
        CaseTrigger.ApplyToCourt => "申请法院强制执行",
        CaseTrigger.ExtendDeadline => "延长办案期限",
        CaseTrigger.OrderCorrection => "责令改正",
        CaseTrigger.RecordReinspection => "复查",
        CaseTrigger.Close => "结案",
        CaseTrigger.Archive => "归档",
        CaseTrigger.RequestFiling => "提请立案",
        CaseTrigger.AddEvidence => "登记证据",
        CaseTrigger.RecordInvestigation => "制作勘验/询问笔录",
        CaseTrigger.RecordInvestmentFinding => "认定总投资额",
        CaseTrigger.CompleteCaseReview => "填写案件审查意见",
        CaseTrigger.RecordNoticeService => "告知书送达",
        CaseTrigger.RecordPublication => "公示处罚决定",
        CaseTrigger.RecordServiceAttempt => "登记送达未果",
        CaseTrigger.ChangeOfficers => "变更执法人员",
        CaseTrigger.OpenDailyPenaltyCase => "立按日连续处罚关联案件",
        CaseTrigger.ServeCorrectionOrder => "责令改正决定书送达",
        CaseTrigger.RecordRemedy => "登记行政复议、行政诉讼",
        CaseTrigger.RecordRemedyOutcome => "登记复议、诉讼结果",
        CaseTrigger.ServeHearingNotice => "听证通知书送达",
        CaseTrigger.EditEvidence => "修改证据",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    /// <summary>处罚种类 (行政处罚法第九条) other than the fine, joined with “、” when several are set.</summary>
    public static string ToChinese(this Sanctions sanctions) => string.Join("、", Enum.GetValues<Sanctions>()
        .Where(s => s != Sanctions.None && (sanctions & s) == s)
        .Select(s => s switch
        {
            Sanctions.Warning => "警告",
            Sanctions.PublicCriticism => "通报批评",
            Sanctions.ConfiscateIllegalGains => "没收违法所得、没收非法财物",
            Sanctions.ConfiscateLargeAmount => "没收较大数额违法所得、较大价值非法财物",
            Sanctions.SuspendLicence => "暂扣许可证件",
            Sanctions.LowerQualification => "降低资质等级",
            Sanctions.RevokeLicence => "吊销许可证件",
            Sanctions.LimitProduction => "限制开展生产经营活动",
            Sanctions.SuspendProduction => "责令停产停业",
            Sanctions.Closure => "责令关闭",
            Sanctions.RestrictPractice => "限制从业",
            _ => throw new ArgumentOutOfRangeException(nameof(sanctions)),
        }));

    /// <summary>送达方式 (民事诉讼法第八十八条至第九十五条).</summary>
    public static string ToChinese(this ServiceMethod method) => method switch
    {
        ServiceMethod.Direct => "直接送达",
        ServiceMethod.LeftAtAddress => "留置送达",
        ServiceMethod.Entrusted => "委托送达",
        ServiceMethod.Mail => "邮寄送达",
        ServiceMethod.Electronic => "电子送达",
        ServiceMethod.Forwarded => "转交送达",
        ServiceMethod.Publication => "公告送达",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>听证公开与否 (行政处罚法第六十四条第三项), as printed in the 听证通知书 and the 听证笔录.</summary>
    public static string Publicity(this HearingPrivacyGround? ground) => ground switch
    {
        null => "公开举行",
        HearingPrivacyGround.StateSecret => "不公开举行（涉及国家秘密）",
        HearingPrivacyGround.TradeSecret => "不公开举行（涉及商业秘密）",
        HearingPrivacyGround.Privacy => "不公开举行（涉及个人隐私）",
        _ => throw new ArgumentOutOfRangeException(nameof(ground)),
    };

    public static string ToChinese(this HearingPrivacyGround ground) => ground switch
    {
        HearingPrivacyGround.StateSecret => "涉及国家秘密",
        HearingPrivacyGround.TradeSecret => "涉及商业秘密",
        HearingPrivacyGround.Privacy => "涉及个人隐私",
        _ => throw new ArgumentOutOfRangeException(nameof(ground)),
    };

    /// <summary>不予行政处罚的法定事由, as the head chooses it.</summary>
    public static string ToChinese(this NoPenaltyGround ground) => ground switch
    {
        NoPenaltyGround.MinorAndCorrected => "违法行为轻微并及时改正，或者初次违法且危害后果轻微并及时改正",
        NoPenaltyGround.NoFault => "有证据足以证明没有主观过错",
        NoPenaltyGround.FactsNotEstablished => "违法事实不能成立",
        NoPenaltyGround.BeyondLimitation => "超过行政处罚时效",
        _ => throw new ArgumentOutOfRangeException(nameof(ground)),
    };

    public static string ToChinese(this RemedyKind kind) => kind switch
    {
        RemedyKind.Reconsideration => "行政复议",
        RemedyKind.Litigation => "行政诉讼",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToChinese(this RemedyOutcome outcome) => outcome switch
    {
        RemedyOutcome.Upheld => "维持（驳回诉讼请求）",
        RemedyOutcome.Changed => "变更",
        RemedyOutcome.Revoked => "撤销",
        RemedyOutcome.RevokedNewDecisionOrdered => "撤销并责令重新作出决定",
        RemedyOutcome.ConfirmedUnlawful => "确认违法",
        RemedyOutcome.Withdrawn => "撤回",
        RemedyOutcome.Dismissed => "驳回",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>Why an attempt did not serve the document.</summary>
    public static string ToChinese(this ServiceAttemptOutcome outcome) => outcome switch
    {
        ServiceAttemptOutcome.MailReturned => "邮件被退回",
        ServiceAttemptOutcome.AddressNotFound => "地址不详或查无此人",
        ServiceAttemptOutcome.NobodyPresent => "无人在场",
        ServiceAttemptOutcome.ElectronicFailed => "电子送达未能到达",
        ServiceAttemptOutcome.Other => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>The roles that handle a case, as every page, refusal and document names them.</summary>
    public static string ToChinese(this CaseRole role) => role switch
    {
        CaseRole.Officer => "执法人员",
        CaseRole.LegalReviewer => "法制审核人员",
        CaseRole.Head => "负责人",
        CaseRole.Clerk => "内勤",
        CaseRole.Administrator => "系统管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>行政处罚法第四十六条的八类证据.</summary>
    public static string ToChinese(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Documentary => "书证",
        EvidenceKind.Physical => "物证",
        EvidenceKind.AudioVisual => "视听资料",
        EvidenceKind.Electronic => "电子数据",
        EvidenceKind.WitnessTestimony => "证人证言",
        EvidenceKind.PartyStatement => "当事人的陈述",
        EvidenceKind.ExpertOpinion => "鉴定意见",
        EvidenceKind.InspectionRecord => "勘验笔录、现场笔录",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>签收人与受送达人的关系 (民事诉讼法第八十八条; 民诉法解释第一百三十条): the form, the history and the 回证 say the same.</summary>
    public static string ToChinese(this RecipientRelation relation) => relation switch
    {
        RecipientRelation.Self => "本人",
        RecipientRelation.AdultFamilyMember => "同住成年家属",
        RecipientRelation.LegalRepresentative => "法定代表人",
        RecipientRelation.PrincipalHead => "主要负责人",
        RecipientRelation.ReceivingOffice => "负责收件的人（收发部门）",
        RecipientRelation.Agent => "代理人",
        RecipientRelation.DesignatedRecipient => "指定的代收人",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };
}
