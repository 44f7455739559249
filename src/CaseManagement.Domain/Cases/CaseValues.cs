using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Cases;

public enum PartyKind
{
    /// <summary>法人或者其他组织</summary>
    Organisation,

    /// <summary>自然人（公民）</summary>
    Individual,
}

/// <summary>当事人. Codes are checked by the Parties module; here they are plain strings.</summary>
public sealed record Party(
    PartyKind Kind,
    string Name,
    string IdentifierCode,
    string Address,
    string? LegalRepresentative);

/// <summary>The penalty types of 行政处罚法第九条 other than the fine (a fine is an amount).</summary>
[Flags]
public enum Sanctions
{
    None = 0,
    Warning = 1 << 0,                     // 警告
    PublicCriticism = 1 << 1,             // 通报批评
    ConfiscateIllegalGains = 1 << 2,      // 没收违法所得、没收非法财物
    ConfiscateLargeAmount = 1 << 3,       // 没收较大数额违法所得、较大价值非法财物
    SuspendLicence = 1 << 4,              // 暂扣许可证件
    LowerQualification = 1 << 5,          // 降低资质等级
    RevokeLicence = 1 << 6,               // 吊销许可证件
    LimitProduction = 1 << 7,             // 限制开展生产经营活动
    SuspendProduction = 1 << 8,           // 责令停产停业
    Closure = 1 << 9,                     // 责令关闭
    RestrictPractice = 1 << 10,           // 限制从业
}

/// <summary>
/// 拟处罚意见: the fine and other sanctions proposed, whether the head flagged it for 集体讨论, and the 减轻
/// ground when the fine goes below the statutory minimum (行政处罚法第三十二条; 法典第一千零五十六条第二款).
/// </summary>
public sealed record ProposedPenalty(decimal Fine, Sanctions Sanctions, bool FlaggedForDiscussion, string? MitigationGround = null)
{
    /// <summary>裁量理由 in the officer's words, printed after the chosen factors as the reasons for the amount.</summary>
    public string? DiscretionReasons { get; init; }

    /// <summary>The grade of each discretion factor chosen in the calculator (裁量因素), printed as the reasons for the amount.</summary>
    public IReadOnlyList<DiscretionChoice>? DiscretionFactors { get; init; }
}

/// <summary>
/// The findings besides the violation and the act date that set the statutory fine range (DECISIONS.md §6):
/// the EIA document type (法典第一千零九十五条第一款), 情节严重, and 逾期不改正/拒不改正
/// (建设项目环境保护管理条例第二十三条第一款; 法典第一千一百条). The total investment is the case's
/// <see cref="InvestmentFinding"/>.
/// </summary>
public sealed record FineFindings(EiaDocumentType? EiaDocument = null, bool Serious = false, bool Uncorrected = false)
{
    public static FineFindings None { get; } = new();
}

/// <summary>行政处罚法第四十六条: the eight kinds of evidence.</summary>
public enum EvidenceKind
{
    Documentary,       // 书证
    Physical,          // 物证
    AudioVisual,       // 视听资料
    Electronic,        // 电子数据
    WitnessTestimony,  // 证人证言
    PartyStatement,    // 当事人的陈述
    ExpertOpinion,     // 鉴定意见
    InspectionRecord,  // 勘验笔录、现场笔录
}

public enum InvestigationRecordKind
{
    Inspection,  // 现场检查（勘察）笔录
    Interview,   // 调查询问笔录
}

/// <summary>The basis of the total-investment finding for 未批先建 (DECISIONS.md §6).</summary>
public enum InvestmentBasis
{
    InterviewRecord,               // 调查询问笔录
    ResponsiblePersonCertificate,  // 建设单位负责人出具的证明
    ThirdPartyAppraisal,           // 第三方评估
}

/// <summary>One item of the 案件审查 checklist: pass/fail and the reviewer's opinion.</summary>
public sealed record ReviewItem(bool Passed, string Opinion);

/// <summary>案件审查 checklist (2010 MEE Measures Art. 46 plus 裁量).</summary>
public sealed record ReviewChecklist(
    ReviewItem Jurisdiction,
    ReviewItem Facts,
    ReviewItem Evidence,
    ReviewItem Procedure,
    ReviewItem Limitation,
    ReviewItem LegalBasis,
    ReviewItem Discretion)
{
    public bool AllPassed =>
        Jurisdiction.Passed && Facts.Passed && Evidence.Passed && Procedure.Passed
        && Limitation.Passed && LegalBasis.Passed && Discretion.Passed;
}

public enum ServiceMethod
{
    Direct,        // 直接送达
    LeftAtAddress, // 留置送达
    Entrusted,     // 委托送达
    Mail,          // 邮寄送达
    Electronic,    // 电子送达（当事人同意并签订确认书）
    Forwarded,     // 转交送达（民事诉讼法第九十二条至第九十四条）
    Publication,   // 公告送达
}

public enum HearingOutcome
{
    Held,        // 听证已举行
    PartyAbsent, // 当事人无正当理由不到场或中途退场，视为放弃听证
    Withdrawn,   // 当事人撤回听证申请
}

public enum DecisionKind
{
    Penalty,    // 处罚决定
    NoPenalty,  // 不予行政处罚决定
}

public enum ExtensionKind
{
    Filing,    // 立案审查期限
    Decision,  // 作出处罚决定的期限（行政处罚法第六十条）
}

public enum ClosureGround
{
    PerformedInFull,      // 当事人全部履行
    EnforcementAccepted,  // 已申请法院强制执行并被受理
    NothingToExecute,     // 无需执行（不予处罚等）
    DecisionRevoked,      // 决定被依法撤销
}

/// <summary>行政复议 or 行政诉讼 against the decision.</summary>
public enum RemedyKind
{
    Reconsideration, // 行政复议
    Litigation,      // 行政诉讼
}

/// <summary>How a reconsideration or lawsuit ended (行政复议法第六十三条至第六十八条; 行政诉讼法第六十九条至第七十七条).</summary>
public enum RemedyOutcome
{
    Upheld,                    // 维持 / 驳回诉讼请求
    Changed,                   // 变更
    Revoked,                   // 撤销
    RevokedNewDecisionOrdered, // 撤销并责令重新作出行政行为
    ConfirmedUnlawful,         // 确认违法（或无效）
    Withdrawn,                 // 申请人撤回申请 / 原告撤诉
    Dismissed,                 // 驳回申请 / 驳回起诉（不予受理）
}

/// <summary>
/// The ground of a 不予行政处罚决定, chosen by the head; the decision cites that ground only (DECISIONS.md §10).
/// </summary>
public enum NoPenaltyGround
{
    MinorAndCorrected,     // 违法行为轻微并及时改正 / 初次违法且危害后果轻微并及时改正（行政处罚法第三十三条第一款；法典第一千零五十六条第二款）
    NoFault,               // 有证据足以证明没有主观过错（行政处罚法第三十三条第二款；法典第一千零五十三条第一款）
    FactsNotEstablished,   // 违法事实不能成立（行政处罚法第五十七条第一款第三项）
    BeyondLimitation,      // 超过行政处罚时效（行政处罚法第三十六条；法典第一千零五十四条）
}

/// <summary>Why a hearing is not public (行政处罚法第六十四条第三项).</summary>
public enum HearingPrivacyGround
{
    StateSecret,  // 涉及国家秘密
    TradeSecret,  // 涉及商业秘密
    Privacy,      // 涉及个人隐私
}
