using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Web.Features.Reminders;

/// <summary>How the organisation's mail server is reached (STARTTLS, TLS from the start, or none on a closed network).</summary>
public enum MailSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// The organisation's outgoing mail for the daily 期限提醒 digest: off until the administrator switches it
/// on. The password is kept encrypted with the application's data-protection keys (stored in the database).
/// </summary>
public sealed class MailSettings
{
    private MailSettings()
    {
    }

    public MailSettings(int organisationId) => OrganisationId = organisationId;

    public int OrganisationId { get; private set; }

    public bool Enabled { get; private set; }

    public string Host { get; private set; } = "";

    public int Port { get; private set; } = 25;

    public MailSecurity Security { get; private set; } = MailSecurity.StartTls;

    public string UserName { get; private set; } = "";

    public string ProtectedPassword { get; private set; } = "";

    public string FromAddress { get; private set; } = "";

    public string FromName { get; private set; } = "";

    /// <summary>The hour (China time, 0–23) from which the day's digest is sent.</summary>
    public int SendHour { get; private set; } = 8;

    public void Update(bool enabled, string host, int port, MailSecurity security, string userName, string? protectedPassword, string fromAddress, string fromName, int sendHour)
    {
        Enabled = enabled;
        Host = host;
        Port = port;
        Security = security;
        UserName = userName;
        if (protectedPassword is not null)
        {
            ProtectedPassword = protectedPassword;
        }

        FromAddress = fromAddress;
        FromName = fromName;
        SendHour = sendHour;
    }
}

/// <summary>
/// One row per digest sent: the unique (UserId, Day) key is what makes it at most once a day per user, also
/// when several servers run the service or one restarts — a server claims the row before it sends.
/// </summary>
public sealed class SentDigest
{
    private SentDigest()
    {
    }

    public SentDigest(string userId, DateOnly day, DateTime sentAt, int reminderCount)
    {
        UserId = userId;
        Day = day;
        SentAt = sentAt;
        ReminderCount = reminderCount;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>The China-time day the digest is for.</summary>
    public DateOnly Day { get; private set; }

    public DateTime SentAt { get; private set; }

    public int ReminderCount { get; private set; }
}

internal sealed class DigestRecordConfigurations : IEntityTypeConfiguration<MailSettings>, IEntityTypeConfiguration<SentDigest>
{
    public void Configure(EntityTypeBuilder<MailSettings> builder)
    {
        builder.ToTable("MailSettings");
        builder.HasKey(s => s.OrganisationId);
        builder.Property(s => s.OrganisationId).ValueGeneratedNever();
        builder.Property(s => s.Host).HasMaxLength(200);
        builder.Property(s => s.UserName).HasMaxLength(200);
        builder.Property(s => s.ProtectedPassword).HasMaxLength(2000);
        builder.Property(s => s.FromAddress).HasMaxLength(200);
        builder.Property(s => s.FromName).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<SentDigest> builder)
    {
        builder.ToTable("SentDigests");
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.HasIndex(d => new { d.UserId, d.Day }).IsUnique();
    }
}
