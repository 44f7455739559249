using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Parties;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

/// <summary>调查询问笔录 (行政处罚法第五十五条), printed on request for an interview recorded in the case.</summary>
public sealed class InterviewRecordDocument() : DocumentDefinition(new(
    "interview-record", "调查询问笔录",
    [
        Fields.OrganisationName,
        F("interviewStart", "询问开始时间", "“记录调查”步骤填写的询问日期和开始时间"),
        F("interviewEnd", "询问结束时间", "“记录调查”步骤填写的询问日期和结束时间"),
        F("interviewPlace", "询问地点", "“记录调查”步骤填写的地点"),
        Fields.CaseCause,
        F("intervieweeName", "被询问人", "“记录调查”步骤填写的被询问人；未填写时为法定代表人或当事人本人"),
        F("intervieweeGender", "性别", "暂无记录，手工填写"),
        F("intervieweeAge", "年龄", "暂无记录，手工填写"),
        F("intervieweeEmployer", "工作单位", "当事人为单位时为该单位"),
        F("intervieweePosition", "职务", "当事人为单位时印“法定代表人”"),
        F("intervieweeAddress", "住址", "当事人地址"),
        F("intervieweePhone", "电话", "暂无记录，手工填写"),
        F("interviewers", "询问人", "参加询问的执法人员及执法证号"),
        F("recorder", "记录人", "参加询问的第二名执法人员"),
        F("participants", "参加人", "“记录调查”步骤填写的在场人员"),
    ],
    [new("qa", "问答", [F("question", "问", "出示证件的告知和询问"), F("answer", "答", "“记录调查”步骤填写的情况")])],
    []))
{
    public override InvestigationRecordKind? RecordKind => InvestigationRecordKind.Interview;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 4);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var record = InspectionRecordDocument.RecordOf(c, context, InvestigationRecordKind.Interview);
        var officers = InspectionRecordDocument.OfficersOf(c, record);
        var data = new DocumentData().Set("organisationName", context.Organisation.Name)
            .Set("interviewStart", record is null ? "" : DateAndTime(record.On, record.StartTime))
            .Set("interviewEnd", record is null ? "" : DateAndTime(record.On, record.EndTime))
            .Set("interviewPlace", record?.Place)
            .Set("caseCause", c.Cause)
            .Set("intervieweeName", record?.Representative ?? (c.Party.Kind == PartyKind.Organisation ? c.Party.LegalRepresentative : c.Party.Name))
            .Set("intervieweeGender", "")
            .Set("intervieweeAge", "")
            .Set("intervieweeEmployer", c.Party.Kind == PartyKind.Organisation ? c.Party.Name : "")
            .Set("intervieweePosition", c.Party.Kind == PartyKind.Organisation ? "法定代表人" : "")
            .Set("intervieweeAddress", c.Party.Address)
            .Set("intervieweePhone", "")
            .Set("interviewers", string.Join("、", officers.Select(o => $"{o.Name}（执法证号{o.CertificateNumber}）")))
            .Set("recorder", officers.Count > 1 ? officers[1].Name : "")
            .Set("participants", record?.PersonsPresent);
        data.Section("qa");
        if (record is not null)
        {
            // 行政处罚法第五十五条：出示执法证件并告知权利；the record's own summary is the answer given.
            data.AddRow("qa", ("question", $"我们是{context.Organisation.Name}的执法人员，现向你出示执法证件，你是否看清？"), ("answer", "看清了。"));
            data.AddRow("qa", ("question", "请如实陈述有关情况。"), ("answer", record.Summary));
        }

        return data;
    }
}
