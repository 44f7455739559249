using System.Net;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// The hearing (行政处罚法第六十四条、第六十五条): the 听证通知书 issued at scheduling and served by its own step with its
/// 回证, 7 full working days between service and hearing, the public/non-public choice printed, and a hearing not held
/// recorded as terminated.
/// </summary>
public sealed class HearingApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    private async Task<CaseHandle> RequestedAsync(string party)
    {
        var c = await Steps.InvestigationAsync(api, party);
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c, reviewedOn: "2026-10-16", issuedOn: "2026-10-16", servedOn: "2026-10-19");
        await c.StepAsync("zhangsan", "RequestHearing", new { requestedOn = "2026-10-21" });
        return c;
    }

    [Fact]
    public async Task ServeHearingNotice_WithFewerThanSevenWorkingDaysLeft_Is409AndChangesNothing()
    {
        // Hearing Tuesday 2026-11-03: served Friday 10-23 leaves only six working days between (10-26 … 11-02).
        var c = await RequestedAsync("博兴县某铸造有限公司（听证通知过迟）");
        await c.StepAsync("wangwu", "ScheduleHearing", new { issuedOn = "2026-10-22", hearingOn = "2026-11-03", place = "听证室", presiding = "wangwu" });
        var before = await api.CountsAsync();

        var late = await c.TryAsync("zhangsan", "ServeHearingNotice", Steps.Handed("2026-10-23"));

        var detail = (await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict)).GetProperty("detail").GetString();
        Assert.Contains("七个工作日", detail);
        Assert.Contains("第六十四条第二项", detail);
        Assert.Equal(before, await api.CountsAsync());
        var view = await c.RefreshAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("hearings")[0].GetProperty("noticeServedOn").ValueKind);

        // The deadline list agrees: the last day to serve is Thursday 2026-10-22.
        var deadline = view.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "HearingNotice");
        Assert.Equal("2026-10-22", deadline.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task ServeHearingNotice_InTime_IssuesItsReceipt_AndANonPublicHearingSaysWhy()
    {
        var c = await RequestedAsync("博兴县某铸造有限公司（不公开听证）");
        var scheduled = await c.StepAsync("wangwu", "ScheduleHearing", new { issuedOn = "2026-10-22", hearingOn = "2026-11-03", place = "听证室", presiding = "wangwu", nonPublicGround = "TradeSecret" });
        var concludeEarly = await c.TryAsync("wangwu", "ConcludeHearing", new { concludedOn = "2026-11-03", outcome = "Held", summary = "到场" });

        var served = await c.StepAsync("zhangsan", "ServeHearingNotice", Steps.Handed("2026-10-22"));

        Assert.Contains("听证通知书送达后", (await ProblemAssert.IsProblemAsync(concludeEarly, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("2026-10-22", served.GetProperty("hearings")[0].GetProperty("noticeServedOn").GetString());
        var notice = scheduled.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == "hearing-notice");
        var receipt = served.GetProperty("documents").EnumerateArray().Last();
        Assert.Equal("service-receipt", receipt.GetProperty("template").GetString());
        var client = await api.As("zhangsan");
        Assert.Contains("不公开举行（涉及商业秘密）", Documents.DocumentTestKit.Text(await client.GetByteArrayAsync(notice.GetProperty("url").GetString())));
        var receiptText = Documents.DocumentTestKit.Text(await client.GetByteArrayAsync(receipt.GetProperty("url").GetString()));
        Assert.Contains("听证通知书", receiptText);
        Assert.Contains("张某", receiptText);
    }

    [Fact]
    public async Task ConcludeHearing_WhenWithdrawn_IssuesATerminationRecordNotAHearingRecord()
    {
        var c = await RequestedAsync("博兴县某铸造有限公司（撤回听证）");
        await c.StepAsync("wangwu", "ScheduleHearing", new { issuedOn = "2026-10-22", hearingOn = "2026-11-03", place = "听证室", presiding = "wangwu" });

        var concluded = await c.StepAsync("wangwu", "ConcludeHearing", new { concludedOn = "2026-10-28", outcome = "Withdrawn", summary = "当事人书面撤回听证申请" });

        var templates = concluded.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("template").GetString()).ToList();
        Assert.DoesNotContain("hearing-record", templates);
        Assert.DoesNotContain("hearing-report", templates);
        var record = concluded.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "hearing-termination-record");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(record.GetProperty("url").GetString()));
        Assert.Contains("当事人撤回听证申请", text);
        Assert.Contains("不制作听证笔录", text);
    }
}
