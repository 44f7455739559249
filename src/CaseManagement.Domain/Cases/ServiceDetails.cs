namespace CaseManagement.Domain.Cases;

/// <summary>
/// What the 送达回证 records about one service, by method (民事诉讼法第八十七条至第九十五条; 民诉法解释第一百三十条至第一百三十九条;
/// 行政处罚法第六十一条). Which fields a method needs is decided by the aggregate's guards (see <see cref="CaseGuards"/>):
/// every field is optional here so that a missing one is refused with its article rather than by the type.
/// </summary>
public sealed record ServiceDetails
{
    /// <summary>签收人 (or, for 留置送达, the person who refused).</summary>
    public string? Recipient { get; init; }

    /// <summary>签收人与受送达人的关系 (民事诉讼法第八十八条; 民诉法解释第一百三十条).</summary>
    public RecipientRelation? Relation { get; init; }

    /// <summary>送达地点.</summary>
    public string? Place { get; init; }

    /// <summary>送达时间 (to the minute, as written on the 回证 by the servers; the date is the step's date).</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>送达人: the officers who served (行政处罚法第四十二条 for on-the-spot service).</summary>
    public IReadOnlyList<string> ServerUserIds { get; init; } = [];

    /// <summary>留置送达: 拒收事由 (民事诉讼法第八十九条).</summary>
    public string? RefusalReason { get; init; }

    /// <summary>留置送达: 见证人 (基层组织或者所在单位的代表).</summary>
    public IReadOnlyList<ServiceWitness> Witnesses { get; init; } = [];

    /// <summary>留置送达: 拍照、录像 record numbers (e.g. 执法记录仪 file numbers).</summary>
    public IReadOnlyList<string> Recordings { get; init; } = [];

    /// <summary>电子送达: 送达地址确认书 / 同意电子送达确认书 reference (行政处罚法第六十一条第二款).</summary>
    public string? ConsentReference { get; init; }

    /// <summary>电子送达: the electronic address the party designated (fax, e-mail, mobile number …).</summary>
    public string? ElectronicAddress { get; init; }

    /// <summary>委托送达 / 转交: the entrusted or forwarding body (民事诉讼法第九十一条至第九十四条).</summary>
    public string? Intermediary { get; init; }

    /// <summary>邮寄送达: 邮件号码.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>邮寄送达: the receipt date on the postal return slip (回执), which is the service date.</summary>
    public DateOnly? ReturnSlipDate { get; init; }

    /// <summary>公告送达: why (民事诉讼法第九十五条).</summary>
    public PublicationGround? PublicationGround { get; init; }

    /// <summary>公告送达: where it was published (公告栏、受送达人住所地、报纸、信息网络; 民诉法解释第一百三十八条).</summary>
    public IReadOnlyList<string> PublicationChannels { get; init; } = [];

    /// <summary>备注.</summary>
    public string? Remarks { get; init; }

    /// <summary>The day service takes effect for a step dated <paramref name="servedOn"/>.</summary>
    public static DateOnly DeemedServiceDay(ServiceMethod method, DateOnly servedOn, ServiceDetails details, CaseRules rules) => method switch
    {
        // 民事诉讼法第九十五条：自发出公告之日起经过三十日即视为送达; 民诉法解释第一百三十八条: the last publication counts.
        ServiceMethod.Publication => servedOn.AddDays(rules.PublicNoticeDays),

        // 邮寄送达：以回执上注明的收件日期为送达日期 (民事诉讼法第九十一条; 期间不包括在途时间, 第八十五条).
        ServiceMethod.Mail => details.ReturnSlipDate ?? servedOn,
        _ => servedOn,
    };
}

/// <summary>留置送达的见证人: name and unit (基层组织或者所在单位).</summary>
public sealed record ServiceWitness(string Name, string Unit);

/// <summary>签收人与受送达人的关系 (民事诉讼法第八十八条; 民诉法解释第一百三十条).</summary>
public enum RecipientRelation
{
    Self,                 // 本人
    AdultFamilyMember,    // 同住成年家属
    LegalRepresentative,  // 法定代表人
    PrincipalHead,        // 主要负责人
    ReceivingOffice,      // 负责收件的人（办公室、收发室、值班室等）
    Agent,                // 代理人
    DesignatedRecipient,  // 指定的代收人
}

public enum PublicationGround
{
    WhereaboutsUnknown,   // 受送达人下落不明
    OtherMethodsFailed,   // 用其他方式无法送达
}

/// <summary>Which document a service or a failed attempt concerns.</summary>
public enum ServedDocument
{
    Notice,    // 行政处罚事先（听证）告知书
    Decision,  // 行政处罚决定书
    Demand,    // 催告书
}

/// <summary>Why an attempt did not serve the document.</summary>
public enum ServiceAttemptOutcome
{
    MailReturned,        // 邮件被退回（查无此人、拒收、地址不详等）
    AddressNotFound,     // 地址不详、查无此人
    NobodyPresent,       // 无人在场
    ElectronicFailed,    // 电子送达未能到达
    Other,               // 其他
}
