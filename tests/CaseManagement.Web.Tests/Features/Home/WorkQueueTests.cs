using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Features.Home;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api;
using CaseManagement.Web.Tests.Api.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Home;

/// <summary>
/// 我的待办 read from its projection: full pages, and the list of every user follows each step of a case
/// (who requested, who approves, the officers after a change, the reviewer, the head's queue).
/// </summary>
public sealed partial class WorkQueueTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Home_WithMoreThanAPageWaiting_ShowsFiftyCasesAndTheRestOnTheNextPage()
    {
        var created = new List<long>();
        for (var i = 0; i < 53; i++)
        {
            created.Add((await api.CreateAsync(CaseApi.Lead($"博兴县某纸业有限公司（第{i + 1}件待办）"), user: "lisi")).Id);
        }

        var session = await PageSession.LoggedInAsync(factory, "lisi");
        var first = await session.GetHtmlAsync("/");

        // The first page is full, and paging on reaches every waiting case exactly once.
        Assert.Equal(50, Rows(first).Count);
        Assert.Contains("下一页", first);
        var seen = Rows(first);
        var html = first;
        for (var page = 2; html.Contains("下一页", StringComparison.Ordinal); page++)
        {
            html = await session.GetHtmlAsync($"/?p={page}");
            seen.AddRange(Rows(html));
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), created.ToHashSet());
    }

    [Fact]
    public async Task Home_FollowsEveryStep_OfficersRequesterHeadAndReviewer()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某化纤有限公司（待办流转）"));
        Assert.True(await WaitsOnAsync("zhangsan", c.Id, "RequestFiling"));
        Assert.False(await WaitsOnAsync("zhaoliu", c.Id));

        await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-10-13", reason = "初查发现涉嫌违法" });
        Assert.False(await WaitsOnAsync("zhangsan", c.Id));
        Assert.True(await WaitsOnAsync("zhaoliu", c.Id, "File"));

        await c.StepAsync("zhaoliu", "File", new { filedOn = "2026-10-13", officers = new[] { "zhangsan", "lisi" } });
        Assert.False(await WaitsOnAsync("zhaoliu", c.Id));
        Assert.True(await WaitsOnAsync("zhangsan", c.Id, "SubmitForReview"));
        Assert.True(await WaitsOnAsync("lisi", c.Id, "SubmitForReview"));
        Assert.False(await WaitsOnAsync("qianba", c.Id));

        // 变更执法人员: the officer who left no longer sees it, the new one does.
        await c.StepAsync("zhaoliu", "ChangeOfficers", new { changedOn = "2026-10-14", officers = new[] { "zhangsan", "qianba" }, reason = "李四调离" });
        Assert.False(await WaitsOnAsync("lisi", c.Id));
        Assert.True(await WaitsOnAsync("qianba", c.Id, "SubmitForReview"));
        Assert.True(await WaitsOnAsync("zhangsan", c.Id, "SubmitForReview"));

        // The head's queue: a suspended case waits on him to resume, on nobody else.
        await c.StepAsync("zhaoliu", "Suspend", new { from = "2026-10-15", reason = "等待检测鉴定结果" });
        Assert.True(await WaitsOnAsync("zhaoliu", c.Id, "Resume"));
        Assert.False(await WaitsOnAsync("zhangsan", c.Id));
        await c.StepAsync("zhaoliu", "Resume", new { on = "2026-10-16" });
        Assert.False(await WaitsOnAsync("zhaoliu", c.Id));

        await Steps.InvestigateAsync(c, "2026-10-16", ["zhangsan", "qianba"]);
        await Steps.SubmitAsync(c, 50_000m, on: "2026-10-17");
        Assert.False(await WaitsOnAsync("zhangsan", c.Id));
        Assert.True(await WaitsOnAsync("wangwu", c.Id, "CompleteCaseReview"));

        // 查审分离 (行政处罚法第五十八条): qianba is a reviewer too, but investigates this case.
        Assert.False(await WaitsOnAsync("qianba", c.Id));
    }

    [Fact]
    public async Task Home_Reviewer_SeesANotifiedCaseOnlyOnceTheStatementPeriodHasRunOut()
    {
        var over = await Steps.InvestigationAsync(api, "博兴县某陶瓷有限公司（期满）");
        await Steps.InvestigateAsync(over);
        await Steps.SubmitAsync(over, 50_000m);
        await Steps.NotifyAsync(over);
        var running = await Steps.InvestigationAsync(api, "博兴县某玻璃有限公司（期内）");
        await Steps.InvestigateAsync(running);
        await Steps.SubmitAsync(running, 50_000m, on: "2026-11-20");
        await Steps.NotifyAsync(running, reviewedOn: "2026-11-23", issuedOn: "2026-11-24", servedOn: "2026-11-26");

        Assert.True(await WaitsOnAsync("wangwu", over.Id, "CloseStatementPeriod"));
        Assert.False(await WaitsOnAsync("wangwu", running.Id));
        Assert.True(await WaitsOnAsync("zhangsan", running.Id, "RecordStatement"));
    }

    [Fact]
    public async Task Migration_FillsTheListsOfCasesSavedBeforeTheProjection()
    {
        var lead = await api.CreateAsync(CaseApi.Lead("博兴县某铸造有限公司（补建待办）"));
        await lead.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-10-13", reason = "初查发现涉嫌违法" });
        var filed = await Steps.InvestigationAsync(api, "博兴县某锻造有限公司（补建待办）");

        // As an older database: no lines, and the migration's request to build them.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            await db.CaseWorkItems.ExecuteDeleteAsync();
            db.PendingRebuilds.Add(new PendingRebuild(PendingRebuild.WorkQueue));
            await db.SaveChangesAsync();
        }

        Assert.False(await WaitsOnAsync("zhaoliu", lead.Id));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkQueueRebuild>().RunIfPendingAsync(default);
            Assert.False(await scope.ServiceProvider.GetRequiredService<CaseDbContext>().PendingRebuilds.AnyAsync());
        }

        Assert.True(await WaitsOnAsync("zhaoliu", lead.Id, "File"));
        Assert.True(await WaitsOnAsync("zhangsan", filed.Id, "SubmitForReview"));
        Assert.False(await WaitsOnAsync("zhaoliu", filed.Id));
    }

    [Fact]
    public async Task Rebuild_WhenAStepSavesACaseOfTheBatchMeanwhile_BuildsTheBatchAgainFromTheNewState()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（补建时办理）");
        await Steps.InvestigateAsync(c);
        await AsBeforeTheProjectionAsync(c.Id, c.Id);

        await using var scope = factory.Services.CreateAsyncScope();
        var rebuild = scope.ServiceProvider.GetRequiredService<WorkQueueRebuild>();
        var batch = await rebuild.PrepareBatchAsync(default);
        Assert.NotNull(batch);

        // The officer submits the case for review while the batch (read before) still holds the officers' lines.
        await Steps.SubmitAsync(c, 50_000m);

        Assert.False(await rebuild.SaveBatchAsync(batch, default));
        await rebuild.RunIfPendingAsync(default);
        Assert.True(await WaitsOnAsync("wangwu", c.Id, "CompleteCaseReview"));
        Assert.False(await WaitsOnAsync("zhangsan", c.Id));
    }

    [Fact]
    public async Task Rebuild_RenewsTheVersionOfACaseItChanges_AndKeepsTheVersionOfOneItLeavesAsItWas()
    {
        var rebuilt = await Steps.InvestigationAsync(api, "博兴县某建材有限公司（补建改动）");
        var untouched = await Steps.InvestigationAsync(api, "博兴县某砖瓦有限公司（补建不动）");
        // Both cases are built again; the second's lines stay as its last step wrote them, so nothing changes on it.
        await AsBeforeTheProjectionAsync(rebuilt.Id, rebuilt.Id);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkQueueRebuild>().RunIfPendingAsync(default);
        }

        // A form opened on the changed case before the rebuild is refused as any stale form is, and works once reloaded.
        await ProblemAssert.IsProblemAsync(await rebuilt.TryAsync("zhangsan", "AddEvidence", Evidence()), HttpStatusCode.Conflict);
        await rebuilt.RefreshAsync();
        await rebuilt.StepAsync("zhangsan", "AddEvidence", Evidence());
        await untouched.StepAsync("zhangsan", "AddEvidence", Evidence());
        Assert.True(await WaitsOnAsync("zhangsan", rebuilt.Id, "SubmitForReview"));

        static object Evidence() => new { kind = "PartyStatement", title = "补充询问笔录", collectedOn = "2026-10-14", place = "厂区", officers = Steps.Officers };
    }

    [Fact]
    public async Task Rebuild_LeavesOutACaseItCannotRead_AndBuildsTheOthersToTheEnd()
    {
        var unreadable = await Steps.InvestigationAsync(api, "博兴县某印染有限公司（补建读不出）");
        var readable = await Steps.InvestigationAsync(api, "博兴县某纺织有限公司（补建照常）");
        await AsBeforeTheProjectionAsync(unreadable.Id, unreadable.Id, readable.Id);

        // As a row edited behind the app's back: a state this version does not know.
        await SetStateAsync(unreadable.Id, "NoSuchState");
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkQueueRebuild>().RunIfPendingAsync(default);
            Assert.False(await scope.ServiceProvider.GetRequiredService<CaseDbContext>().PendingRebuilds.AnyAsync());
        }
        finally
        {
            await SetStateAsync(unreadable.Id, nameof(CaseState.Investigation));
        }

        Assert.True(await WaitsOnAsync("zhangsan", readable.Id, "SubmitForReview"));
        Assert.False(await WaitsOnAsync("zhangsan", unreadable.Id));

        async Task SetStateAsync(long id, string state)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"State\" = {state} WHERE \"Id\" = {id}"));
        }
    }

    /// <summary>A build asked for from this case on, and the given cases as an older database holds them: no lines, no officer deadlines.</summary>
    private async Task AsBeforeTheProjectionAsync(long fromCaseId, params long[] older)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        await db.CaseWorkItems.Where(w => older.Contains(w.CaseId)).ExecuteDeleteAsync();
        await db.Set<CaseOfficer>().Where(o => older.Contains(EF.Property<long>(o, "CaseId")))
            .ExecuteUpdateAsync(u => u.SetProperty(o => EF.Property<DateOnly?>(o, NextDeadline.OnProperty), (DateOnly?)null));
        db.PendingRebuilds.Add(new PendingRebuild(PendingRebuild.WorkQueue) { AfterCaseId = fromCaseId - 1 });
        await db.SaveChangesAsync();
    }

    /// <summary>Whether the case is on the user's first page of 我的待办 (with the given step waiting).</summary>
    private async Task<bool> WaitsOnAsync(string user, long caseId, string? trigger = null)
    {
        await factory.EnsureExtraUsersAsync();
        var html = Regex.Replace(await (await PageSession.LoggedInAsync(factory, user)).GetHtmlAsync("/"), "\\s+", " ");
        var row = Regex.Match(html, $"<tr[^>]*data-case-id=\"{caseId}\".*?</tr>");
        return row.Success && (trigger is null || row.Value.Contains($"data-trigger=\"{trigger}\"", StringComparison.Ordinal));
    }

    private static List<long> Rows(string html) =>
        [.. RowPattern().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("<tr[^>]*data-case-id=\"(\\d+)\"")]
    private static partial Regex RowPattern();
}
