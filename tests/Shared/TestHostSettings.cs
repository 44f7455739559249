using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.TestHosts;

// Compiled into both test projects that start the app (CaseManagement.Web.Tests and CaseManagement.BrowserTests).

/// <summary>
/// Passwords in the test hosts are hashed as in production (Identity's PBKDF2) but with 1,000 rounds instead of
/// 100,000: every host seeds the demo users and the tests sign in a few thousand times, and at the production rounds
/// that was most of the suite's CPU once, and later still 228 hashes of 47 ms in the web hosts built without the app
/// factory and 111 in the browser hosts. No test is about the hashing cost.
/// </summary>
public static class PasswordRounds
{
    public const int Count = 1_000;

    public static IServiceCollection UseFewerPasswordRounds(this IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = Count);
}

/// <summary>
/// Only critical events on a test host's console: nothing reads the log, and `dotnet test` would print every host's
/// start and stop (tests/Directory.Build.targets). Set as configuration, because the app's own appsettings.json sets
/// levels per category, and those win over a minimum level set in code. Not no logging at all: without an enabled
/// logger ASP.NET Core starts no Activity for a request, and the error page's trace id would not be the W3C one the
/// product shows.
/// </summary>
public static class QuietLog
{
    public static void Apply(IWebHostBuilder builder)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
    }
}
