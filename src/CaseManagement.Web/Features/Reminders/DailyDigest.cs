using System.Globalization;
using System.Net;
using System.Text;
using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Features.Shared;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseManagement.Web.Features.Reminders;

/// <summary>
/// The daily 期限提醒 e-mail: for every organisation whose mail is switched on and whose sending hour has come
/// (China time), each case worker with an e-mail address and something to report gets the same list the
/// to-do page shows, once that day, and not before a rebuild of the to-do lines has finished (Features/Home/WorkQueueRebuild).
/// The (UserId, Day) row is claimed before sending, so a second server or a restarted one finds it and skips; a failed
/// send gives the claim back for the next round.
/// </summary>
public sealed class DailyDigestSender(
    CaseDbContext db, TimeProvider time, LegalCalendar calendar, IDataProtectionProvider protection, ILogger<DailyDigestSender> logger)
{
    public const string ProtectorPurpose = "CaseManagement.MailSettings.Password";

    /// <summary>One round; returns the number of digests sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        // The officers' reminders read the next deadlines a rebuild after an upgrade is still filling: a digest
        // sent now could leave cases out, so the day's digest waits for a round after the rebuild.
        if (await db.PendingRebuilds.AnyAsync(ct))
        {
            logger.LogInformation("The daily digest waits until the 我的待办 projection is built");
            return 0;
        }

        var now = time.GetUtcNow().ToOffset(ChinaClock.Offset);
        var today = time.TodayInChina();
        var settings = await db.Set<MailSettings>().AsNoTracking().Where(s => s.Enabled).ToListAsync(ct);
        var sent = 0;
        foreach (var mail in settings.Where(s => now.Hour >= s.SendHour))
        {
            sent += await RunForOrganisationAsync(mail, today, ct);
        }

        return sent;
    }

    private async Task<int> RunForOrganisationAsync(MailSettings mail, DateOnly today, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == mail.OrganisationId, ct);
        if (organisation is null)
        {
            return 0;
        }

        var clock = CaseContextFactory.ClockFor(time, calendar, organisation.ToRules());
        var nowUtc = time.GetUtcNow();
        // A locked account gets nothing (SQLite cannot compare DateTimeOffset, so that test is made here).
        var users = (await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == mail.OrganisationId && u.Email != null && u.Email != "")
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LockoutEnd })
            .ToListAsync(ct))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd < nowUtc)
            .ToList();
        var userIds = users.Select(u => u.Id).ToList();
        var alreadySent = (await db.Set<SentDigest>().AsNoTracking()
            .Where(d => d.Day == today && userIds.Contains(d.UserId))
            .Select(d => d.UserId)
            .ToListAsync(ct)).ToHashSet();
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where userIds.Contains(userRole.UserId)
                            select new { userRole.UserId, role.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!);

        SmtpClient? client = null;
        var sent = 0;
        try
        {
            foreach (var user in users.Where(u => !alreadySent.Contains(u.Id)))
            {
                var caseRoles = roles[user.Id].Select(CaseContextFactory.RoleOf).OfType<CaseRole>().Where(r => r != CaseRole.Administrator).ToHashSet();
                if (caseRoles.Count == 0)
                {
                    continue;
                }

                var reminders = await Reminders.ForAsync(db, mail.OrganisationId, new Actor(user.Id, user.DisplayName, caseRoles), clock, ct);
                if (reminders.Count == 0)
                {
                    continue;
                }

                var claim = new SentDigest(user.Id, today, nowUtc.UtcDateTime, reminders.Count);
                if (!await TryClaimAsync(claim, ct))
                {
                    continue;
                }

                try
                {
                    client ??= await ConnectAsync(mail, ct);
                    await client.SendAsync(Message(mail, organisation.Name, user.DisplayName, user.Email!, today, reminders), ct);
                    sent++;
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    logger.LogWarning(failure, "The daily digest to user {UserId} could not be sent; it will be tried again", user.Id);
                    db.Set<SentDigest>().Remove(claim);
                    await db.SaveChangesAsync(ct);
                    client?.Dispose();
                    client = null;
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(true, CancellationToken.None);
                }

                client.Dispose();
            }
        }

        return sent;
    }

    // The unique (UserId, Day) index decides between servers: whoever inserts first sends.
    private async Task<bool> TryClaimAsync(SentDigest claim, CancellationToken ct)
    {
        db.Set<SentDigest>().Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            return false;
        }
    }

    private async Task<SmtpClient> ConnectAsync(MailSettings mail, CancellationToken ct)
    {
        var client = new SmtpClient();
        try
        {
            var security = mail.Security switch
            {
                MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                MailSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(mail.Host, mail.Port, security, ct);
            if (!string.IsNullOrEmpty(mail.UserName))
            {
                var password = string.IsNullOrEmpty(mail.ProtectedPassword) ? "" : protection.CreateProtector(ProtectorPurpose).Unprotect(mail.ProtectedPassword);
                await client.AuthenticateAsync(mail.UserName, password, ct);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static MimeMessage Message(MailSettings mail, string organisationName, string userName, string address, DateOnly today, Reminders.Result reminders)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(string.IsNullOrWhiteSpace(mail.FromName) ? organisationName : mail.FromName, mail.FromAddress));
        message.To.Add(new MailboxAddress(userName, address));
        message.Subject = $"期限提醒（{Display.Date(today)}）：已逾期{reminders.Overdue.Count}项，{Deadlines.DeadlineCell.DueSoonWorkingDays}个工作日内到期{reminders.DueSoon.Count}项";

        var text = new StringBuilder();
        var html = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{userName}：");
        text.AppendLine(reminders.WholeOrganisation ? "本单位案件的期限提醒如下。" : "您承办的案件的期限提醒如下。");
        html.Append(CultureInfo.InvariantCulture, $"<p>{Enc(userName)}：</p><p>{(reminders.WholeOrganisation ? "本单位案件的期限提醒如下。" : "您承办的案件的期限提醒如下。")}</p>");
        Section("已逾期", reminders.Overdue);
        Section($"{Deadlines.DeadlineCell.DueSoonWorkingDays}个工作日内到期", reminders.DueSoon);
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{organisationName} 行政处罚案件管理系统");
        html.Append(CultureInfo.InvariantCulture, $"<p>{Enc(organisationName)} 行政处罚案件管理系统</p>");
        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html.ToString() }.ToMessageBody();
        return message;

        void Section(string title, IReadOnlyList<Reminders.Reminder> items)
        {
            if (items.Count == 0)
            {
                return;
            }

            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{title}（{items.Count}项）：");
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Enc(title)}（{items.Count}项）</h3><ul>");
            foreach (var r in items)
            {
                var line = $"{r.CaseTitle} {r.PartyName}（{r.StageLabel}）：{r.Deadline.Label} {Display.Date(r.Deadline.DueDate)}";
                text.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
                html.Append(CultureInfo.InvariantCulture, $"<li>{Enc(line)}</li>");
            }

            html.Append("</ul>");
        }
    }

    private static string Enc(string value) => WebUtility.HtmlEncode(value);
}

/// <summary>
/// Runs <see cref="DailyDigestSender"/> every few minutes (Digest:PollMinutes, default 5). Sending is decided
/// by each organisation's settings (off by default) and the per-day rows, not by this timer.
/// </summary>
public sealed class DailyDigestService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DailyDigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = Math.Clamp(configuration.GetValue("Digest:PollMinutes", 5), 1, 60);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<DailyDigestSender>().RunOnceAsync(stoppingToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    logger.LogError(failure, "The daily digest round failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (or a start that failed): not a failure of the digest.
        }
    }
}

public static class DigestServices
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddScoped<DailyDigestSender>();
        services.AddHostedService<DailyDigestService>();
        return services;
    }
}
