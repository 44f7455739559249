namespace CaseManagement.Web.Numbering;

/// <summary>
/// Document types that carry a number, each with its own yearly serial per organisation
/// (LEGAL-REFERENCE.md §F.3: 西环罚字〔2023〕48号 and 西环罚告字〔2023〕51号 run separate serials).
/// </summary>
public enum DocumentType
{
    /// <summary>立案审批表 (立案号; internal, free format, LEGAL-REFERENCE.md §F.3).</summary>
    Filing,

    /// <summary>行政处罚事先(听证)告知书.</summary>
    PenaltyNotice,

    /// <summary>行政处罚决定书.</summary>
    PenaltyDecision,

    /// <summary>不予行政处罚决定书.</summary>
    NoPenaltyDecision,

    /// <summary>责令改正违法行为决定书.</summary>
    CorrectionOrder,

    /// <summary>行政处罚听证通知书.</summary>
    HearingNotice,

    /// <summary>同意分期(延期)缴纳罚款通知书.</summary>
    InstalmentApproval,

    /// <summary>催告书 (行政强制法第三十五条).</summary>
    PaymentDemand,

    /// <summary>强制执行申请书 (行政强制法第五十五条).</summary>
    EnforcementApplication,

    /// <summary>按日连续处罚决定书.</summary>
    DailyPenaltyDecision,

    /// <summary>查封(扣押)决定书.</summary>
    SeizureDecision,

    /// <summary>案件移送书.</summary>
    Transfer,
}

public static class DocumentTypes
{
    /// <summary>The code between the organisation code and 字 (博环<b>罚决</b>字〔2026〕1号).</summary>
    public static string Code(this DocumentType type) => type switch
    {
        DocumentType.Filing => "立",
        DocumentType.PenaltyNotice => "罚告",
        DocumentType.PenaltyDecision => "罚决",
        DocumentType.NoPenaltyDecision => "不罚决",
        DocumentType.CorrectionOrder => "责改",
        DocumentType.HearingNotice => "听通",
        DocumentType.InstalmentApproval => "分缴",
        DocumentType.PaymentDemand => "催告",
        DocumentType.EnforcementApplication => "强执申",
        DocumentType.DailyPenaltyDecision => "按日罚",
        DocumentType.SeizureDecision => "查扣",
        DocumentType.Transfer => "移",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string DisplayName(this DocumentType type) => type switch
    {
        DocumentType.Filing => "立案审批表",
        DocumentType.PenaltyNotice => "行政处罚事先（听证）告知书",
        DocumentType.PenaltyDecision => "行政处罚决定书",
        DocumentType.NoPenaltyDecision => "不予行政处罚决定书",
        DocumentType.CorrectionOrder => "责令改正违法行为决定书",
        DocumentType.HearingNotice => "行政处罚听证通知书",
        DocumentType.InstalmentApproval => "同意分期（延期）缴纳罚款通知书",
        DocumentType.PaymentDemand => "催告书",
        DocumentType.EnforcementApplication => "强制执行申请书",
        DocumentType.DailyPenaltyDecision => "按日连续处罚决定书",
        DocumentType.SeizureDecision => "查封（扣押）决定书",
        DocumentType.Transfer => "案件移送书",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>
    /// GB/T 9704-2012 §7.2.5 (LEGAL-REFERENCE.md §F.3): the year in full inside 六角括号 〔〕,
    /// the serial without 第 and without padding.
    /// </summary>
    public static string Format(string organisationCode, DocumentType type, int year, int serial) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{organisationCode}{type.Code()}字〔{year}〕{serial}号");
}
