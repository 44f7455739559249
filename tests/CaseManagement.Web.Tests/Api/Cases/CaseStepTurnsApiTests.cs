using System.Net;
using CaseManagement.Web.Features.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>A step sent through the API waits for a free turn of the server's steps before anything of it is done.</summary>
public sealed class CaseStepTurnsApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Step_WhileEveryTurnIsTaken_WaitsThenIsSavedOnceOneIsFree()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某化工有限公司（办理轮次）"));
        await Steps.FileAsync(c);
        var turns = factory.Services.GetRequiredService<CaseStepTurns>();
        Assert.Equal(Environment.ProcessorCount, turns.Limit); // the default on SQLite

        var release = new TaskCompletionSource();
        var holders = Enumerable.Range(0, turns.Limit).Select(_ => turns.RunAsync(() => release.Task.ContinueWith(_ => 0), default)).ToList();
        var step = c.TryAsync("zhangsan", "RecordInvestigation",
            new { kind = "Inspection", on = "2026-10-14", place = "厂区", officers = Steps.Officers, summary = "现场检查" });
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(step.IsCompleted);
        Assert.Equal(turns.Limit, turns.Running);

        release.SetResult();
        await Task.WhenAll(holders);
        var response = await step;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = (await c.RefreshAsync()).GetProperty("records");
        Assert.Equal("现场检查", Assert.Single(records.EnumerateArray()).GetProperty("summary").GetString());
    }
}
