using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// The Chinese the case pages show for the enums of the case and for the fields of the step forms. One
/// map per enum; a value without a label shows its code name, so a new enum member is visible, not lost.
/// </summary>
public static class PageLabels
{
    private static readonly Dictionary<Type, Dictionary<string, string>> Enums = new()
    {
        [typeof(PartyKind)] = new()
        {
            [nameof(PartyKind.Organisation)] = "法人或者其他组织",
            [nameof(PartyKind.Individual)] = "自然人",
        },
        [typeof(EvidenceKind)] = new()
        {
            // 行政处罚法第四十六条的八类证据.
            [nameof(EvidenceKind.Documentary)] = "书证",
            [nameof(EvidenceKind.Physical)] = "物证",
            [nameof(EvidenceKind.AudioVisual)] = "视听资料",
            [nameof(EvidenceKind.Electronic)] = "电子数据",
            [nameof(EvidenceKind.WitnessTestimony)] = "证人证言",
            [nameof(EvidenceKind.PartyStatement)] = "当事人的陈述",
            [nameof(EvidenceKind.ExpertOpinion)] = "鉴定意见",
            [nameof(EvidenceKind.InspectionRecord)] = "勘验笔录、现场笔录",
        },
        [typeof(InvestigationRecordKind)] = new()
        {
            [nameof(InvestigationRecordKind.Inspection)] = "现场检查（勘察）笔录",
            [nameof(InvestigationRecordKind.Interview)] = "调查询问笔录",
        },
        [typeof(InvestmentBasis)] = new()
        {
            [nameof(InvestmentBasis.InterviewRecord)] = "调查询问笔录",
            [nameof(InvestmentBasis.ResponsiblePersonCertificate)] = "建设单位负责人出具的证明",
            [nameof(InvestmentBasis.ThirdPartyAppraisal)] = "第三方评估",
        },
        [typeof(ServiceMethod)] = Words<ServiceMethod>(m => m.ToChinese()),
        [typeof(RecipientRelation)] = new()
        {
            [nameof(RecipientRelation.Self)] = "本人",
            [nameof(RecipientRelation.AdultFamilyMember)] = "同住成年家属",
            [nameof(RecipientRelation.LegalRepresentative)] = "法定代表人",
            [nameof(RecipientRelation.PrincipalHead)] = "主要负责人",
            [nameof(RecipientRelation.ReceivingOffice)] = "负责收件的人（办公室、收发室、值班室等）",
            [nameof(RecipientRelation.Agent)] = "代理人",
            [nameof(RecipientRelation.DesignatedRecipient)] = "指定的代收人",
        },
        [typeof(PublicationGround)] = new()
        {
            [nameof(PublicationGround.WhereaboutsUnknown)] = "受送达人下落不明",
            [nameof(PublicationGround.OtherMethodsFailed)] = "用其他方式无法送达",
        },
        [typeof(ServedDocument)] = new()
        {
            [nameof(ServedDocument.Notice)] = "行政处罚事先（听证）告知书",
            [nameof(ServedDocument.Decision)] = "行政处罚决定书",
            [nameof(ServedDocument.Demand)] = "催告书",
        },
        [typeof(ServiceAttemptOutcome)] = Words<ServiceAttemptOutcome>(o => o.ToChinese()),
        [typeof(HearingOutcome)] = new()
        {
            [nameof(HearingOutcome.Held)] = "听证已举行",
            [nameof(HearingOutcome.PartyAbsent)] = "当事人无正当理由不到场（视为放弃听证）",
            [nameof(HearingOutcome.Withdrawn)] = "当事人撤回听证申请",
        },
        [typeof(DecisionKind)] = new()
        {
            [nameof(DecisionKind.Penalty)] = "行政处罚决定",
            [nameof(DecisionKind.NoPenalty)] = "不予行政处罚决定",
        },
        [typeof(ExtensionKind)] = new()
        {
            [nameof(ExtensionKind.Filing)] = "立案审查期限",
            [nameof(ExtensionKind.Decision)] = "作出处罚决定的期限",
        },
        [typeof(ClosureGround)] = new()
        {
            [nameof(ClosureGround.PerformedInFull)] = "当事人全部履行",
            [nameof(ClosureGround.EnforcementAccepted)] = "已申请法院强制执行并被受理",
            [nameof(ClosureGround.NothingToExecute)] = "无需执行",
            [nameof(ClosureGround.DecisionRevoked)] = "处罚决定被依法撤销",
        },
        [typeof(Sanctions)] = new()
        {
            // 行政处罚法第九条的处罚种类（罚款另计金额）.
            [nameof(Sanctions.Warning)] = "警告",
            [nameof(Sanctions.PublicCriticism)] = "通报批评",
            [nameof(Sanctions.ConfiscateIllegalGains)] = "没收违法所得、没收非法财物",
            [nameof(Sanctions.ConfiscateLargeAmount)] = "没收较大数额违法所得、较大价值非法财物",
            [nameof(Sanctions.SuspendLicence)] = "暂扣许可证件",
            [nameof(Sanctions.LowerQualification)] = "降低资质等级",
            [nameof(Sanctions.RevokeLicence)] = "吊销许可证件",
            [nameof(Sanctions.LimitProduction)] = "限制开展生产经营活动",
            [nameof(Sanctions.SuspendProduction)] = "责令停产停业",
            [nameof(Sanctions.Closure)] = "责令关闭",
            [nameof(Sanctions.RestrictPractice)] = "限制从业",
        },
        [typeof(EiaDocumentType)] = new()
        {
            [nameof(EiaDocumentType.Report)] = "环境影响报告书",
            [nameof(EiaDocumentType.Form)] = "环境影响报告表",
        },
    };

    /// <summary>Field labels by property name; "Trigger.Property" overrides a name for one step.</summary>
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["On"] = "日期",
        ["RequestedOn"] = "提请日期",
        ["Reason"] = "理由",
        ["FiledOn"] = "立案日期",
        ["Officers"] = "执法人员（至少两名，持有效执法证件）",
        ["Kind"] = "种类",
        ["Title"] = "名称",
        ["CollectedOn"] = "取证日期",
        ["Place"] = "地点",
        ["Summary"] = "摘要",
        ["FoundOn"] = "认定日期",
        ["Amount"] = "金额（元）",
        ["Basis"] = "认定依据",
        ["EvidenceNumbers"] = "依据的证据",
        ["SubmittedOn"] = "调查终结日期",
        ["ReportSummary"] = "调查终结报告",
        ["Cause"] = "案由",
        ["ViolationCode"] = "违法行为",
        ["ActDate"] = "违法行为发生（终了）日期",
        ["Proposed"] = "拟处罚意见",
        ["Revised"] = "调整后的拟处罚意见（不调整则留空）",
        ["Fine"] = "罚款金额（元）",
        ["Sanctions"] = "其他处罚种类",
        ["FlaggedForDiscussion"] = "提请集体讨论",
        ["ReviewedOn"] = "审查（审核）日期",
        ["Opinion"] = "意见",
        ["IssuedOn"] = "制发日期",
        ["Method"] = "送达方式",
        ["ReceivedOn"] = "收到日期",
        ["WaivesStatement"] = "当事人放弃陈述、申辩",
        ["WaivesHearing"] = "当事人放弃听证",
        ["NoticeServedOn"] = "听证通知送达日期",
        ["NonPublicGround"] = "不公开举行的理由（公开举行则留空）",
        ["HearingOn"] = "听证日期",
        ["Presiding"] = "听证主持人",
        ["ConcludedOn"] = "听证终结日期",
        ["Outcome"] = "听证结果",
        ["ClosedOn"] = "日期",
        ["RecheckOpinion"] = "复核意见",
        ["HeldOn"] = "讨论日期",
        ["Participants"] = "参加人员",
        ["Conclusion"] = "讨论结论",
        ["DecidedOn"] = "决定日期",
        ["Recipient"] = "签收人（留置送达为拒收人）",
        ["Relation"] = "签收人与受送达人的关系",
        ["Time"] = "送达时间",
        ["Servers"] = "送达人",
        ["RefusalReason"] = "拒收事由",
        ["Witnesses"] = "见证人",
        ["Name"] = "姓名",
        ["Unit"] = "单位",
        ["Recordings"] = "拍照、录像记录编号",
        ["ConsentReference"] = "电子送达确认书编号",
        ["ElectronicAddress"] = "电子送达地址（邮箱、号码）",
        ["Intermediary"] = "受委托或转交的机关、单位",
        ["TrackingNumber"] = "邮件单号",
        ["ReturnSlipDate"] = "回执上的签收日期",
        ["PublicationGround"] = "公告送达的原因",
        ["PublicationChannels"] = "公告载体（每行一项）",
        ["Remarks"] = "备注",
        ["Obstructed"] = "当事人拒绝、阻挠复查",
        ["ServedOn"] = "送达日期（邮寄为交邮日期，公告为最后公告日期）",
        ["RecordServiceAttempt.Outcome"] = "未送达原因",
        ["RecordServiceAttempt.Document"] = "所送文书",
        ["PaidOn"] = "缴款日期",
        ["Reference"] = "缴款凭证号",
        ["ApprovedOn"] = "批准日期",
        ["Schedule"] = "分期计划",
        ["DueOn"] = "期限",
        ["AppliedOn"] = "申请日期",
        ["Court"] = "受理法院",
        ["Days"] = "延长天数",
        ["CollectiveDecision"] = "集体讨论决定",
        ["OrderedOn"] = "责令改正日期",
        ["Requirement"] = "改正要求",
        ["CorrectionNumber"] = "责令改正序号",
        ["InspectedOn"] = "复查日期",
        ["Corrected"] = "已改正",
        ["Findings"] = "复查情况",
        ["Ground"] = "结案理由",
        ["Remark"] = "结案说明",
        ["ArchivedOn"] = "归档日期",
        ["FileNumber"] = "档案号",
        ["From"] = "中止日期",
        ["Checklist"] = "案件审查清单",
        ["Passed"] = "通过",
        ["Jurisdiction"] = "管辖",
        ["Facts"] = "事实",
        ["Evidence"] = "证据",
        ["Procedure"] = "程序",
        ["Limitation"] = "时效",
        ["LegalBasis"] = "法律依据",
        ["Discretion"] = "裁量",
        ["AddEvidence.Kind"] = "证据种类",
        ["AddEvidence.Title"] = "证据名称",
        ["AddEvidence.Place"] = "取证地点",
        ["RecordInvestigation.Kind"] = "笔录种类",
        ["RecordInvestigation.On"] = "检查（询问）日期",
        ["RecordInvestigation.Summary"] = "笔录摘要",
        ["RequestFiling.Reason"] = "立案理由",
        ["CompleteCaseReview.Opinion"] = "审查意见",
        ["PassLegalReview.Opinion"] = "审核意见",
        ["RequireDiscussion.Opinion"] = "审核意见",
        ["RecordStatement.Summary"] = "陈述申辩内容",
        ["ConcludeHearing.Summary"] = "听证笔录摘要",
        ["CloseStatementPeriod.ClosedOn"] = "陈述申辩期结束日期",
        ["Close.ClosedOn"] = "结案日期",
        ["ExtendDeadline.Kind"] = "延长的期限",
        ["IssueDemand.IssuedOn"] = "催告书日期",
        ["ApproveInstalments.Reason"] = "申请理由",
        ["Suspend.Reason"] = "中止理由",
        ["Terminate.Reason"] = "终止理由",
        ["Transfer.Reason"] = "移送理由",
        ["CancelFiling.Reason"] = "撤销立案理由",
        ["DeclineToFile.Reason"] = "不予立案理由",
        ["DecideNoPenalty.Reason"] = "不予处罚理由",
        ["DecideNoPenalty.Ground"] = "不予处罚的法定事由",
        ["ReturnForInvestigation.Reason"] = "退回理由",
    };

    public static string Enum(object value)
    {
        var type = value.GetType();
        var name = value.ToString()!;
        return Enums.TryGetValue(type, out var labels) && labels.TryGetValue(name, out var label) ? label : name;
    }

    public static string Enum(Type type, string name) =>
        Enums.TryGetValue(type, out var labels) && labels.TryGetValue(name, out var label) ? label : name;

    /// <summary>"警告、责令停产停业", or "无" for <see cref="Sanctions.None"/>.</summary>
    public static string SanctionsText(Sanctions sanctions) => sanctions == Domain.Cases.Sanctions.None
        ? "无"
        : string.Join("、", System.Enum.GetValues<Sanctions>().Where(s => s != Domain.Cases.Sanctions.None && sanctions.HasFlag(s)).Select(s => Enum(s)));

    // The domain's own words for an enum, so the page and the case history say the same.
    private static Dictionary<string, string> Words<T>(Func<T, string> word)
        where T : struct, System.Enum => System.Enum.GetValues<T>().ToDictionary(v => v.ToString(), word);

    public static string Field(string trigger, string property) =>
        Fields.TryGetValue($"{trigger}.{property}", out var own) ? own
        : Fields.TryGetValue(property, out var label) ? label
        : property;

    public static string Violation(string code) =>
        ViolationCatalogue.Default.TryGet(code, out var violation) ? violation.Name : code;

    /// <summary>The Bootstrap colour of a deadline: red overdue, amber due within 3 working days, green pending, grey met.</summary>
    public static string DeadlineColour(Deadline deadline, DateOnly today, DateOnly amberUntil) => deadline.Status switch
    {
        DeadlineStatus.Overdue => "danger",
        DeadlineStatus.Met => "secondary",
        _ when deadline.DueDate < today => "danger",
        _ when deadline.DueDate <= amberUntil => "warning",
        _ => "success",
    };

    public static string DeadlineStatusLabel(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Pending => "未到期",
        DeadlineStatus.Met => "已完成",
        _ => "已逾期",
    };
}
