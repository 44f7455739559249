using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>After a burst of requests the server gives its spare memory back, but never while someone waits for an answer.</summary>
public sealed class IdleMemoryTrimTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Trim_WaitsForTheLastRequestToFinishAndTheServerToStayQuiet()
    {
        var clock = new StepClock();
        var requests = new RequestConcurrency(4, clock);
        long allocated = 0;
        var trim = new IdleMemoryTrim(
            requests, clock, new IdleMemoryTrimOptions(Idle, () => Interlocked.Read(ref allocated)), NullLogger<IdleMemoryTrim>.Instance);
        Interlocked.Add(ref allocated, IdleMemoryTrim.WorthTrimming); // the burst's requests allocated this much

        var running = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var request = requests.InvokeAsync(new DefaultHttpContext { Request = { Path = "/cases" } }, async _ =>
        {
            running.SetResult();
            await finish.Task;
        });
        await running.Task;

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(trim.TrimIfDue(Idle)); // a request is being answered, however long it takes

        finish.SetResult();
        await request;
        clock.Advance(Idle - TimeSpan.FromSeconds(1));
        Assert.False(trim.TrimIfDue(Idle)); // the burst may not be over yet

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(trim.TrimIfDue(Idle));
        Assert.Equal(1, trim.Trims);

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(trim.TrimIfDue(Idle)); // nothing new allocated by requests since: nothing to give back

        Interlocked.Add(ref allocated, IdleMemoryTrim.WorthTrimming); // the next burst
        Assert.True(trim.TrimIfDue(Idle));
        Assert.Equal(2, trim.Trims);
    }

    [Theory]
    [InlineData(1, 60, IdleMemoryTrim.WorthTrimming, false)]
    [InlineData(0, 9, IdleMemoryTrim.WorthTrimming, false)]
    [InlineData(0, 60, IdleMemoryTrim.WorthTrimming - 1, false)]
    [InlineData(0, 10, IdleMemoryTrim.WorthTrimming, true)]
    public void Due_OnlyWhenNobodyIsServedForTheIdleTimeAndEnoughWasAllocated(int inFlight, int quietSeconds, long allocated, bool due) =>
        Assert.Equal(due, IdleMemoryTrim.Due(inFlight, TimeSpan.FromSeconds(quietSeconds), Idle, allocated));

    /// <summary>A clock the test moves; the trim's stopwatch reads it.</summary>
    private sealed class StepClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}
