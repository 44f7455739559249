using CaseManagement.Web.Documents;
using static CaseManagement.Web.Tests.Documents.TemplateAuthoring.DocxBuilder;

namespace CaseManagement.Web.Tests.Documents.TemplateAuthoring;

/// <summary>
/// Builds the standard templates (LEGAL-REFERENCE.md §F). The committed files in templates/ are the source of
/// truth once an administrator edits them in Word; this code only produces the first version.
/// </summary>
internal static class TemplateAuthoring
{
    private const string Rights =
        "执法人员已出示执法证件，并告知当事人：有权申请执法人员回避；有如实回答询问、协助调查的义务，"
        + "作伪证或者阻碍调查的，依法承担法律责任。";

    public static byte[] Build(TemplateContract contract)
    {
        var b = new DocxBuilder();
        switch (contract.Name)
        {
            case "filing-approval":
                b.Title(contract.Title).Form(4,
                    Row(L("立案号"), V("caseNumber", "立案号"), L("案件来源"), V("caseSource", "案件来源")),
                    Row(L("案由"), V("caseCause", "案由", 3)),
                    Row(L("当事人"), V("partyName", "当事人名称或姓名", 3)),
                    Row(L("统一社会信用代码（身份证号码）"), V("partyCode", "统一社会信用代码或身份证号码", 3)),
                    Row(L("法定代表人（负责人）"), V("partyRepresentative", "法定代表人"), L("职务"), V("partyPosition", "职务")),
                    Row(L("住址"), V("partyAddress", "住址"), L("邮政编码"), V("partyPostcode", "邮政编码")),
                    Row(2000, L("案情简介及立案理由"), VB("caseSummary", "案情简介及立案理由", 3)),
                    ApprovalRow("承办人意见", "handler"),
                    ApprovalRow("承办机构审核意见", "department"),
                    ApprovalRow("负责人审批意见", "head"));
                break;

            case "inspection-record":
                b.Title(contract.Title);
                b.Form(4,
                    Row(L("检查时间"), C(3, F("inspectionStart", "开始时间"), " 至 ", F("inspectionEnd", "结束时间"))),
                    Row(L("检查地点"), V("inspectionPlace", "地点", 3)),
                    Row(L("被检查人"), V("partyName", "被检查人", 3)),
                    Row(L("统一社会信用代码（身份证号码）"), V("partyCode", "代码或证件号", 3)),
                    Row(L("法定代表人（负责人）"), V("partyRepresentative", "法定代表人"), L("地址"), V("partyAddress", "地址")),
                    Row(L("执法人员"), L("姓名"), L("执法证号", 2)),
                    b.RepeatRow("officers", "执法人员", L(""), V("officerName", "姓名"), V("officerCredential", "执法证号", 2)),
                    Row(L("在场人员"), V("presentPersons", "在场人员", 3)),
                    Row(1200, L("告知事项"), C(3, Rights)),
                    Row(4000, L("检查（勘察）情况"), VB("findings", "现场检查情况", 3)),
                    Row(L("示意图、照片等"), V("attachments", "附图或照片编号", 3)),
                    Row(L("备注"), V("refusalNote", "拒绝签名等情况", 3)));
                b.Signatures("被检查人签名", "执法人员签名", "见证人签名");
                break;

            case "interview-record":
                b.Title(contract.Title);
                b.Form(4,
                    Row(L("询问时间"), C(3, F("interviewStart", "开始时间"), " 至 ", F("interviewEnd", "结束时间"))),
                    Row(L("询问地点"), V("interviewPlace", "地点", 3)),
                    Row(L("案由"), V("caseCause", "案由", 3)),
                    Row(L("被询问人"), V("intervieweeName", "姓名"), L("性别、年龄"), C(1, F("intervieweeGender", "性别"), "，", F("intervieweeAge", "年龄"))),
                    Row(L("工作单位"), V("intervieweeEmployer", "工作单位"), L("职务"), V("intervieweePosition", "职务")),
                    Row(L("住址"), V("intervieweeAddress", "住址"), L("电话"), V("intervieweePhone", "电话")),
                    Row(L("询问人"), V("interviewers", "询问人及执法证号", 3)),
                    Row(L("记录人"), V("recorder", "记录人"), L("参加人"), V("participants", "参加人")),
                    Row(1200, L("告知事项"), C(3, Rights)));
                b.RepeatParagraphs("qa", "问答", ["问：", F("question", "问题")], ["答：", F("answer", "回答")]);
                b.P("以上笔录我已看过（已向我宣读），与我所说的相符。");
                b.Signatures("被询问人签名（每页）", "询问人签名", "记录人签名");
                break;

            case "correction-order":
                b.Title(contract.Title).Number();
                Party(b);
                b.P("经查，你（单位）存在以下环境违法行为：");
                b.Block("facts", "违法事实");
                b.P("以上事实，有下列证据为证：").EvidenceList();
                b.P("你（单位）的上述行为违反了", F("provisionBreached", "违反的条款"), "的规定。依据", F("provisionApplied", "责令改正的依据"), "的规定，本机关责令你（单位）：");
                b.Block("correctionOrder", "改正的具体内容");
                b.P("改正期限：", F("correctionDeadlineText", "改正期限"), "。");
                b.Optional("refusalConsequence", [F("refusalConsequence", "拒不改正的后果")]);
                b.P("你（单位）如不服本决定，可以在收到本决定书之日起六十日内向", F("reconsiderationBody", "复议机关"),
                    "申请行政复议，也可以在收到本决定书之日起六个月内向", F("court", "人民法院"), "提起行政诉讼。");
                b.Seal("decisionDate");
                break;

            case "investigation-report":
                b.Title(contract.Title);
                b.P("案件编号：", F("caseNumber", "立案号"));
                b.P("案由：", F("caseCause", "案由"));
                b.P("案件来源：", F("caseSource", "案件来源"));
                Party(b);
                b.H("一、调查经过");
                b.Block("investigationSummary", "调查经过");
                b.H("二、违法事实和证据");
                b.Block("facts", "违法事实");
                b.P("以上事实，有下列证据为证：").EvidenceList();
                b.Optional("investmentFinding", ["关于建设项目总投资额的认定：", F("investmentFinding", "投资额及其认定方法")]);
                b.H("三、违反的法律规定和处罚依据");
                b.P("当事人的上述行为违反了", F("provisionBreached", "违反的条款"), "的规定，依据", F("provisionApplied", "处罚依据"), "的规定予以处罚。");
                b.Optional("lawComparison", ["关于新旧法律的适用（从旧兼从轻）：", F("lawComparison", "新旧法比较")]);
                b.H("四、自由裁量和处理建议");
                b.P("自由裁量情况：", F("discretion", "裁量情况"));
                b.P("建议处罚：", F("proposedPenalty", "建议处罚"));
                b.P("听证权利：", F("hearingEligibility", "是否告知听证"));
                b.P("承办人：", F("handlerNames", "承办人"));
                b.P("报告日期：", F("reportDate", "日期"));
                break;

            case "legal-review-opinion":
                b.Title(contract.Title);
                b.Form(6,
                    Row(L("案件编号"), V("caseNumber", "立案号", 2), L("案由"), V("caseCause", "案由", 2)),
                    Row(L("当事人"), V("partyName", "当事人", 5)),
                    Row(L("拟处罚内容"), V("proposedPenalty", "拟处罚内容", 5)),
                    Row(L("审核事项", 2), L("审核结果", 2), L("说明", 2)),
                    b.RepeatRow("reviewItems", "审核事项", V("reviewItem", "审核事项", 2), V("reviewResult", "结果", 2), V("reviewNote", "说明", 2)),
                    Row(L("审核结论"), V("reviewConclusion", "通过或退回", 5)),
                    Row(2400, L("审核意见"), VB("reviewOpinion", "审核意见", 5)),
                    Row(L("审核人员"), V("reviewerName", "审核人", 2), L("法律职业资格"), V("reviewerQualification", "资格证号", 2)),
                    Row(L("审核日期"), V("reviewDate", "日期", 5)));
                break;

            case "collective-discussion-record":
                b.Title(contract.Title);
                b.Form(4,
                    Row(L("案件编号"), V("caseNumber", "立案号"), L("案由"), V("caseCause", "案由")),
                    Row(L("当事人"), V("partyName", "当事人", 3)),
                    Row(L("讨论时间"), C(3, F("discussionStart", "开始时间"), " 至 ", F("discussionEnd", "结束时间"))),
                    Row(L("地点"), V("discussionPlace", "地点"), L("主持人"), V("chair", "主持人")),
                    Row(L("参加人员"), V("participants", "参加人员", 3)),
                    Row(L("列席人员"), V("attendees", "列席人员"), L("记录人"), V("recorder", "记录人")),
                    Row(2000, L("案情简介"), VB("caseSummary", "案情简介", 3)),
                    Row(L("发言人"), L("讨论意见", 3)),
                    b.RepeatRow("opinions", "讨论意见", V("speaker", "发言人"), C(3, F("opinion", "意见"))),
                    Row(1600, L("讨论结论"), VB("conclusion", "结论", 3)));
                b.Signatures("参加人员签名");
                break;

            case "advance-notice":
                b.Title(contract.Title).Number();
                Party(b);
                b.P("经查，你（单位）存在以下环境违法行为：");
                b.Block("facts", "违法事实");
                b.P("以上事实，有下列证据为证：").EvidenceList();
                b.Optional("investmentFinding", ["关于建设项目总投资额的认定：", F("investmentFinding", "投资额及其认定方法")]);
                b.P("你（单位）的上述行为违反了", F("provisionBreached", "违反的条款"), "的规定。依据", F("provisionApplied", "处罚依据"), "的规定，", F("discretion", "裁量情况"), "，本机关拟对你（单位）作出如下行政处罚：",
                    F("proposedPenalty", "拟处罚内容"), "。");

                // A proposal without a fine (a warning) has no fine line, as in the decision.
                b.Optional("fineAmount", ["罚款人民币", F("fineAmount", "金额"), "元（大写：人民币", F("fineUppercase", "大写金额"), "）。"]);
                b.Optional("lawComparison", ["关于新旧法律的适用（从旧兼从轻）：", F("lawComparison", "新旧法比较")]);
                // 行政处罚法第四十四条、第四十五条：陈述、申辩权利。
                b.P("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。请于",
                    F("statementDeadlineText", "陈述申辩期限"), "向本机关提出陈述、申辩意见，逾期未提出的，视为放弃此权利。");
                // 行政处罚法第六十三条、第六十四条第一项：当事人要求听证的，应当在告知后五日内提出。
                b.Optional("hearingDeadlineText", ["根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有要求举行听证的权利。如要求听证，请于",
                    F("hearingDeadlineText", "听证申请期限"), "向本机关提出，逾期未提出的，视为放弃此权利。"]);
                b.P("联系地址：", F("contactAddress", "地址"));
                b.P("联系人：", F("contactPerson", "联系人"), "　　联系电话：", F("contactPhone", "电话"));
                b.Seal("documentDate");
                break;

            case "hearing-notice":
                b.Title(contract.Title).Number();
                b.Flush(F("partyName", "当事人"), "：");
                b.P("根据你（单位）的申请，本机关定于", F("hearingTime", "听证时间"), "在", F("hearingPlace", "听证地点"), "就", F("caseCause", "案由"),
                    "一案举行听证，本次听证", F("hearingPublicity", "公开或不公开"), "举行。");
                b.P("听证主持人：", F("presidingOfficer", "主持人"), "；听证员：", F("hearingOfficers", "听证员"), "；记录员：", F("hearingClerk", "记录员"), "。");
                // 行政处罚法第六十四条：申请回避、委托代理人、无正当理由拒不出席的后果。
                b.P("你（单位）认为主持人与本案有直接利害关系的，有权申请回避。你（单位）可以亲自参加听证，也可以委托一至二人代理，代理人应当提交授权委托书。");
                b.P("你（单位）无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。");
                b.P("送达地址：", F("partyAddress", "当事人地址"));
                b.P("联系人：", F("contactPerson", "联系人"), "　　联系电话：", F("contactPhone", "电话"));
                b.Seal("documentDate");
                break;

            case "hearing-record":
                b.Title(contract.Title);
                b.Form(4,
                    Row(L("案由"), V("caseCause", "案由", 3)),
                    Row(L("听证时间"), C(3, F("hearingStart", "开始时间"), " 至 ", F("hearingEnd", "结束时间"))),
                    Row(L("听证地点"), V("hearingPlace", "地点"), L("公开与否"), V("hearingPublicity", "公开或不公开")),
                    Row(L("主持人"), V("presidingOfficer", "主持人"), L("听证员"), V("hearingOfficers", "听证员")),
                    Row(L("记录员"), V("hearingClerk", "记录员"), L("案件调查人员"), V("investigators", "调查人员")),
                    Row(L("当事人"), V("partyName", "当事人"), L("法定代表人"), V("partyRepresentative", "法定代表人")),
                    Row(L("委托代理人"), V("partyAgents", "代理人", 3)),
                    Row(L("发言人"), L("听证记录", 3)),
                    b.RepeatRow("statements", "听证记录", V("speaker", "发言人"), C(3, F("statement", "发言内容"))),
                    Row(L("备注"), V("refusalNote", "拒绝签名的情况", 3)));
                b.Signatures("当事人或者代理人签名", "主持人签名", "记录员签名");
                break;

            case "hearing-report":
                b.Title(contract.Title);
                b.P("案由：", F("caseCause", "案由"));
                b.P("当事人：", F("partyName", "当事人"));
                b.P("听证时间：", F("hearingTime", "时间"), "；听证地点：", F("hearingPlace", "地点"));
                b.P("主持人：", F("presidingOfficer", "主持人"), "；听证员：", F("hearingOfficers", "听证员"), "；记录员：", F("hearingClerk", "记录员"));
                b.P("参加人员：", F("participants", "参加人员"));
                b.H("一、案件基本情况");
                b.Block("caseSummary", "案件基本情况");
                b.H("二、当事人的陈述、申辩和质证意见");
                b.Block("partyDefence", "当事人意见");
                b.H("三、听证认定的事实");
                b.Block("hearingFindings", "认定事实");
                b.H("四、处理意见和建议");
                b.Block("recommendation", "处理建议");
                b.P("听证主持人：　　　　　　　日期：", F("reportDate", "日期"));
                break;

            case "hearing-termination-record":
                b.Title(contract.Title);
                b.P("案由：", F("caseCause", "案由"));
                b.P("当事人：", F("partyName", "当事人"));
                b.P("听证申请日期：", F("requestDate", "申请日期"));
                b.P("原定听证时间：", F("hearingTime", "时间"), "；地点：", F("hearingPlace", "地点"));
                b.P("听证主持人：", F("presidingOfficer", "主持人"));
                b.P("终止听证的事由：", F("terminationReason", "事由"));
                b.P("依据：", F("terminationBasis", "依据"), "。本案听证程序终止，不制作听证笔录和听证报告。");
                b.Block("terminationNote", "情况说明");
                b.P("听证主持人：　　　　　　　日期：", F("terminationDate", "日期"));
                break;

            case "penalty-decision":
                b.Title(contract.Title).Number();
                Party(b);
                b.H("一、环境违法事实和证据");
                b.Block("facts", "违法事实");
                b.P("以上事实，有下列证据为证：").EvidenceList();
                b.Optional("investmentFinding", ["关于建设项目总投资额的认定：", F("investmentFinding", "投资额及其认定方法")]);
                b.P("你（单位）的上述行为违反了", F("provisionBreached", "违反的条款"), "的规定。");
                b.H("二、行政处罚告知和当事人陈述、申辩、听证情况");
                b.Block("noticeHistory", "告知书文号、日期及陈述申辩听证的处理");
                b.H("三、行政处罚的依据、种类");
                b.Optional("lawComparison", ["关于新旧法律的适用（从旧兼从轻）：", F("lawComparison", "新旧法比较")]);
                b.P("依据", F("provisionApplied", "处罚依据"), "的规定，", F("discretion", "裁量基准的适用"), "。");
                b.Optional("correctionOrder", ["本机关责令你（单位）", F("correctionOrder", "责令改正的内容"), "。"]);
                b.P("本机关决定对你（单位）作出如下行政处罚：", F("penaltyContent", "处罚种类"), "。");

                // A decision without a fine (a warning) has no fine line and no payment paragraph.
                b.Optional("fineAmount", ["罚款人民币", F("fineAmount", "金额"), "元（大写：人民币", F("fineUppercase", "大写金额"), "）。"]);
                b.H("四、行政处罚决定的履行方式和期限");
                // 行政处罚法第六十七条：十五日内缴纳罚款；第七十二条：每日按罚款数额百分之三加处罚款。
                b.Optional("paymentDeadlineText", ["限你（单位）", F("paymentDeadlineText", "缴纳期限"), "将罚款缴至", F("paymentInstructions", "缴款银行或缴款渠道"),
                    "。到期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。"]);
                b.H("五、申请行政复议或者提起行政诉讼的途径和期限");
                b.P("你（单位）如不服本处罚决定，可以在收到本决定书之日起六十日内向", F("reconsiderationBody", "复议机关"),
                    "申请行政复议，也可以在收到本决定书之日起六个月内向", F("court", "人民法院"), "提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行，法律另有规定的除外。");
                b.P("逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，本机关将依法申请人民法院强制执行。");
                b.Seal("decisionDate");
                break;

            case "no-penalty-decision":
                b.Title(contract.Title).Number();
                Party(b);
                b.H("一、调查认定的事实和证据");
                b.Block("facts", "事实");
                b.P("以上事实，有下列证据为证：").EvidenceList();
                b.P("你（单位）的上述行为违反了", F("provisionBreached", "违反的条款"), "的规定。");
                b.H("二、不予行政处罚的理由和依据");
                b.P(F("noPenaltyReason", "不予处罚的理由"), "。依据", F("noPenaltyBasis", "不予处罚的依据"), "的规定，本机关决定对你（单位）不予行政处罚。");
                b.Optional("correctionOrder", ["本机关责令你（单位）", F("correctionOrder", "责令改正的内容"), "。"]);
                b.H("三、申请行政复议或者提起行政诉讼的途径和期限");
                b.P("你（单位）如不服本决定，可以在收到本决定书之日起六十日内向", F("reconsiderationBody", "复议机关"),
                    "申请行政复议，也可以在收到本决定书之日起六个月内向", F("court", "人民法院"), "提起行政诉讼。");
                b.Seal("decisionDate");
                break;

            case "service-receipt":
                b.Title(contract.Title).Form(4,
                    Row(L("送达文书名称"), V("servedDocumentName", "文书名称", 3)),
                    Row(L("送达文书文号"), V("servedDocumentNumber", "文号", 3)),
                    Row(L("送达单位"), V("organisationName", "送达单位", 3)),
                    Row(L("受送达人"), V("recipientName", "受送达人", 3)),
                    Row(L("送达时间"), V("serviceTime", "年月日时分"), L("送达地点"), V("servicePlace", "地点")),
                    Row(L("送达方式"), V("serviceMethod", "送达方式", 3)),
                    // Room to sign by hand: about 3 cm high.
                    Row(1700, L("收件人签名或盖章"), L(""), L("与受送达人关系"), V("receiverRelation", "关系")),
                    Row(1700, L("送达人"), V("servers", "送达人"), L("见证人"), V("witnesses", "见证人")),
                    Row(1400, L("备注"), VB("remarks", "备注（如拒收理由）", 3)));
                break;

            case "instalment-approval":
                b.Title(contract.Title).Number();
                b.Flush(F("partyName", "当事人"), "：");
                // 行政处罚法第六十六条第二款：确有经济困难的，经当事人申请和行政机关批准，可以暂缓或者分期缴纳。
                b.P("本机关于", F("originalDecisionDate", "决定日期"), "作出", F("originalDecisionNumber", "决定书文号"), "行政处罚决定，对你（单位）罚款人民币",
                    F("fineAmount", "金额"), "元（大写：人民币", F("fineUppercase", "大写金额"), "）。你（单位）于", F("applicationDate", "申请日期"),
                    "提出申请。根据《中华人民共和国行政处罚法》第六十六条第二款的规定，本机关同意你（单位）", F("instalmentKind", "分期或延期"), "缴纳罚款，具体如下：");
                b.Repeat("instalments", "缴款计划", "第", F("instalmentNo", "期数"), "期：", F("instalmentDueDate", "缴款截止日期"), "前缴纳人民币", F("instalmentAmount", "金额"), "元。");
                b.P("罚款缴至：", F("paymentInstructions", "缴款渠道"), "。逾期未按期缴纳的，本机关将依法加处罚款并申请人民法院强制执行。");
                b.P("送达地址：", F("partyAddress", "地址"));
                b.Seal("documentDate");
                break;

            case "payment-demand":
                b.Title(contract.Title).Number();
                b.Flush(F("partyName", "当事人"), "：");
                b.P("本机关于", F("originalDecisionDate", "决定日期"), "作出", F("originalDecisionNumber", "决定书文号"), "行政处罚决定，并于", F("decisionServedDate", "送达日期"),
                    "送达你（单位）。你（单位）在法定期限内未申请行政复议或者提起行政诉讼，又未履行该决定。");
                // 行政强制法第三十五条：催告书载明履行义务的期限、方式、金额和给付方式，以及陈述申辩权利。
                b.P("根据《中华人民共和国行政强制法》第三十五条、第四十五条的规定，现催告你（单位）于", F("performanceDeadlineText", "履行期限"), "前履行下列义务：缴纳罚款人民币",
                    F("fineAmount", "罚款金额"), "元（大写：人民币", F("fineUppercase", "大写"), "），加处罚款人民币", F("surchargeAmount", "加处罚款"), "元（大写：人民币",
                    F("surchargeUppercase", "大写"), "），合计人民币", F("totalAmount", "合计"), "元（大写：人民币", F("totalUppercase", "大写"), "）。");
                b.P("缴款方式：", F("paymentInstructions", "缴款渠道"), "。");
                b.P("你（单位）收到本催告书后有权进行陈述和申辩。逾期仍不履行的，本机关将依法申请人民法院强制执行。");
                b.P("送达地址：", F("partyAddress", "地址"));
                b.P("联系人：", F("contactPerson", "联系人"), "　　联系电话：", F("contactPhone", "电话"));
                b.Seal("documentDate");
                break;

            case "enforcement-application":
                b.Title(contract.Title).Number();
                b.P("申请人：", F("organisationName", "机关名称"), "，地址：", F("applicantAddress", "地址"), "，法定代表人：", F("applicantRepresentative", "负责人"), "。");
                b.P("被申请人：", F("partyName", "当事人"), "，统一社会信用代码（身份证号码）：", F("partyCode", "代码"), "，法定代表人（负责人）：",
                    F("partyRepresentative", "法定代表人"), "，地址：", F("partyAddress", "地址"), "。");
                b.P("申请事项：", F("enforcementTarget", "申请执行的内容"));
                b.H("一、事实和理由");
                b.P("申请人于", F("originalDecisionDate", "决定日期"), "作出", F("originalDecisionNumber", "决定书文号"), "行政处罚决定，于", F("decisionServedDate", "送达日期"), "送达被申请人。");
                b.Block("facts", "违法事实");
                b.P("处罚内容：", F("penaltyContent", "处罚内容"));
                b.Block("reasonsAndBasis", "申请理由和依据");
                b.H("二、当事人意见和催告情况");
                b.Block("partyOpinions", "当事人意见");
                b.Block("demandHistory", "催告情况");
                // 行政强制法第五十三条、第五十四条: whether the party sought a remedy is the case's fact, printed in
                // reasonsAndBasis (EnforcementText), never fixed wording of the template.
                b.P("特申请贵院依法强制执行。");
                b.Flush("此致");
                b.Flush(F("court", "人民法院"));
                b.P("附件：");
                b.Repeat("attachments", "附件", F("attachmentNo", "序号"), "．", F("attachmentName", "附件名称"));
                b.P("负责人（签名）：");
                b.Seal("documentDate");
                break;

            case "daily-penalty-decision":
                b.Title(contract.Title).Number();
                Party(b);
                b.H("一、违法事实和证据");
                b.P("本机关于", F("firstFinding", "首次发现违法行为的情况"), "，并以", F("originalDecisionNumber", "原处罚决定书或责令改正决定书文号"), "责令你（单位）改正。");
                b.Block("refusalFacts", "拒不改正的事实");
                b.P("以上事实，有下列证据为证：").EvidenceList();
                b.H("二、按日连续处罚的依据和计算");
                // 环境保护法第五十九条；环境保护主管部门实施按日连续处罚办法第十七条、第十八条：计罚日数和计算方法。
                b.P("依据", F("provisionApplied", "处罚依据"), "的规定，按照原处罚数额人民币", F("originalFineAmount", "原处罚数额"), "元，自", F("dailyPenaltyStart", "起始日"),
                    "起至", F("dailyPenaltyEnd", "截止日"), "止，共计", F("dailyPenaltyDays", "日数"), "日按日连续处罚。", F("calculationText", "计算过程"));
                b.P("本机关决定对你（单位）按日连续处罚，罚款人民币", F("fineAmount", "金额"), "元（大写：人民币", F("fineUppercase", "大写金额"), "）。");
                b.H("三、履行方式和期限");
                b.P("限你（单位）", F("paymentDeadlineText", "缴纳期限"), "将罚款缴至", F("paymentInstructions", "缴款渠道"),
                    "。到期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。");
                b.H("四、申请行政复议或者提起行政诉讼的途径和期限");
                b.P("你（单位）如不服本决定，可以在收到本决定书之日起六十日内向", F("reconsiderationBody", "复议机关"),
                    "申请行政复议，也可以在收到本决定书之日起六个月内向", F("court", "人民法院"), "提起行政诉讼。");
                b.Seal("decisionDate");
                break;

            case "closure-approval":
                b.Title(contract.Title).Form(4,
                    Row(L("案件编号"), V("caseNumber", "立案号"), L("案由"), V("caseCause", "案由")),
                    Row(L("当事人"), V("partyName", "当事人", 3)),
                    Row(L("处罚决定书文号"), V("decisionNumber", "文号", 3)),
                    Row(1400, L("处理决定"), VB("decisionSummary", "处理决定摘要", 3)),
                    Row(1400, L("执行情况"), VB("executionResult", "执行情况", 3)),
                    Row(L("结案理由"), V("closureGround", "结案理由", 3)),
                    ApprovalRow("承办人意见", "handler"),
                    ApprovalRow("承办机构审核意见", "department"),
                    ApprovalRow("负责人审批意见", "head"));
                break;

            case "file-cover":
                b.Title("环境行政处罚案卷");
                b.P("");
                b.Form(4,
                    Row(800, L("案卷类别"), V("volume", "正卷或副卷"), L("档案号"), V("archiveNumber", "档案号")),
                    Row(800, L("案件编号"), V("caseNumber", "立案号", 3)),
                    Row(800, L("案由"), V("caseCause", "案由", 3)),
                    Row(800, L("当事人"), V("partyName", "当事人", 3)),
                    Row(800, L("处理结果"), V("caseResult", "处理结果", 3)),
                    Row(800, L("立案日期"), V("filingDate", "立案日期"), L("结案日期"), V("closingDate", "结案日期")),
                    Row(800, L("承办人"), V("handlerNames", "承办人", 3)),
                    Row(800, L("本卷页数"), V("pageCount", "页数"), L("保管期限"), V("retentionPeriod", "保管期限")));
                break;

            case "file-index":
                b.Title(contract.Title);
                b.P("案件编号：", F("caseNumber", "立案号"), "　　卷别：", F("volume", "正卷或副卷"));
                // Widths in twips (小四): a number such as 博环罚决字〔2026〕3号 and a date such as 2026年10月19日
                // fit their columns on one or two lines, never one character per line.
                b.Form([600, 2400, 2300, 2200, 800, 545], [
                    Row(L("序号"), L("文号"), L("文书名称"), L("日期"), L("页号"), L("备注")),
                    b.RepeatRow("entries", "卷内文件", V("entryNo", "序号"), V("entryDocumentNumber", "文号"), V("entryTitle", "文书名称"), V("entryDate", "日期"), V("entryPages", "页号"), V("entryRemarks", "备注")),
                ], fontHalfPoints: 24);
                break;

            default:
                throw new ArgumentException($"没有“{contract.Name}”的版式。", nameof(contract));
        }

        return b.Save(contract.Title);
    }

    private static void Party(DocxBuilder b)
    {
        b.Line("当事人：", F("partyName", "当事人名称或姓名"));
        b.Line("统一社会信用代码（身份证号码）：", F("partyCode", "统一社会信用代码或身份证号码"));
        b.Line("法定代表人（负责人）：", F("partyRepresentative", "法定代表人或负责人"));
        b.Line("地址：", F("partyAddress", "地址"));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow ApprovalRow(string label, string prefix) =>
        Row(1300, L(label), C(3,
            F(prefix == "handler" ? "handlerOpinion" : prefix + "Opinion", "意见"), "　　签名：",
            F(prefix switch { "handler" => "handlerName", "department" => "departmentHeadName", _ => "headName" }, "签名"), "　　日期：",
            F(prefix + "Date", "日期")));
}
