using System.Globalization;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Features.Accounts;

/// <summary>
/// Logs a user in: checks the password (counting failures towards the lockout), sets the auth cookie
/// and issues a bearer token. Every attempt is audited, successful or not, never with the password.
/// </summary>
public static class Login
{
    public const string AuditAction = "登录";
    public const string FailedAuditAction = "登录失败";

    /// <summary>Deliberately a class, not a record: a record's ToString would print the password into logs.</summary>
    public sealed class Command : IRequest<Outcome>
    {
        public string UserName { get; init; } = "";

        public string Password { get; init; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserName).NotEmpty().WithMessage("请输入用户名")
                .MaximumLength(256).WithMessage("用户名不能超过256个字符")
                // PostgreSQL refuses a NUL in a text parameter (the lookup would fail with 500); no user name holds one.
                .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("用户名不能含有控制字符");
            RuleFor(c => c.Password).NotEmpty().WithMessage("请输入密码");
        }
    }

    public enum Status
    {
        Succeeded,

        /// <summary>Unknown user or wrong password: the answer does not say which.</summary>
        InvalidCredentials,

        LockedOut,

        /// <summary>Too many failed attempts from this address (or for this account): refused before the password is checked.</summary>
        Throttled,
    }

    /// <param name="Token">Set when <see cref="Status.Succeeded"/>.</param>
    /// <param name="LockedUntil">Set when <see cref="Status.LockedOut"/>.</param>
    public sealed record Outcome(Status Status, IssuedToken? Token, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil)
    {
        public const string InvalidCredentialsMessage = "用户名或密码错误。";

        /// <summary>The Chinese sentence for a refused login.</summary>
        public string? Message => Status switch
        {
            Status.InvalidCredentials => InvalidCredentialsMessage,
            // An administrator's lock (SetUserLock) has no end a user could wait for.
            Status.LockedOut when LockedUntil is { Year: >= 9999 } => "账户已被系统管理员锁定，请联系系统管理员。",
            Status.LockedOut when LockedUntil is { } until =>
                string.Create(CultureInfo.InvariantCulture, $"连续登录失败次数过多，账户已被锁定，请于{until.ToOffset(ChinaClock.Offset):yyyy年M月d日 HH:mm}（北京时间）后再试。"),
            Status.LockedOut => "账户已被锁定，请联系系统管理员。",
            Status.Throttled => "登录失败次数过多，请 15 分钟后再试。",
            _ => null,
        };
    }

    internal sealed class Handler(
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        BearerTokenIssuer tokens,
        AuditLog audit,
        CaseDbContext db,
        LoginThrottle throttle,
        UnknownUserHash unknownUserHash,
        IHttpContextAccessor http) : IRequestHandler<Command, Outcome>
    {

        public async Task<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var userName = command.UserName.Trim();
            var address = LoginThrottle.AddressOf(http.HttpContext?.Connection.RemoteIpAddress);
            if (throttle.IsThrottled(address, userName))
            {
                // Nothing checked, nothing written: a flood of guesses costs neither hashing nor audit rows.
                return new Outcome(Status.Throttled, null, [], null);
            }

            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                throttle.RecordFailure(address, userName);
                // The same cost as a wrong password, so that response times do not reveal which accounts exist.
                users.PasswordHasher.VerifyHashedPassword(new AppUser(), unknownUserHash.Value, command.Password);
                // Audited with the name as typed, so that guessing at accounts shows in the log.
                await AuditAsync(null, FailedAuditAction, $"登录失败：用户名“{userName}”不存在", cancellationToken);
                return new Outcome(Status.InvalidCredentials, null, [], null);
            }

            // No lockout on failure (anyone could lock anyone out with five tries): LoginThrottle slows guessing instead.
            // An administrator's lock (SetUserLock) still refuses the login.
            var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: false);
            if (result.IsLockedOut)
            {
                var until = await users.GetLockoutEndDateAsync(user);
                await AuditAsync(user.Id, FailedAuditAction, $"{Who(user)}登录失败：账户已锁定", cancellationToken);
                return new Outcome(Status.LockedOut, null, [], until);
            }

            if (!result.Succeeded)
            {
                throttle.RecordFailure(address, userName);
                await AuditAsync(user.Id, FailedAuditAction, $"{Who(user)}登录失败：密码错误", cancellationToken);
                return new Outcome(Status.InvalidCredentials, null, [], null);
            }

            await signIn.SignInAsync(user, isPersistent: false);
            var principal = await signIn.CreateUserPrincipalAsync(user);
            var token = tokens.Issue(principal);
            var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            await AuditAsync(user.Id, AuditAction, $"{Who(user)}登录", cancellationToken);
            return new Outcome(Status.Succeeded, token, roles, null);
        }

        private static string Who(AppUser user) => $"{user.DisplayName}（{user.UserName}）";

        private async Task AuditAsync(string? userId, string action, string summary, CancellationToken cancellationToken)
        {
            audit.Append(userId, action, caseId: null, summary);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
