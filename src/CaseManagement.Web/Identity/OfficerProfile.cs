namespace CaseManagement.Web.Identity;

/// <summary>The enforcement credentials of a user (one profile per user).</summary>
public sealed class OfficerProfile
{
    private readonly List<TrainingRecord> trainings = [];

    private OfficerProfile()
    {
    }

    public OfficerProfile(string userId, string? certificateNumber, DateOnly? certificateValidFrom, DateOnly? certificateValidTo, bool hasLegalQualification)
    {
        UserId = userId;
        UpdateCertificate(certificateNumber, certificateValidFrom, certificateValidTo);
        HasLegalQualification = hasLegalQualification;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>行政执法证件号 (行政处罚法第四十二条: officers show their certificates).</summary>
    public string? CertificateNumber { get; private set; }

    public DateOnly? CertificateValidFrom { get; private set; }

    public DateOnly? CertificateValidTo { get; private set; }

    /// <summary>法律职业资格: 行政处罚法第五十八条 ¶2 requires it of first-time legal reviewers.</summary>
    public bool HasLegalQualification { get; private set; }

    public IReadOnlyCollection<TrainingRecord> Trainings => trainings;

    /// <summary>行政处罚法第四十二条：执法人员应当持有有效的行政执法证件.</summary>
    public bool HasValidCertificateOn(DateOnly day) =>
        !string.IsNullOrWhiteSpace(CertificateNumber)
        && (CertificateValidFrom is null || CertificateValidFrom <= day)
        && (CertificateValidTo is null || day <= CertificateValidTo);

    public void UpdateCertificate(string? number, DateOnly? validFrom, DateOnly? validTo)
    {
        if (validFrom is not null && validTo is not null && validTo < validFrom)
        {
            throw new ArgumentException("执法证有效期截止日不能早于起始日。", nameof(validTo));
        }

        CertificateNumber = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        CertificateValidFrom = validFrom;
        CertificateValidTo = validTo;
    }

    /// <summary>
    /// The day the user began 行政处罚决定法制审核 work. Before 2021-07-15 (the revised 行政处罚法 in force) the user is
    /// not “初次从事” under 第五十八条第二款 and may review without the qualification; null is treated as first-time.
    /// </summary>
    public DateOnly? LegalReviewSince { get; private set; }

    public void SetLegalQualification(bool qualified) => HasLegalQualification = qualified;

    public void SetLegalReviewSince(DateOnly? since) => LegalReviewSince = since;

    public TrainingRecord AddTraining(DateOnly date, string title, decimal hours)
    {
        var record = new TrainingRecord(date, title, hours);
        trainings.Add(record);
        return record;
    }
}

public sealed class TrainingRecord
{
    private TrainingRecord()
    {
    }

    internal TrainingRecord(DateOnly date, string title, decimal hours)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (hours <= 0 || decimal.Round(hours, 1) != hours)
        {
            throw new ArgumentOutOfRangeException(nameof(hours), "培训学时须为正数，至多一位小数。");
        }

        Date = date;
        Title = title.Trim();
        Hours = hours;
    }

    public long Id { get; private set; }

    public long OfficerProfileId { get; private set; }

    public DateOnly Date { get; private set; }

    public string Title { get; private set; } = "";

    public decimal Hours { get; private set; }
}
