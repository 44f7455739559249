using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>Documents rendered and stored at the steps that issue them, read back, previewed, voided and published.</summary>
public sealed class CaseDocumentTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task WholeCase_ThroughTheApi_IssuesEachStepsDocumentsWithTheStepsNumbers()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（文书）");
        var corrected = await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-10-15", dueOn = "2026-11-15", requirement = "立即停止超标排放" });
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 50_000m, sanctions = "None" });
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        var published = await c.StepAsync("sunqi", "RecordPublication", new { publishedOn = "2026-10-28", channel = "门户网站", url = "https://sthjj.example.gov.cn/gs/1" });
        await c.StepAsync("zhangsan", "RecordPayment", new { paidOn = "2026-11-05", amount = 50_000m, reference = "非税收入缴款书002" });
        var closed = await c.StepAsync("zhaoliu", "Close", new { closedOn = "2026-11-06", ground = "PerformedInFull", remark = "已全额缴纳" });

        var documents = closed.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(
            ["filing-approval", "correction-order", "investigation-report", "advance-notice", "service-receipt", "legal-review-opinion",
             "penalty-decision", "service-receipt", "closure-approval"],
            documents.Select(d => d.GetProperty("template").GetString()));
        Assert.Equal(documents.Select(d => d.GetProperty("id").GetInt64()).Order(), documents.Select(d => d.GetProperty("id").GetInt64()));
        Assert.Equal(closed.GetProperty("caseNumber").GetString(), Number(documents, "filing-approval"));
        Assert.Equal(decided.GetProperty("decision").GetProperty("number").GetString(), Number(documents, "penalty-decision"));
        Assert.Equal(decided.GetProperty("notices")[0].GetProperty("number").GetString(), Number(documents, "advance-notice"));
        Assert.Matches(@"^博环责改字〔2026〕\d+号$", Number(documents, "correction-order"));
        Assert.Contains(corrected.GetProperty("issuedNumbers").EnumerateArray(), n => n.GetProperty("number").GetString() == Number(documents, "correction-order"));
        Assert.Null(Number(documents, "investigation-report"));
        Assert.All(documents, d => Assert.False(d.GetProperty("voided").GetBoolean()));
        Assert.All(documents, d => Assert.Equal($"/api/documents/{d.GetProperty("id").GetInt64()}", d.GetProperty("url").GetString()));
        Assert.Equal("Met", Deadline(published, "Publication").GetProperty("status").GetString());
        Assert.Equal("门户网站", published.GetProperty("publication").GetProperty("channel").GetString());

        var listed = await CaseApi.ReadAsync(await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/documents"), HttpStatusCode.OK);
        Assert.Equal(documents.Select(d => d.GetProperty("id").GetInt64()), listed.EnumerateArray().Select(d => d.GetProperty("id").GetInt64()));
        foreach (var document in documents)
        {
            var first = await DownloadAsync(document);
            var second = await DownloadAsync(document);
            Assert.Equal(document.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(first)));
            Assert.Equal(first, second);
            Assert.Empty(DocumentTestKit.ValidationErrors(first));
        }

        var decision = DocumentTestKit.Text(await DownloadAsync(documents.Single(d => d.GetProperty("template").GetString() == "penalty-decision")));
        Assert.Contains(Number(documents, "penalty-decision")!, decision);
        Assert.Contains(Number(documents, "advance-notice")!, decision);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(decision, "十五日内"));
        var receipt = DocumentTestKit.Text(await DownloadAsync(documents.Last(d => d.GetProperty("template").GetString() == "service-receipt")));
        Assert.Contains(Number(documents, "penalty-decision")!, receipt);
    }

    [Fact]
    public async Task Hearing_ScheduledAndConcluded_IssuesTheNoticeWithItsOwnNumberTheRecordAndTheReport()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某铸造有限公司（听证文书）");
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c, reviewedOn: "2026-10-16", issuedOn: "2026-10-16", servedOn: "2026-10-19");
        await c.StepAsync("zhangsan", "RequestHearing", new { requestedOn = "2026-10-21" });
        var scheduled = await c.StepAsync("wangwu", "ScheduleHearing", new { issuedOn = "2026-10-22", hearingOn = "2026-11-03", place = "听证室", presiding = "wangwu" });
        await c.StepAsync("zhangsan", "ServeHearingNotice", Steps.Handed("2026-10-22"));
        var concluded = await c.StepAsync("wangwu", "ConcludeHearing", new { concludedOn = "2026-11-03", outcome = "Held", summary = "当事人到场陈述" });

        var notice = scheduled.GetProperty("documents").EnumerateArray().Last();
        Assert.Equal("hearing-notice", notice.GetProperty("template").GetString());
        Assert.Matches(@"^博环听通字〔2026〕\d+号$", notice.GetProperty("number").GetString());
        Assert.Contains(scheduled.GetProperty("issuedNumbers").EnumerateArray(), n => n.GetProperty("number").GetString() == notice.GetProperty("number").GetString());
        Assert.Equal(["hearing-record", "hearing-report"],
            concluded.GetProperty("documents").EnumerateArray().TakeLast(2).Select(d => d.GetProperty("template").GetString()));
        Assert.Contains("王五", DocumentTestKit.Text(await DownloadAsync(notice)));
    }

    [Fact]
    public async Task Void_OfTheDecision_ReissuesItUnderANewNumberAndKeepsTheOldOneVoidedWithItsReason()
    {
        var c = await DecidedAsync("博兴县某印染有限公司（作废）");
        var old = c.View.GetProperty("decision").GetProperty("number").GetString()!;
        var oldDocument = c.View.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "penalty-decision");
        var before = await CountsAsync();

        var byOfficer = await VoidAsync("zhangsan", oldDocument, "文字错误");
        var withoutReason = await VoidAsync("zhaoliu", oldDocument, " ");
        var replacement = await CaseApi.ReadAsync(await VoidAsync("zhaoliu", oldDocument, "当事人名称有误"), HttpStatusCode.OK);
        var view = await c.RefreshAsync();

        await ProblemAssert.IsProblemAsync(byOfficer, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        var number = replacement.GetProperty("number").GetString();
        Assert.Matches(@"^博环罚决字〔2026〕\d+号$", number);
        Assert.NotEqual(old, number);
        Assert.Equal(number, view.GetProperty("decision").GetProperty("number").GetString());
        var voided = view.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetInt64() == oldDocument.GetProperty("id").GetInt64());
        Assert.True(voided.GetProperty("voided").GetBoolean());
        Assert.Equal("当事人名称有误", voided.GetProperty("voidReason").GetString());
        Assert.Equal(replacement.GetProperty("id").GetInt64(), voided.GetProperty("replacedBy").GetInt64());
        Assert.Equal("penalty-decision", view.GetProperty("documents").EnumerateArray().Last().GetProperty("template").GetString());
        Assert.Contains(view.GetProperty("issuedNumbers").EnumerateArray(), n => n.GetProperty("number").GetString() == old && n.GetProperty("voided").GetBoolean());
        Assert.Contains(number!, DocumentTestKit.Text(await DownloadAsync(replacement)));
        Assert.Empty(DocumentTestKit.ValidationErrors(await DownloadAsync(replacement)));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        Assert.Equal("当事人名称有误", (await db.IssuedNumbers.SingleAsync(n => n.Text == old)).VoidReason);
        Assert.Equal((before.Documents + 1, before.Numbers + 1), await CountsAsync());
    }

    [Fact]
    public async Task Preview_BeforeTheDecision_IsADraftWithoutNumberAndStoresNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某纸业有限公司（预览）");
        await Steps.SubmitAsync(c, 50_000m);
        var before = await CountsAsync();

        var response = await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/documents/penalty-decision/preview");
        var unknown = await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/documents/no-such-template/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = DocumentTestKit.Text(bytes);
        Assert.Contains(CaseDocumentComposer.DraftNumber, text);
        Assert.DoesNotContain("罚决字", text);
        Assert.Empty(DocumentTestKit.ValidationErrors(bytes));
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Records_IssuedOnDemand_PrintTheRecordAskedForAndOtherTemplatesAreRefused()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某砖厂（笔录）");
        var record = c.View.GetProperty("records")[0];
        var client = await api.As("zhangsan");

        var issued = await CaseApi.ReadAsync(await client.PostAsJsonAsync($"/api/cases/{c.Id}/documents",
            new { template = "inspection-record", recordId = record.GetProperty("id").GetInt64() }), HttpStatusCode.Created);
        var decision = await client.PostAsJsonAsync($"/api/cases/{c.Id}/documents", new { template = "penalty-decision" });
        var wrongKind = await client.PostAsJsonAsync($"/api/cases/{c.Id}/documents", new { template = "interview-record" });
        var byReviewer = await (await api.As("wangwu")).PostAsJsonAsync($"/api/cases/{c.Id}/documents", new { template = "inspection-record" });

        Assert.Equal("inspection-record", issued.GetProperty("template").GetString());
        Assert.Equal(JsonValueKind.Null, issued.GetProperty("number").ValueKind);
        var text = DocumentTestKit.Text(await DownloadAsync(issued));
        Assert.Contains("厂区", text);
        Assert.Contains("现场检查", text);
        Assert.Equal(HttpStatusCode.BadRequest, decision.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
    }

    [Fact]
    public async Task ArchivedCase_IssuesCoverAndIndexAtArchivingThenRefusesVoidPreviewAndRecords()
    {
        var c = await DecidedAsync("博兴县某塑料制品厂（归档）");
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        await c.StepAsync("zhangsan", "RecordPayment", new { paidOn = "2026-11-05", amount = 50_000m, reference = "非税收入缴款书003" });
        await c.StepAsync("zhaoliu", "Close", new { closedOn = "2026-11-06", ground = "PerformedInFull", remark = "已全额缴纳" });
        var archived = await c.StepAsync("sunqi", "Archive", new { archivedOn = "2026-11-09", fileNumber = "2026-永久-010" });
        var decision = archived.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "penalty-decision");
        var before = await CountsAsync();

        var voided = await VoidAsync("zhaoliu", decision, "文字错误");
        var preview = await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/documents/penalty-decision/preview");
        var record = await (await api.As("zhangsan")).PostAsJsonAsync($"/api/cases/{c.Id}/documents", new { template = "inspection-record" });

        var templates = archived.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("template").GetString()).ToList();
        Assert.Equal(["file-cover", "file-index", "file-cover", "file-index"], templates.TakeLast(4));
        var index = DocumentTestKit.Text(await DownloadAsync(archived.GetProperty("documents").EnumerateArray().ElementAt(templates.Count - 3)));
        Assert.Contains(decision.GetProperty("number").GetString()!, index);
        Assert.Contains("已归档", (await ProblemAssert.IsProblemAsync(voided, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("已归档", (await ProblemAssert.IsProblemAsync(preview, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, record.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Publication_OfAnIndividualsDecision_MasksTheIdNumberAndNameAndLeavesOutTheAddress()
    {
        var lead = new
        {
            source = "群众举报",
            registeredOn = "2026-10-12",
            cause = "超标排放大气污染物",
            violationCode = "AirEmissionExceedance",
            actDate = "2026-09-01",
            party = new { kind = "Individual", name = "张小三", identifierCode = "11010519491231002X", address = "博兴县店子镇某村12号" },
        };
        var c = await api.CreateAsync(lead);
        await Steps.FileAsync(c);
        await Steps.InvestigateAsync(c);
        await Steps.SubmitAsync(c, 5_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        var before = await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/publication");
        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 5_000m, sanctions = "None" });

        var publication = await CaseApi.ReadAsync(await (await api.As("zhangsan")).GetAsync($"/api/cases/{c.Id}/publication"), HttpStatusCode.OK);

        var text = publication.GetProperty("text").GetString()!;
        Assert.Contains("110105********002X", text);
        Assert.DoesNotContain("11010519491231002X", text);
        Assert.Contains("张*三", text);
        Assert.DoesNotContain("张小三", text);
        Assert.DoesNotContain("店子镇某村12号", text);
        Assert.Contains(decided.GetProperty("decision").GetProperty("number").GetString()!, text);
        Assert.Contains("伍仟元", text);
        // Decided 2026-10-26, not published by today (2026-11-27): 国办发〔2018〕118号's seven working days are over.
        Assert.Equal("Overdue", publication.GetProperty("deadline").GetProperty("status").GetString());
        Assert.Equal("2026-11-04", publication.GetProperty("deadline").GetProperty("dueDate").GetString());
        Assert.Equal(HttpStatusCode.Conflict, before.StatusCode);
    }

    [Fact]
    public async Task Publication_ByTheHead_IsRefusedAndDatedBeforeTheDecisionIsRefused()
    {
        var c = await DecidedAsync("博兴县某木业有限公司（公示）");

        var byHead = await c.TryAsync("zhaoliu", "RecordPublication", new { publishedOn = "2026-10-27", channel = "门户网站" });
        var early = await c.TryAsync("sunqi", "RecordPublication", new { publishedOn = "2026-10-23", channel = "门户网站" });
        var view = await c.RefreshAsync();

        await ProblemAssert.IsProblemAsync(byHead, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("publication").ValueKind);
        Assert.Contains("RecordPublication", (await api.GetAsync("sunqi", c.Id)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    private async Task<CaseHandle> DecidedAsync(string partyName)
    {
        var c = await Steps.InvestigationAsync(api, partyName);
        await Steps.SubmitAsync(c, 50_000m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 50_000m, sanctions = "None" });
        return c;
    }

    private async Task<HttpResponseMessage> VoidAsync(string user, JsonElement document, string reason) =>
        await (await api.As(user)).PostAsJsonAsync($"/api/documents/{document.GetProperty("id").GetInt64()}/void", new { reason });

    private async Task<byte[]> DownloadAsync(JsonElement document)
    {
        var response = await (await api.As("zhangsan")).GetAsync(document.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<(int Documents, int Numbers)> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return (await db.Set<IssuedDocument>().CountAsync(), await db.IssuedNumbers.CountAsync());
    }

    private static string? Number(IEnumerable<JsonElement> documents, string template) =>
        documents.First(d => d.GetProperty("template").GetString() == template).GetProperty("number").GetString();

    private static JsonElement Deadline(JsonElement view, string kind) =>
        view.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);
}
