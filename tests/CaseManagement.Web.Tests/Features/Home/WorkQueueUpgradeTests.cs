using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Features.Home;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Cases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Home;

/// <summary>
/// An installation upgraded to the release that brought 我的待办: the app answers at once while the lists are built
/// from the existing cases in the background, says so on the pages that read them, and goes on after a restart.
/// </summary>
public sealed class WorkQueueUpgradeTests : IAsyncLifetime
{
    private readonly CaseApiFactory installation = new();
    private CaseHandle lead = null!;
    private CaseHandle filed = null!;

    /// <summary>The same installation started again on its database and files, with the rebuild's settings.</summary>
    private sealed class Restarted(CaseApiFactory installation, int batchSize, int pauseMilliseconds) : CaseApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Path", Path.Combine(installation.DataFolder, "case.db"));
            builder.UseSetting("Audit:KeyFile", Path.Combine(installation.DataFolder, "keys", "audit.key"));
            builder.UseSetting("Audit:CheckpointDirectory", Path.Combine(installation.DataFolder, "audit-checkpoint"));
            builder.UseSetting("WorkQueue:Rebuild:BatchSize", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("WorkQueue:Rebuild:PauseMilliseconds", pauseMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public async Task InitializeAsync()
    {
        var api = new CaseApi(installation);
        lead = await api.CreateAsync(CaseApi.Lead("博兴县某印染有限公司（升级前）"));
        await lead.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-10-13", reason = "初查发现涉嫌违法" });
        filed = await Steps.InvestigationAsync(api, "博兴县某造纸有限公司（升级前）");

        // As the database of the release before: no lines, no officers' next deadlines, and the migration's request.
        await using var scope = installation.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        await db.CaseWorkItems.ExecuteDeleteAsync();
        await db.Set<CaseOfficer>().ExecuteUpdateAsync(u => u.SetProperty(o => EF.Property<DateOnly?>(o, NextDeadline.OnProperty), (DateOnly?)null));
        db.PendingRebuilds.Add(new PendingRebuild(PendingRebuild.WorkQueue));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await installation.DisposeAsync();

    [Fact]
    public async Task Start_WithCasesLeftToBuild_AnswersAtOnce_SaysTheListsAreIncomplete_AndTheBuildGoesOnAfterARestart()
    {
        // One case per batch and a long rest after it: the server answers while the build is part-way.
        await using (var slow = Restart(batchSize: 1, pauseMilliseconds: 600_000))
        {
            var head = await PageSession.LoggedInAsync(slow, "zhaoliu");
            var home = await head.GetHtmlAsync("/");
            Assert.Matches("data-testid=\"rebuild-notice\"[^>]*>\\s*系统升级后正在根据已有案件生成待办事项", home);
            Assert.True(await PendingAsync(), "The server started without waiting for the build.");

            var officer = await PageSession.LoggedInAsync(slow, "zhangsan");
            Assert.Contains("rebuild-notice", await officer.GetHtmlAsync($"/deadlines?officer={await UserIdAsync("zhangsan")}"));
            Assert.DoesNotContain("rebuild-notice", await officer.GetHtmlAsync("/deadlines"));
        }

        // Started again: it goes on from where it stopped, finishes, and the pages no longer carry the notice.
        await using var restarted = Restart(batchSize: 100, pauseMilliseconds: 0);
        var headAgain = await PageSession.LoggedInAsync(restarted, "zhaoliu");
        for (var waited = 0; await PendingAsync(); waited += 100)
        {
            Assert.True(waited < 60_000, "The build did not finish within a minute.");
            await Task.Delay(100);
        }

        var done = await headAgain.GetHtmlAsync("/");
        Assert.DoesNotContain("rebuild-notice", done);
        Assert.Matches($"<tr[^>]*data-case-id=\"{lead.Id}\"", done);
        var officerAgain = await PageSession.LoggedInAsync(restarted, "zhangsan");
        Assert.Matches($"<tr[^>]*data-case-id=\"{filed.Id}\"", await officerAgain.GetHtmlAsync("/"));
        var board = await officerAgain.GetHtmlAsync($"/deadlines?officer={await UserIdAsync("zhangsan")}");
        Assert.DoesNotContain("rebuild-notice", board);
        Assert.Contains($"/cases/{filed.Id}", board);
    }

    private Restarted Restart(int batchSize, int pauseMilliseconds) =>
        new(installation, batchSize, pauseMilliseconds) { SharedPostgreSqlConnectionString = installation.PostgreSqlConnectionString };

    private async Task<bool> PendingAsync()
    {
        await using var scope = installation.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().PendingRebuilds.AnyAsync();
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = installation.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }
}
