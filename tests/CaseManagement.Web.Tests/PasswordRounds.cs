using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests;

/// <summary>
/// Passwords in the test hosts are hashed as in production (Identity's PBKDF2) but with 1,000 rounds instead of
/// 100,000: every host seeds the demo users and the suite signs in a few thousand times, and at the production rounds
/// that was most of the suite's CPU once, and still 228 hashes of 47 ms (about 11 CPU-seconds) in the hosts built
/// without the app factory. No test here is about the hashing cost.
/// </summary>
public static class PasswordRounds
{
    public const int Count = 1_000;

    public static IServiceCollection UseFewerPasswordRounds(this IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Count);
}
