using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Persistence;

public sealed class LockoutTests
{
    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksOutForFifteenMinutesEvenWithTheRightPassword()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await using var scope = database.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync("zhangsan"))!;

        var results = new List<SignInResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await signIn.CheckPasswordSignInAsync(user, "Wrong#2026", lockoutOnFailure: true));
        }

        var withRightPassword = await signIn.CheckPasswordSignInAsync(user, "Demo#2026", lockoutOnFailure: true);
        var lockoutEnd = await users.GetLockoutEndDateAsync(user);

        Assert.All(results.Take(4), r => Assert.False(r.IsLockedOut));
        Assert.True(results[4].IsLockedOut);
        Assert.True(withRightPassword.IsLockedOut);
        Assert.False(withRightPassword.Succeeded);
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task SignIn_WithDemoPassword_Succeeds()
    {
        await using var database = await TestDatabase.CreateAsync(demo: true);
        await using var scope = database.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("wangwu"))!;

        var result = await signIn.CheckPasswordSignInAsync(user, "Demo#2026", lockoutOnFailure: true);

        Assert.True(result.Succeeded);
    }
}
