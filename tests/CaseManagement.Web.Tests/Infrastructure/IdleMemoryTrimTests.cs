using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [SqliteFact]
    public async Task Trim_AlsoEmptiesThePageCacheOfTheSqliteConnectionsKeptOpen()
    {
        await using var database = await TestDatabase.CreateAsync(demo: false);
        SqliteConnection kept;
        await using (var scope = database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            db.DataProtectionKeys.AddRange(Enumerable.Range(1, 300).Select(i => new DataProtectionKey { FriendlyName = $"k{i}", Xml = new string('x', 200) }));
            await db.SaveChangesAsync();
            Assert.Equal(300, await db.DataProtectionKeys.CountAsync(k => k.Xml!.Length > 0));
            kept = (SqliteConnection)db.Database.GetDbConnection();
        }

        var cached = SqliteConnectionPool.CacheUsed(kept);
        Assert.True(cached > 16 * 1024, $"page cache {cached} bytes");
        var clock = new StepClock();
        long allocated = 0;
        var trim = new IdleMemoryTrim(new RequestConcurrency(4, clock), clock, new IdleMemoryTrimOptions(Idle, () => Interlocked.Read(ref allocated)),
            NullLogger<IdleMemoryTrim>.Instance, database.Services.GetRequiredService<SqliteConnectionPool>());
        Interlocked.Add(ref allocated, IdleMemoryTrim.WorthTrimming);
        clock.Advance(Idle);

        Assert.True(trim.TrimIfDue(Idle));
        Assert.True(SqliteConnectionPool.CacheUsed(kept) < cached / 2);
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
