using CaseManagement.Web.Features.Cases;
using Microsoft.Extensions.Configuration;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>At most <c>Server:StepsAtOnce</c> case steps run at once on a server; the others wait in order, having read nothing.</summary>
public sealed class CaseStepTurnsTests
{
    [Fact]
    public async Task Step_WhenEveryTurnIsTaken_StartsOnlyWhenOneIsGivenBack()
    {
        var turns = new CaseStepTurns(2);
        var release = new TaskCompletionSource();
        var first = turns.RunAsync(() => release.Task.ContinueWith(_ => 1), default);
        var second = turns.RunAsync(() => release.Task.ContinueWith(_ => 2), default);
        Assert.Equal(2, turns.Running);

        var started = false;
        var third = turns.RunAsync(() =>
        {
            started = true;
            return Task.FromResult(3);
        }, default);
        Assert.False(started);
        Assert.False(third.IsCompleted);

        release.SetResult();
        var results = await Task.WhenAll(first, second, third);
        Assert.Equal([1, 2, 3], results);
        Assert.True(started);
        Assert.Equal(0, turns.Running);
    }

    [Fact]
    public async Task Step_WhoseCallerLeavesWhileWaiting_IsNeverRunAndTakesNoTurn()
    {
        var turns = new CaseStepTurns(1);
        var release = new TaskCompletionSource();
        var holder = turns.RunAsync(() => release.Task.ContinueWith(_ => 0), default);
        using var leaving = new CancellationTokenSource();
        var ran = false;
        var waiting = turns.RunAsync(() =>
        {
            ran = true;
            return Task.FromResult(0);
        }, leaving.Token);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult();
        await holder;

        Assert.False(ran);
        Assert.Equal(0, turns.Running);
        Assert.Equal(7, await turns.RunAsync(() => Task.FromResult(7), default)); // the turn given back serves the next one
    }

    [Fact]
    public async Task Step_FailingInsideItsTurn_GivesTheTurnBack()
    {
        var turns = new CaseStepTurns(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => turns.RunAsync<int>(() => throw new InvalidOperationException("refused"), default));
        Assert.Equal(0, turns.Running);
        Assert.Equal(1, await turns.RunAsync(() => Task.FromResult(1), default));
    }

    [Fact]
    public async Task Step_RunFromInsideAStep_DoesNotWaitForTheTurnItsCallerHolds()
    {
        var turns = new CaseStepTurns(1);
        var inner = await turns.RunAsync(() => turns.RunAsync(() => Task.FromResult("inner"), default), default);
        Assert.Equal("inner", inner);
        Assert.Equal(0, turns.Running);
    }

    [Fact]
    public async Task NoLimit_RunsEveryStepAtOnce()
    {
        var turns = new CaseStepTurns(0);
        var release = new TaskCompletionSource();
        var steps = Enumerable.Range(0, 50).Select(i => turns.RunAsync(() => release.Task.ContinueWith(_ => i), default)).ToList();
        var last = turns.RunAsync(() => Task.FromResult(-1), default);
        Assert.True(last.IsCompletedSuccessfully);
        release.SetResult();
        Assert.Equal(50, (await Task.WhenAll(steps)).Distinct().Count());
    }

    [Theory]
    [InlineData(true, null, -1)] // SQLite's single write turn: one step per processor
    [InlineData(false, null, 0)] // PostgreSQL, SQL Server
    [InlineData(true, "0", 0)]
    [InlineData(true, "3", 3)]
    [InlineData(false, "8", 8)]
    public void Limit_IsTheSettingOrTheDefaultOfTheDatabase(bool oneWriteTurn, string? setting, int expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CaseStepTurns.SettingKey] = setting,
        }).Build();

        Assert.Equal(expected < 0 ? Environment.ProcessorCount : expected, CaseStepTurns.From(configuration, oneWriteTurn).Limit);
    }
}
