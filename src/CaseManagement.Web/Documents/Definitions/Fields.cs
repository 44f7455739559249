namespace CaseManagement.Web.Documents.Definitions;

/// <summary>
/// The fields several documents share, each with its Chinese name and where its value comes from
/// (templates/README.md lists them per template). A field only one document has is declared in its definition.
/// </summary>
public static class Fields
{
    private static TemplateField F(string tag, string name, string source) => new(tag, name, source);

    public static readonly TemplateField OrganisationName = F("organisationName", "执法机关名称", "机构设置中的机关全称");
    public static readonly TemplateField DocumentNumber = F("documentNumber", "文号", "制发步骤分配的文号；预览时为“（草稿）”");
    public static readonly TemplateField SealText = F("sealText", "印章文字", "机构设置中的印章文字");
    public static readonly TemplateField CaseNumber = F("caseNumber", "立案号", "立案步骤分配的立案号");
    public static readonly TemplateField CaseCause = F("caseCause", "案由", "登记案源时填写的案由");
    public static readonly TemplateField CaseSource = F("caseSource", "案件来源", "登记案源时选择的案件来源");
    public static readonly TemplateField PartyName = F("partyName", "当事人名称或姓名", "登记案源时填写的当事人");
    public static readonly TemplateField PartyCode = F("partyCode", "统一社会信用代码或身份证号码", "登记案源时填写的当事人证照号码");
    public static readonly TemplateField PartyRepresentative = F("partyRepresentative", "法定代表人（负责人）", "登记案源时填写的法定代表人或负责人；现场检查笔录为检查时填写的负责人");
    public static readonly TemplateField PartyAddress = F("partyAddress", "当事人地址", "登记案源时填写的住所或住址");
    public static readonly TemplateField Facts = F("facts", "违法事实", "“调查终结”步骤为决定书单独填写的违法事实；未填写时仅印当事人、违法行为日期和案由");
    public static readonly TemplateField ProvisionBreached = F("provisionBreached", "违反的条款", "案件违法行为类型对应的法律条款（违法行为发生时有效）");
    public static readonly TemplateField ProvisionApplied = F("provisionApplied", "处罚依据", "违法行为类型在决定日适用的罚则（含从旧兼从轻）");
    public static readonly TemplateField Discretion = F("discretion", "裁量情况", "罚则规定的罚款幅度、“调查终结”步骤在裁量计算器中选定的裁量因素和填写的裁量理由、本案罚款金额");
    public static readonly TemplateField ProposedPenalty = F("proposedPenalty", "拟处罚内容", "调查终结时提出的处罚建议");
    public static readonly TemplateField FineAmount = F("fineAmount", "罚款金额", "决定（或拟决定）的罚款，小写");
    public static readonly TemplateField FineUppercase = F("fineUppercase", "罚款金额大写", "同上，人民币大写");
    public static readonly TemplateField InvestmentFinding = F("investmentFinding", "投资额认定", "“认定建设项目总投资额”步骤记录的金额、认定方法和证据");
    public static readonly TemplateField LawComparison = F("lawComparison", "新旧法比较", "违法行为早于生态环境法典施行时，新旧罚则的比较结论");
    public static readonly TemplateField CorrectionOrder = F("correctionOrder", "责令改正的内容", "最近一次“责令改正”步骤填写的改正要求及期限");
    public static readonly TemplateField PenaltyContent = F("penaltyContent", "处罚种类", "决定的处罚种类（罚款及其他处罚）");
    public static readonly TemplateField PaymentInstructions = F("paymentInstructions", "缴款渠道", "机构设置中的缴款说明");
    public static readonly TemplateField PaymentDeadlineText = F("paymentDeadlineText", "缴纳期限", "机构设置中的缴款期限（行政处罚法第六十七条，默认十五日）");
    public static readonly TemplateField ReconsiderationBody = F("reconsiderationBody", "复议机关", "机构设置中的行政复议机关");
    public static readonly TemplateField Court = F("court", "人民法院", "机构设置中的管辖人民法院");
    public static readonly TemplateField DecisionDate = F("decisionDate", "决定日期", "作出决定的日期（决定步骤）");
    public static readonly TemplateField DocumentDate = F("documentDate", "成文日期", "制发步骤的日期");
    public static readonly TemplateField ContactPerson = F("contactPerson", "联系人", "本案第一承办人");
    public static readonly TemplateField ContactPhone = F("contactPhone", "联系电话", "机构设置中的联系电话");
    public static readonly TemplateField CaseSummary = F("caseSummary", "案情简介", "登记案源与调查终结时记录的案情");
    public static readonly TemplateField HandlerNames = F("handlerNames", "承办人", "立案时指定的承办执法人员");
    public static readonly TemplateField OriginalDecisionNumber = F("originalDecisionNumber", "原决定书文号", "行政处罚决定书的文号");
    public static readonly TemplateField OriginalDecisionDate = F("originalDecisionDate", "原决定日期", "行政处罚决定书的日期");
    public static readonly TemplateField DecisionServedDate = F("decisionServedDate", "决定书送达日期", "“送达决定书”步骤记录的送达日期");
    public static readonly TemplateField HearingPlace = F("hearingPlace", "听证地点", "“安排听证”步骤填写的地点");
    public static readonly TemplateField PresidingOfficer = F("presidingOfficer", "听证主持人", "“安排听证”步骤指定的主持人");
    public static readonly TemplateField HearingOfficers = F("hearingOfficers", "听证员", "“安排听证”步骤填写的听证员");
    public static readonly TemplateField HearingClerk = F("hearingClerk", "记录员", "“安排听证”步骤填写的记录员");
    public static readonly TemplateField HearingPublicity = F("hearingPublicity", "是否公开举行", "公开举行（行政处罚法第六十四条）");
    public static readonly TemplateField RefusalNote = F("refusalNote", "拒绝签名等情况", "当事人拒绝签名或者未到场的情况");

    /// <summary>当事人 block of the outward documents.</summary>
    public static readonly TemplateField[] Party = [PartyName, PartyCode, PartyRepresentative, PartyAddress];

    /// <summary>机关名称 and 文号 of an outward document.</summary>
    public static readonly TemplateField[] Outward = [OrganisationName, DocumentNumber];

    /// <summary>证据清单: the case's evidence in number order.</summary>
    public static readonly TemplateSection Evidence = new("evidence", "证据清单",
    [
        F("evidenceNo", "序号", "证据编号"),
        F("evidenceName", "证据名称", "上传证据时填写的名称"),
        F("evidenceDescription", "证明内容", "上传证据时填写的种类、取得日期、地点、来源和证明内容；笔录为制作时间、地点和摘要"),
    ]);

    /// <summary>承办人、承办机构、负责人三级审批栏 of an approval form.</summary>
    public static TemplateField[] Approvals(string handlerSource, string departmentSource, string headSource) =>
    [
        F("handlerOpinion", "承办人意见", handlerSource), F("handlerName", "承办人", handlerSource), F("handlerDate", "承办人签署日期", handlerSource),
        F("departmentOpinion", "承办机构意见", departmentSource), F("departmentHeadName", "承办机构负责人", departmentSource),
        F("departmentDate", "承办机构签署日期", departmentSource),
        F("headOpinion", "负责人审批意见", headSource), F("headName", "负责人", headSource), F("headDate", "负责人签署日期", headSource),
    ];
}
