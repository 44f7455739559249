using System.Net;
using CaseManagement.Web.Features.Cases;
using Microsoft.AspNetCore.Hosting;
using CaseManagement.Web.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>The API's cases with one case step at a time, on whichever database the tests run (the defaults per database are <see cref="Features.Cases.CaseStepTurnsTests"/>').</summary>
public sealed class OneStepAtOnceFactory : CaseApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(CaseStepTurns.SettingKey, "1");
    }
}

/// <summary>A step sent through the API waits for a free turn of the server's steps before anything of it is done.</summary>
public sealed class CaseStepTurnsApiTests(OneStepAtOnceFactory factory) : IClassFixture<OneStepAtOnceFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Step_WhileEveryTurnIsTaken_WaitsThenIsSavedOnceOneIsFree()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某化工有限公司（办理轮次）"));
        await Steps.FileAsync(c);
        var turns = factory.Services.GetRequiredService<CaseStepTurns>();
        Assert.Equal(1, turns.Limit); // the setting, as configured

        var release = new TaskCompletionSource();
        var holder = turns.RunAsync(() => release.Task.ContinueWith(_ => 0), default);
        var step = c.TryAsync("zhangsan", "RecordInvestigation",
            new { kind = "Inspection", on = "2026-10-14", place = "厂区", officers = Steps.Officers, summary = "现场检查" });
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(step.IsCompleted);
        Assert.Equal(1, turns.Running);

        release.SetResult();
        await holder;
        var response = await step;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = (await c.RefreshAsync()).GetProperty("records");
        Assert.Equal("现场检查", Assert.Single(records.EnumerateArray()).GetProperty("summary").GetString());
    }
}

/// <summary>The app as configured by default: on SQLite, one case step per processor.</summary>
public sealed class CaseStepTurnsDefaultTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    [SqliteFact]
    public void Steps_OnSqlite_AreLimitedToOnePerProcessorByDefault() =>
        Assert.Equal(Environment.ProcessorCount, factory.Services.GetRequiredService<CaseStepTurns>().Limit);
}
