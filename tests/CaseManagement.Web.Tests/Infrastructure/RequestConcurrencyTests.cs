using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>Requests beyond the server's limit wait their turn instead of all opening the database at once.</summary>
public sealed class RequestConcurrencyTests
{
    [Fact]
    public async Task Request_BeyondTheLimit_WaitsUntilARunningOneFinishesThenRuns()
    {
        var concurrency = new RequestConcurrency(1, TimeProvider.System);
        var firstRunning = new TaskCompletionSource();
        var finishFirst = new TaskCompletionSource();
        var ran = new List<string>();

        var first = concurrency.InvokeAsync(Request("/cases"), async _ =>
        {
            ran.Add("first");
            firstRunning.SetResult();
            await finishFirst.Task;
        });
        await firstRunning.Task;

        var second = concurrency.InvokeAsync(Request("/cases"), _ =>
        {
            ran.Add("second");
            return Task.CompletedTask;
        });
        Assert.False(second.IsCompleted);
        Assert.Equal(["first"], ran);

        finishFirst.SetResult();
        await Task.WhenAll(first, second);
        Assert.Equal(["first", "second"], ran);
    }

    [Fact]
    public async Task HealthProbe_WhileTheServerIsFull_IsAnsweredAtOnce()
    {
        var concurrency = new RequestConcurrency(1, TimeProvider.System);
        var finishFirst = new TaskCompletionSource();
        var first = concurrency.InvokeAsync(Request("/cases"), _ => finishFirst.Task);

        var probed = false;
        await concurrency.InvokeAsync(Request("/healthz"), _ =>
        {
            probed = true;
            return Task.CompletedTask;
        });

        Assert.True(probed);
        finishFirst.SetResult();
        await first;
    }

    [Fact]
    public async Task Request_WhoseClientLeftWhileWaiting_IsNeverRunAndFreesNoSlotItDidNotTake()
    {
        var concurrency = new RequestConcurrency(1, TimeProvider.System);
        var finishFirst = new TaskCompletionSource();
        var first = concurrency.InvokeAsync(Request("/cases"), _ => finishFirst.Task);

        using var leaving = new CancellationTokenSource();
        var abandoned = Request("/cases");
        abandoned.RequestAborted = leaving.Token;
        var ranAbandoned = false;
        var waiting = concurrency.InvokeAsync(abandoned, _ =>
        {
            ranAbandoned = true;
            return Task.CompletedTask;
        });
        await leaving.CancelAsync();
        await waiting;
        Assert.False(ranAbandoned);

        // The slot is still the first request's: a third waits for it, then runs.
        var third = concurrency.InvokeAsync(Request("/cases"), _ => Task.CompletedTask);
        Assert.False(third.IsCompleted);
        finishFirst.SetResult();
        await Task.WhenAll(first, third);
    }

    private static DefaultHttpContext Request(string path) => new() { Request = { Path = path } };
}
