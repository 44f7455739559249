using CaseManagement.Web.Audit;
using CaseManagement.Web.Features.Administration;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Reminders;

/// <summary>邮件提醒设置: the organisation's SMTP server and sending hour, and the case workers' addresses.</summary>
public static class MailSettingsUseCases
{
    public const string AuditAction = "修改邮件提醒设置";

    public sealed record View(UpdateMailSettings Settings, bool HasPassword, IReadOnlyList<Recipient> Recipients);

    public sealed record Recipient(string UserId, string UserName, string DisplayName, string? Email);

    public sealed record Get : IRequest<View>;

    /// <summary>The settings form. <see cref="Password"/> empty keeps the stored one.</summary>
    public sealed record UpdateMailSettings : IRequest<Unit>
    {
        public bool Enabled { get; init; }
        public string? Host { get; init; }
        public int Port { get; init; } = 25;
        public MailSecurity Security { get; init; } = MailSecurity.StartTls;
        public string? UserName { get; init; }
        public string? Password { get; init; }
        public string? FromAddress { get; init; }
        public string? FromName { get; init; }
        public int SendHour { get; init; } = 8;
    }

    public sealed record SetEmail(string UserId, string? Email) : IRequest<Unit>;

    public sealed class UpdateValidator : AbstractValidator<UpdateMailSettings>
    {
        public UpdateValidator()
        {
            RuleFor(c => c.Port).InclusiveBetween(1, 65535).WithMessage("端口须在1至65535之间");
            RuleFor(c => c.SendHour).InclusiveBetween(0, 23).WithMessage("发送时间须为0至23点");
            RuleFor(c => c.Security).IsInEnum().WithMessage("请选择连接加密方式");
            RuleFor(c => c.Host).MaximumLength(200).WithMessage("服务器地址不得超过200个字符");
            RuleFor(c => c.UserName).MaximumLength(200).WithMessage("用户名不得超过200个字符");
            RuleFor(c => c.Password).MaximumLength(200).WithMessage("密码不得超过200个字符");
            RuleFor(c => c.FromName).MaximumLength(100).WithMessage("发件人名称不得超过100个字符");
            RuleFor(c => c.FromAddress).MaximumLength(200).EmailAddress().WithMessage("发件地址不是有效的电子邮件地址");
            When(c => c.Enabled, () =>
            {
                RuleFor(c => c.Host).NotEmpty().WithMessage("开启邮件提醒须填写发信服务器地址");
                RuleFor(c => c.FromAddress).NotEmpty().WithMessage("开启邮件提醒须填写发件地址");
            });
        }
    }

    public sealed class SetEmailValidator : AbstractValidator<SetEmail>
    {
        public SetEmailValidator() =>
            RuleFor(c => c.Email).MaximumLength(200).EmailAddress().WithMessage("不是有效的电子邮件地址");
    }

    internal sealed class GetHandler(CaseDbContext db, ICurrentUser administrator) : IRequestHandler<Get, View>
    {
        public async Task<View> Handle(Get query, CancellationToken ct)
        {
            var organisationId = administrator.OrganisationId ?? throw new ForbiddenException("当前用户未归属任何执法机关。");
            var stored = await db.Set<MailSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.OrganisationId == organisationId, ct);
            var settings = stored is null
                ? new UpdateMailSettings()
                : new UpdateMailSettings
                {
                    Enabled = stored.Enabled, Host = stored.Host, Port = stored.Port, Security = stored.Security, UserName = stored.UserName,
                    FromAddress = stored.FromAddress, FromName = stored.FromName, SendHour = stored.SendHour,
                };
            var recipients = await db.Users.AsNoTracking()
                .Where(u => u.OrganisationId == organisationId)
                .OrderBy(u => u.UserName)
                .Select(u => new Recipient(u.Id, u.UserName!, u.DisplayName, u.Email))
                .ToListAsync(ct);
            return new View(settings, !string.IsNullOrEmpty(stored?.ProtectedPassword), recipients);
        }
    }

    internal sealed class UpdateHandler(CaseDbContext db, ICurrentUser administrator, AuditLog audit, IDataProtectionProvider protection)
        : IRequestHandler<UpdateMailSettings, Unit>
    {
        public async Task<Unit> Handle(UpdateMailSettings command, CancellationToken ct)
        {
            var organisationId = administrator.OrganisationId ?? throw new ForbiddenException("当前用户未归属任何执法机关。");
            var settings = await db.Set<MailSettings>().SingleOrDefaultAsync(s => s.OrganisationId == organisationId, ct);
            if (settings is null)
            {
                settings = new MailSettings(organisationId);
                db.Add(settings);
            }

            var password = string.IsNullOrEmpty(command.Password)
                ? null
                : protection.CreateProtector(DailyDigestSender.ProtectorPurpose).Protect(command.Password);
            settings.Update(command.Enabled, command.Host?.Trim() ?? "", command.Port, command.Security, command.UserName?.Trim() ?? "", password,
                command.FromAddress?.Trim() ?? "", command.FromName?.Trim() ?? "", command.SendHour);
            audit.Append(administrator.UserId, AuditAction, caseId: null,
                $"{administrator.DisplayName}{(command.Enabled ? "开启" : "关闭")}每日期限提醒邮件（{command.Host}:{command.Port}，每天{command.SendHour}点后发送）");
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }

    internal sealed class SetEmailHandler(UserManager<AppUser> users, CaseDbContext db, ICurrentUser administrator, AuditLog audit)
        : IRequestHandler<SetEmail, Unit>
    {
        public async Task<Unit> Handle(SetEmail command, CancellationToken ct)
        {
            var user = await UserAdministration.FindAsync(users, administrator, command.UserId);
            var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
            UserAdministration.ThrowIfFailed(await users.SetEmailAsync(user, email), nameof(SetEmail.Email));
            audit.Append(administrator.UserId, "修改用户电子邮件", caseId: null,
                $"{administrator.DisplayName}修改{UserAdministration.Who(user)}的电子邮件地址", after: email);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
