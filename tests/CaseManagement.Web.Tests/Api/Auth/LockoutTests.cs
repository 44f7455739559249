using System.Net;

namespace CaseManagement.Web.Tests.Api.Auth;

public sealed class ApiLockoutTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_Returns401SayingLockedUntilWhenEvenWithRightPassword()
    {
        var client = factory.CreateClient();

        var failures = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            failures.Add(await ApiLogin.PostLoginAsync(client, "lisi", "Wrong#2026"));
        }

        var withRightPassword = await ApiLogin.PostLoginAsync(client, "lisi");
        var otherUser = await ApiLogin.PostLoginAsync(client, "zhangsan");

        foreach (var failure in failures.Take(4))
        {
            var body = await ProblemAssert.IsProblemAsync(failure, HttpStatusCode.Unauthorized);
            Assert.False(body.TryGetProperty("lockedUntil", out _));
        }

        var fifth = await ProblemAssert.IsProblemAsync(failures[4], HttpStatusCode.Unauthorized);
        Assert.Contains("锁定", fifth.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var locked = await ProblemAssert.IsProblemAsync(withRightPassword, HttpStatusCode.Unauthorized);
        Assert.Equal("账户已锁定", locked.GetProperty("title").GetString());
        var until = locked.GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains(until.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), locked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }
}
