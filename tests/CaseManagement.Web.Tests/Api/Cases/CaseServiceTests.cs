using System.Net;
using System.Text.Json;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>送达 by method through the API: the 回证 fields each method requires, failed attempts and 公告送达.</summary>
public sealed class CaseServiceTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    private static object LeftAtAddress(bool witnessed) => new
    {
        method = "LeftAtAddress",
        servedOn = "2026-10-27",
        time = "09:15:00",
        recipient = "张某",
        relation = "LegalRepresentative",
        place = "博兴县店子镇某化工有限公司办公室",
        servers = Steps.Officers,
        refusalReason = "法定代表人称不服处罚，拒绝签收",
        witnesses = witnessed ? new[] { new { name = "王某某", unit = "博兴县店子镇某村民委员会" } } : [],
    };

    private async Task<CaseHandle> DecidedAsync(string party)
    {
        var c = await Steps.InvestigationAsync(api, party);
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 50_000m, sanctions = "None" });
        return c;
    }

    [Fact]
    public async Task Serve_LeftAtAddressWithoutWitnessOrPhoto_Is409CitingArticle89AndStoresNothing()
    {
        var c = await DecidedAsync("博兴县某化工有限公司（留置一）");
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", "Serve", LeftAtAddress(witnessed: false));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("民事诉讼法第八十九条", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await api.CountsAsync());
        Assert.Equal("Decided", (await c.RefreshAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Serve_LeftAtAddressWithAWitness_ServesAndTheReceiptShowsWitnessAndRefusalReason()
    {
        var c = await DecidedAsync("博兴县某化工有限公司（留置二）");

        var served = await c.StepAsync("zhangsan", "Serve", LeftAtAddress(witnessed: true));

        Assert.Equal("Executing", served.GetProperty("state").GetString());
        var details = served.GetProperty("services")[0].GetProperty("details");
        Assert.Equal("王某某", details.GetProperty("witnesses")[0].GetProperty("name").GetString());
        Assert.Equal("09:15:00", details.GetProperty("time").GetString());
        var receipt = served.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == "service-receipt");
        var text = DocumentTestKit.Text(await DownloadAsync(receipt));
        Assert.Contains("留置送达", text);
        Assert.Contains("王某某（博兴县店子镇某村民委员会）", text);
        Assert.Contains("拒收事由：法定代表人称不服处罚，拒绝签收", text);
        Assert.Contains("2026年10月27日9时15分", text);
        Assert.Contains("张三", text);
    }

    [Fact]
    public async Task Serve_ByPublicationAfterAReturnedLetter_RunsThePaymentPeriodFromPublicationPlusThirtyDays()
    {
        var c = await DecidedAsync("博兴县某化工有限公司（公告）");
        var refused = await c.TryAsync("zhangsan", "Serve", Publication());
        await c.StepAsync("zhangsan", "RecordServiceAttempt", new { attemptedOn = "2026-10-27", method = "Mail", outcome = "MailReturned", note = "邮件以“查无此人”退回" });

        var served = await c.StepAsync("zhangsan", "Serve", Publication());

        Assert.Contains("民事诉讼法第九十五条", (await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("Executing", served.GetProperty("state").GetString());
        Assert.Equal("2026-11-27", served.GetProperty("services")[0].GetProperty("deemedServedOn").GetString());

        // Published 2026-10-28 + 30 days = 2026-11-27; + 15 days = Saturday 2026-12-12, rolled over to Monday 2026-12-14.
        Assert.Equal("2026-12-14", Deadline(served, "Payment").GetProperty("dueDate").GetString());
        var attempt = Assert.Single(served.GetProperty("serviceAttempts").EnumerateArray());
        Assert.Equal("Decision", attempt.GetProperty("document").GetString());
        Assert.Equal("MailReturned", attempt.GetProperty("outcome").GetString());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var stored = await db.Cases.WithEverything().SingleAsync(x => x.Id == c.Id);
        Assert.Equal(["博兴县人民政府门户网站"], stored.Services[0].Details.PublicationChannels);
        Assert.Single(stored.ServiceAttempts);
    }

    [Fact]
    public async Task RecordServiceAttempt_WithAnUnknownOutcome_Is400()
    {
        var c = await DecidedAsync("博兴县某化工有限公司（未果）");

        var response = await c.TryAsync("zhangsan", "RecordServiceAttempt", new { attemptedOn = "2026-10-27", method = "Mail", outcome = "Other", note = "" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Serve_WithMarkupInTheRefusalReason_Is400()
    {
        var c = await DecidedAsync("博兴县某化工有限公司（输入）");

        var response = await c.TryAsync("zhangsan", "Serve", new { method = "LeftAtAddress", servedOn = "2026-10-27", refusalReason = "<script>" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static object Publication() => new
    {
        method = "Publication",
        servedOn = "2026-10-28",
        publicationGround = "OtherMethodsFailed",
        publicationChannels = new[] { "博兴县人民政府门户网站" },
    };

    private async Task<byte[]> DownloadAsync(JsonElement document)
    {
        var response = await (await api.As("zhangsan")).GetAsync(document.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static JsonElement Deadline(JsonElement view, string kind) =>
        view.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);
}
