using System.Net;
using System.Threading.RateLimiting;

namespace CaseManagement.Web.Identity;

/// <summary>Configuration section <c>Auth:Throttle</c>: how many failed logins are tolerated in a window.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "Auth:Throttle";

    /// <summary>Failed logins of one account from one client address per window (then that address waits).</summary>
    public int FailuresPerAccountAndAddress { get; set; } = 5;

    /// <summary>Failed logins from one client address, whatever the account (guessing at names or at many accounts).</summary>
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>Failed logins of one account from all addresses together (slows a guess spread over many addresses).</summary>
    public int FailuresPerAccount { get; set; } = 100;

    /// <summary>Login requests (right or wrong) from one client address per minute, counted by ASP.NET Core's rate limiter.</summary>
    public int RequestsPerAddressPerMinute { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Login guessing is slowed by counting failures (System.Threading.RateLimiting's fixed windows, partitioned) per
/// account and client address, per address and per account, instead of locking the account after five failures:
/// a lock that anyone can trigger with five wrong passwords from anywhere would let them shut out any user, the
/// administrator included. The right password from another address still gets in while one address is throttled.
/// A throttled attempt is refused before the password is checked and before anything is written, so a flood of
/// unknown names cannot fill the audit log either.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> accountAndAddress;
    private readonly PartitionedRateLimiter<string> address;
    private readonly PartitionedRateLimiter<string> account;

    public LoginThrottle(LoginThrottleOptions options)
    {
        Window = options.Window;
        accountAndAddress = Limiter(options.FailuresPerAccountAndAddress, options.Window);
        address = Limiter(options.FailuresPerAddress, options.Window);
        account = Limiter(options.FailuresPerAccount, options.Window);
    }

    public TimeSpan Window { get; }

    public static string AddressOf(IPAddress? remote) => remote?.ToString() ?? "local";

    /// <summary>Whether another attempt of this account from this address must wait (nothing is counted).</summary>
    public bool IsThrottled(string clientAddress, string userName)
    {
        var name = Normalise(userName);
        return !Available(address, clientAddress) || !Available(accountAndAddress, name + "@" + clientAddress) || !Available(account, name);
    }

    /// <summary>Counts one failed attempt against the address, the account and the pair.</summary>
    public void RecordFailure(string clientAddress, string userName)
    {
        var name = Normalise(userName);
        address.AttemptAcquire(clientAddress).Dispose();
        accountAndAddress.AttemptAcquire(name + "@" + clientAddress).Dispose();
        account.AttemptAcquire(name).Dispose();
    }

    public void Dispose()
    {
        accountAndAddress.Dispose();
        address.Dispose();
        account.Dispose();
    }

    private static string Normalise(string userName) => userName.Trim().ToUpperInvariant();

    private static bool Available(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key, permitCount: 0);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
