using System.Text.RegularExpressions;
using CaseManagement.Web.Features.Home;
using CaseManagement.Web.Persistence;
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
