using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.Definitions.CaseText;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents.Definitions;

// 行政处罚法第四十二条、第五十五条：执法人员不少于两人，出示执法证件，制作笔录。
/// <summary>现场检查（勘察）笔录, printed on request for an inspection recorded in the case.</summary>
public sealed class InspectionRecordDocument() : DocumentDefinition(new(
    "inspection-record", "现场检查（勘察）笔录",
    [
        Fields.OrganisationName,
        F("inspectionStart", "检查开始时间", "“记录调查”步骤填写的检查日期和开始时间"),
        F("inspectionEnd", "检查结束时间", "“记录调查”步骤填写的检查日期和结束时间"),
        F("inspectionPlace", "检查地点", "“记录调查”步骤填写的地点"),
        .. Fields.Party,
        F("presentPersons", "在场人员", "“记录调查”步骤填写的在场人员"),
        F("findings", "现场检查情况", "“记录调查”步骤填写的情况"),
        F("attachments", "示意图、照片等", "与检查同日取得的证据名称"),
        Fields.RefusalNote,
    ],
    [new("officers", "执法人员", [F("officerName", "姓名", "参加检查的执法人员"), F("officerCredential", "执法证号", "该执法人员的执法证号")])],
    []))
{
    public override InvestigationRecordKind? RecordKind => InvestigationRecordKind.Inspection;

    public override CaseFilePlace? FilePlace { get; } = new(CaseFileVolume.Main, 4);

    public override DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        var record = RecordOf(c, context, InvestigationRecordKind.Inspection);
        // Times, persons present and the representative as entered at “记录调查”.
        var data = Party(new DocumentData().Set("organisationName", context.Organisation.Name), c)
            .Set("partyRepresentative", record?.Representative ?? c.Party.LegalRepresentative)
            .Set("inspectionStart", record is null ? "" : DateAndTime(record.On, record.StartTime))
            .Set("inspectionEnd", record is null ? "" : DateAndTime(record.On, record.EndTime))
            .Set("inspectionPlace", record?.Place)
            .Set("presentPersons", record?.PersonsPresent)
            .Set("findings", record?.Summary)
            .Set("attachments", string.Join("、", c.Evidence.Where(e => e.CollectedOn == record?.On).Select(e => e.Title)))
            .Set("refusalNote", "");
        data.Section("officers");
        foreach (var officer in OfficersOf(c, record))
        {
            data.AddRow("officers", ("officerName", officer.Name), ("officerCredential", officer.CertificateNumber));
        }

        return data;
    }

    /// <summary>The record asked for (a 笔录 issued on request), else the latest of its kind.</summary>
    internal static InvestigationRecord? RecordOf(PenaltyCase c, CompositionContext context, InvestigationRecordKind kind) =>
        context.RecordId is { } id
            ? c.Records.FirstOrDefault(r => r.Id == id && r.Kind == kind)
            : c.Records.LastOrDefault(r => r.Kind == kind);

    /// <summary>The officers who made the record; all the case's officers when there is none yet.</summary>
    internal static List<CaseOfficer> OfficersOf(PenaltyCase c, InvestigationRecord? record) =>
        record is null ? [.. c.Officers] : [.. c.Officers.Where(o => record.OfficerUserIds.Contains(o.UserId))];
}
