namespace CaseManagement.Domain.Cases;

/// <summary>
/// The descriptions of the lifecycle guards: shown in the diagram and used as the refusal reason.
/// Each cites the article it enforces.
/// </summary>
public static class CaseGuards
{
    // Description → machine code, from the constants' own names (TwoCertifiedOfficers → "two-certified-officers").
    private static readonly IReadOnlyDictionary<string, string> Codes = typeof(CaseGuards)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .GroupBy(f => (string)f.GetRawConstantValue()!)
        .ToDictionary(g => g.Key, g => Kebab(g.First().Name));

    /// <summary>The stable machine-readable code of a guard, given its description; <see cref="DomainRuleException.RuleRefused"/> for any other text.</summary>
    public static string CodeOf(string description) => Codes.TryGetValue(description, out var code) ? code : DomainRuleException.RuleRefused;

    private static string Kebab(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(ch) : ch.ToString()));

    public const string EvidenceEditableBeforeNotice =
        "证据的名称、来源和证明内容只能在事先告知书制发前修改；告知书已制发的，以告知当事人的证据为准（行政处罚法第四十四条、第四十七条）";

    public const string EvidenceEditedByInvestigator =
        "证据只能由本案调查人员修改（行政处罚法第四十二条、第四十六条）";

    public const string TwoCertifiedOfficers =
        "执法人员不得少于两人，且须为本案执法人员、持有当日有效的执法证件（行政处罚法第四十二条）";

    public const string NotAnInvestigator =
        "查审分离：本案调查人员不得进行案件审查、法制审核（《生态环境行政处罚办法》（生态环境部令第30号）案件调查与审查分离的规定）";

    public const string NotAnInvestigatorAtHearing =
        "听证由本案调查人员以外的人员主持、办理（行政处罚法第六十四条第四项）";

    public const string HearingNotWaived =
        "当事人已书面放弃听证权利，不能再申请听证（行政处罚法第六十二条、第六十四条）";

    public const string DiscussionFlagByHead =
        "集体讨论（法定情形以外）由负责人决定，调查人员不得自行标记（行政处罚法第五十七条第二款）";

    public const string WithinLimitation =
        "违法行为自发生（连续或者继续状态的，自终了）之日起至被发现之日已超过行政处罚时效，不得立案处罚或作出处罚决定（行政处罚法第三十六条；生态环境法典第一千零五十四条）";

    public const string NotOwnSubmission =
        "不得审批本人提出的申请（行政处罚法第五十七条）";

    public const string IsInvestigator =
        "调查终结报告须由本案调查人员提出（行政处罚法第五十四条）";

    public const string DatedInOrder =
        "日期不得早于所依据的前一步骤、不得晚于今天（行政处罚法第四十七条）";

    public const string FilingRequested =
        "须先提请立案，方可审批（行政处罚法第五十四条）";

    public const string FilingNotYetRequested =
        "已提请立案，等待负责人审批，不得重复提请（行政处罚法第五十四条）";

    public const string OfficersChanged =
        "变更后的执法人员须与现有人员不同，并记明变更理由（行政处罚法第四十三条）";

    public const string InvestmentEvidenced =
        "总投资额须有本案已登记的证据支持（环境影响评价法第三十一条第一款）";

    public const string CaseReviewPassed =
        "案件审查各项均通过后，方可制发告知书（行政处罚法第四十四条）";

    public const string NoticeNotYetServed =
        "告知书只能登记一次送达（行政处罚法第四十四条）";

    public const string NoticeServed =
        "告知书送达后，方可进行陈述申辩、听证申请等程序（行政处罚法第四十四条）";

    public const string StatementPeriodOver =
        "陈述申辩期届满或当事人明确放弃陈述申辩后，方可继续（行政处罚法第四十四条、第四十五条、第六十二条）";

    public const string HearingPeriodOver =
        "告知听证权利的，听证申请期（送达后五个工作日）届满或当事人放弃听证后，方可继续（行政处罚法第六十四条第一项）";

    public const string HearingOffered =
        "告知书未告知听证权利的案件不能申请听证（行政处罚法第六十三条）";

    public const string WithinHearingRequestPeriod =
        "听证申请须在告知书送达后五个工作日内提出（行政处罚法第六十四条第一项）";

    public const string HearingNotYetScheduled =
        "听证已安排或已终结（行政处罚法第六十四条）";

    public const string HearingNoticeSevenDays =
        "听证通知书送达之日与举行听证之日之间须至少间隔七个工作日（行政处罚法第六十四条第二项、第八十五条）";

    public const string HearingNoticeAwaitingService =
        "听证通知书须已制发且尚未登记送达（行政处罚法第六十四条第二项）";

    public const string PresidingNotInvestigator =
        "听证主持人不得为本案调查人员（行政处罚法第六十四条第四项）";

    public const string HearingHeldOrWaived =
        "听证须在听证通知书送达后举行（或当事人缺席、撤回视为放弃）后方可终结（行政处罚法第六十四条、第六十五条）";

    public const string DiscussionNotRequired =
        "须经集体讨论的案件不得跳过集体讨论（行政处罚法第五十七条第二款）";

    public const string DiscussionHeldIfRequired =
        "须经集体讨论的案件，集体讨论后方可作出决定（行政处罚法第五十七条第二款）";

    public const string ReviewerLegallyQualified =
        "初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格：审核人员的用户档案未登记法律职业资格，也未登记其在2021年7月15日以前已从事法制审核（行政处罚法第五十八条第二款）";

    public const string SanctionsAllowed =
        "处罚种类须为违法行为所适用条款规定的种类，并符合该条款的条件（情节严重、报经有批准权的人民政府批准）；没有依据的行政处罚无效（行政处罚法第三十八条第一款）";

    public const string NotAboveNotified =
        "决定的罚款不得高于告知的罚款，处罚种类不得超出告知的范围；加重须重新告知（行政处罚法第四十五条）";

    public const string FineWithinStatutoryRange =
        "罚款须在违法行为发生时（从旧兼从轻）的法定幅度内，不得超过法定最高额；低于法定最低额或者对应当处罚款的不处罚款，须记明减轻处罚的理由（行政处罚法第三十二条；生态环境法典第一千零五十六条）";

    public const string ExtensionAllowed =
        "延期须与当前阶段相符，经负责人批准不超过规定天数；再次延长须有集体讨论决定（行政处罚法第六十条）";

    public const string PaymentWithinOutstanding =
        "缴款金额须大于零且不超过尚未缴纳的罚款（行政处罚法第六十七条）";

    public const string InstalmentsValid =
        "分期（延期）缴纳须逐期列明，合计等于尚未缴纳的罚款（行政处罚法第六十六条）";

    public const string PaymentOverdue =
        "缴款期限届满仍未缴清罚款的，方可催告（行政强制法第三十五条、第五十四条）";

    public const string DemandPeriodOver =
        "催告书送达十个工作日后仍未履行的，方可申请法院强制执行（行政强制法第五十四条）";

    public const string WithinCourtWindow =
        "申请强制执行须在复议、诉讼期限届满（或复议、诉讼终结）后，自届满之日（批准延期、分期缴纳的，自延期、分期期限结束之日）起三个月内提出（行政强制法第五十三条；行政诉讼法第九十七条；行政处罚法第七十二条第二款）";

    public const string ClosureGroundMet =
        "结案须符合结案条件：全部履行、法院已受理强制执行、无需执行，或已登记复议、诉讼撤销决定（确认违法）的结果";

    public const string CorrectionOrdered =
        "复查须针对本案已送达的责令改正决定书，在送达之后进行（行政处罚法第二十八条；环境保护主管部门实施按日连续处罚办法第十条）";

    public const string CorrectionOrderAwaitingService =
        "责令改正决定书须已制发且尚未登记送达（环境保护主管部门实施按日连续处罚办法第八条）";

    public const string NotALinkedCase =
        "按日连续处罚案件本身不再立按日连续处罚案件；继续违法的，在原案中重新责令改正并复查（环境保护主管部门实施按日连续处罚办法第十四条）";

    public const string RemedyRecordable =
        "作出处罚决定后方可登记行政复议、行政诉讼；同类复议或诉讼尚未终结的不得重复登记（行政处罚法第七十三条）";

    public const string RemedyPending =
        "登记结果须针对尚未终结的复议或诉讼，结果日期不得早于申请日期";

    public const string NewDecisionOrdered =
        "决定经复议或诉讼撤销并责令重新作出的，方可退回重新调查（行政复议法第六十四条；行政诉讼法第七十条）";

    public const string NoRemedyPending =
        "行政复议或行政诉讼尚未终结的，不得申请法院强制执行（行政强制法第五十三条；行政处罚法第七十三条）";

    public const string OriginalFineDecided =
        "按日连续处罚须以已作出的罚款处罚决定为前提（环境保护主管部门实施按日连续处罚办法第七条）";

    public const string RefusalFoundOnReinspection =
        "按日连续处罚须在责令改正决定书送达后，经复查发现当事人继续违法、拒不改正或者拒绝、阻挠复查（环境保护主管部门实施按日连续处罚办法第十条、第十三条、第十七条；环境保护法第五十九条；法典第一千零六十条）";

    public const string DailyPenaltyApplies =
        "本案违法行为不适用按日连续处罚（环境保护法第五十九条；环境保护主管部门实施按日连续处罚办法第五条；法典第一千零六十条）";

    public const string NotYetDecidedForOrder =
        "同一责令改正决定只能作出一次按日连续处罚决定；继续违法的，应重新责令改正并复查（环境保护主管部门实施按日连续处罚办法第十四条）";

    public const string InvestmentFound =
        "2026年8月15日前的未批先建案件，须有证据支持的总投资额认定，方可通过法制审核（环境影响评价法第三十一条第一款）";

    // ---- 送达 (民事诉讼法第八十七条至第九十五条; 民诉法解释第一百三十条至第一百三十九条; 行政处罚法第六十一条) ----

    public const string DirectServiceRecorded =
        "民事诉讼法第八十八条：直接送达须记明签收人及其与受送达人的关系（本人、同住成年家属、法定代表人、收发部门等）、送达地点和时间（民诉法解释第一百三十条）";

    public const string LeftAtAddressRecorded =
        "民事诉讼法第八十九条：留置送达须记明拒收人、拒收事由、送达地点和时间，并有见证人签名或拍照、录像记录";

    public const string ElectronicServiceRecorded =
        "民事诉讼法第九十条、行政处罚法第六十一条第二款：电子送达须经当事人同意并签订确认书，记明确认书编号和电子送达地址（民诉法解释第一百三十五条）";

    public const string EntrustedServiceRecorded =
        "民事诉讼法第九十一条：委托送达须记明受委托机关和签收人";

    public const string ForwardedServiceRecorded =
        "民事诉讼法第九十二条至第九十四条：转交送达须记明转交机关（部队、监所等）和签收人";

    public const string MailServiceRecorded =
        "民事诉讼法第九十一条：邮寄送达须记明邮件号码和回执上的签收日期（不早于交寄日、不晚于今天），以回执签收日期为送达日期；邮件被退回的不是送达，应登记送达未果";

    public const string PublicationServiceJustified =
        "民事诉讼法第九十五条：受送达人下落不明，或者用其他方式无法送达（须已登记送达未果）的，方可公告送达；须记明公告方式，以最后公告之日起经过三十日视为送达（民诉法解释第一百三十八条、第一百三十九条）";

    public const string DemandServedDirectly =
        "行政强制法第三十八条：催告书应当直接送达；当事人拒绝接收的可留置送达，无法直接送达（须已登记送达未果）的方可依照民事诉讼法以其他方式送达";
}
