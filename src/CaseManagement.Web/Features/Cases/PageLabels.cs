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
        [typeof(EvidenceKind)] = Words<EvidenceKind>(k => k.ToChinese()),
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
        [typeof(RecipientRelation)] = Words<RecipientRelation>(r => r.ToChinese()),
        [typeof(CaseRole)] = Words<CaseRole>(r => r.ToChinese()),
        [typeof(CaseState)] = Words<CaseState>(r => r.ToChinese()),
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
        [typeof(RemedyKind)] = Words<RemedyKind>(k => k.ToChinese()),
        [typeof(RemedyOutcome)] = Words<RemedyOutcome>(o => o.ToChinese()),
        [typeof(HearingPrivacyGround)] = Words<HearingPrivacyGround>(g => g.ToChinese()),
        [typeof(NoPenaltyGround)] = Words<NoPenaltyGround>(g => g.ToChinese()),
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

    public static string Violation(string code) =>
        ViolationCatalogue.Default.TryGet(code, out var violation) ? violation.Name : code;

    /// <summary>The Bootstrap colour of a deadline: red overdue, amber due within 3 working days, green pending, grey met.</summary>
    public static string DeadlineColour(DeadlineView deadline, DateOnly today, DateOnly amberUntil) => deadline.Status switch
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
