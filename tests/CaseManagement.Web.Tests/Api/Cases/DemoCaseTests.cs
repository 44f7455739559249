using System.Globalization;
using System.Net;
using System.Text.Json;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Documents;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// The classes that only read the demo cases share one seeded host; <see cref="DemoCaseOfficerTests"/> acts on them
/// and keeps its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DemoCasesReadOnly : ICollectionFixture<DemoCaseApiFactory>
{
    public const string Name = "Demo cases, read only";
}

[Collection(DemoCasesReadOnly.Name)]
public sealed class DemoCaseTests(DemoCaseApiFactory factory)
{
    [Fact]
    public async Task DemoSeed_CreatesCasesInEveryMainStageIncludingTheOldLawUnapprovedConstruction()
    {
        var api = new CaseApi(factory);
        var client = await api.As("zhangsan");

        var list = await CaseApi.ReadAsync(await client.GetAsync("/api/cases"), HttpStatusCode.OK);
        var states = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("state").GetString()).ToList();
        var eia = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == "Notified");
        var view = await api.GetAsync("zhangsan", eia.GetProperty("id").GetInt64());

        Assert.Equal(["Closed", "Executing", "Investigation", "Lead", "Notified"], states.Order());
        Assert.Equal("EiaUnapprovedConstruction", view.GetProperty("violationCode").GetString());
        Assert.Equal("2025-05-10", view.GetProperty("actDate").GetString());
        Assert.True(view.GetProperty("actPredatesCode").GetBoolean());
        Assert.Equal(8_500_000m, view.GetProperty("investmentFinding").GetProperty("amount").GetDecimal());
        Assert.Equal(2, view.GetProperty("investmentFinding").GetProperty("evidenceNumbers").GetArrayLength());
        Assert.Equal(2, view.GetProperty("issuedNumbers").GetArrayLength());
    }
}

[Collection(DemoCasesReadOnly.Name)]
public sealed class DemoCasePublicationTests(DemoCaseApiFactory factory)
{
    [Fact]
    public async Task DemoSeed_DecidedCasesArePublishedInTime()
    {
        var api = new CaseApi(factory);
        var client = await api.As("zhangsan");
        var list = await CaseApi.ReadAsync(await client.GetAsync("/api/cases"), HttpStatusCode.OK);

        foreach (var id in list.GetProperty("items").EnumerateArray()
                     .Where(i => i.GetProperty("state").GetString() is "Executing" or "Closed")
                     .Select(i => i.GetProperty("id").GetInt64()))
        {
            var view = await api.GetAsync("zhangsan", id);
            var publication = view.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "Publication");
            Assert.Equal("Met", publication.GetProperty("status").GetString());
        }
    }
}

/// <summary>A demo case shows the documents its steps issue, as a case done through the app does.</summary>
[Collection(DemoCasesReadOnly.Name)]
public sealed class DemoCaseDocumentTests(DemoCaseApiFactory factory)
{
    private static readonly string[] Notified = ["filing-approval", "investigation-report", "advance-notice", "service-receipt"];

    private static readonly string[] Decided = [.. Notified, "legal-review-opinion", "penalty-decision", "service-receipt"];

    // The Executing demo decides 150,000元 (法典第一千一百零七条：十万元以上), so it goes to 集体讨论 (行政处罚法第五十七条第二款).
    private static readonly string[] DecidedAfterDiscussion =
        [.. Notified, "legal-review-opinion", "collective-discussion-record", "penalty-decision", "service-receipt"];

    // The user who does each step in the demo: 负责人 files, decides and closes; 法制审核 issues the notice and
    // concludes legal review; the officer submits the investigation and serves.
    private static readonly Dictionary<string, string> IssuedBy = new()
    {
        ["filing-approval"] = "zhaoliu",
        ["investigation-report"] = "zhangsan",
        ["advance-notice"] = "wangwu",
        ["service-receipt"] = "zhangsan",
        ["legal-review-opinion"] = "wangwu",
        ["collective-discussion-record"] = "zhaoliu",
        ["penalty-decision"] = "zhaoliu",
        ["closure-approval"] = "zhaoliu",
    };

    private readonly CaseApi api = new(factory);

    [Theory]
    [InlineData("Lead", new string[0])]
    [InlineData("Investigation", new[] { "filing-approval" })]
    [InlineData("Notified", new[] { "filing-approval", "investigation-report", "advance-notice", "service-receipt" })]
    [InlineData("Executing", new[] { "filing-approval", "investigation-report", "advance-notice", "service-receipt", "legal-review-opinion", "collective-discussion-record", "penalty-decision", "service-receipt" })]
    [InlineData("Closed", new[] { "filing-approval", "investigation-report", "advance-notice", "service-receipt", "legal-review-opinion", "penalty-decision", "service-receipt", "closure-approval" })]
    public async Task DemoSeed_EachCase_HasTheDocumentsItsStepsIssueInStepOrder(string state, string[] templates)
    {
        var view = await CaseInAsync(state);

        Assert.Equal(templates, Documents(view).Select(d => d.GetProperty("template").GetString()));
        Assert.All(Documents(view), d => Assert.False(d.GetProperty("voided").GetBoolean()));
    }

    [Theory]
    [InlineData("Investigation")]
    [InlineData("Notified")]
    [InlineData("Executing")]
    [InlineData("Closed")]
    public async Task DemoSeed_EachDocument_CarriesTheCasesNumbersAndDatesAndIsValidOpenXml(string state)
    {
        var view = await CaseInAsync(state);
        var documents = Documents(view);
        var caseNumber = view.GetProperty("caseNumber").GetString()!;

        Assert.Matches(@"^博环立字〔\d{4}〕\d+号$", caseNumber);
        Assert.Equal(caseNumber, Number(documents, "filing-approval"));
        Assert.Contains(caseNumber, Text(await DownloadAsync(Single(documents, "filing-approval"))));
        foreach (var document in documents)
        {
            Assert.Empty(DocumentTestKit.ValidationErrors(await DownloadAsync(document)));
        }

        if (state is "Investigation")
        {
            return;
        }

        var notice = view.GetProperty("notices")[0];
        var noticeNumber = notice.GetProperty("number").GetString()!;
        var noticeText = Text(await DownloadAsync(Single(documents, "advance-notice")));
        Assert.Equal(noticeNumber, Number(documents, "advance-notice"));
        Assert.Contains(noticeNumber, noticeText);
        Assert.Contains(DocumentFormatting.Date(Day(notice, "issuedOn")), noticeText);
        Assert.Contains(noticeNumber, Text(await DownloadAsync(documents.First(d => d.GetProperty("template").GetString() == "service-receipt"))));
        Assert.Null(Number(documents, "investigation-report"));
        if (state is "Notified")
        {
            return;
        }

        var decision = view.GetProperty("decision");
        var decisionNumber = decision.GetProperty("number").GetString()!;
        var decisionText = Text(await DownloadAsync(Single(documents, "penalty-decision")));
        Assert.Equal(decisionNumber, Number(documents, "penalty-decision"));
        Assert.Contains(decisionNumber, decisionText);
        Assert.Contains(noticeNumber, decisionText);
        Assert.Contains(DocumentFormatting.Date(Day(decision, "decidedOn")), decisionText);
        Assert.Contains(decisionNumber, Text(await DownloadAsync(documents.Last(d => d.GetProperty("template").GetString() == "service-receipt"))));
        if (state is "Closed")
        {
            var closure = Text(await DownloadAsync(Single(documents, "closure-approval")));
            Assert.Contains(caseNumber, closure);
            Assert.Contains(decisionNumber, closure);
        }
    }

    [Fact]
    public async Task DemoSeed_EachDocument_IsIssuedAndAuditedAsTheDemoUserWhoDidItsStep()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.UserName!);
        var issued = await db.Set<IssuedDocument>().AsNoTracking().Select(d => new { d.TemplateName, d.IssuedBy }).ToListAsync();
        var audited = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "制发文书").Select(e => e.UserId).ToListAsync();

        Assert.Equal(1 + Notified.Length + DecidedAfterDiscussion.Length + Decided.Length + 1, issued.Count);
        Assert.All(issued, d => Assert.Equal(IssuedBy[d.TemplateName], users[d.IssuedBy]));
        Assert.Equal(issued.Select(d => d.IssuedBy).Order(), audited.Order());
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync()).Valid);
    }

    [Fact]
    public async Task DemoSeed_RunAgain_AddsNoCasesNumbersOrDocuments()
    {
        var before = await CountsAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCases>().SeedAsync(CancellationToken.None);
        }

        Assert.Equal(before, await CountsAsync());
        Assert.True(before.Documents > 0);
    }

    private async Task<(int Cases, int Numbers, int Documents)> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        return (await db.Cases.CountAsync(), await db.IssuedNumbers.CountAsync(), await db.Set<IssuedDocument>().CountAsync());
    }

    private async Task<JsonElement> CaseInAsync(string state)
    {
        var client = await api.As("zhangsan");
        var list = await CaseApi.ReadAsync(await client.GetAsync("/api/cases"), HttpStatusCode.OK);
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == state);
        return await api.GetAsync("zhangsan", item.GetProperty("id").GetInt64());
    }

    private static List<JsonElement> Documents(JsonElement view) => [.. view.GetProperty("documents").EnumerateArray()];

    private static JsonElement Single(List<JsonElement> documents, string template) =>
        documents.Single(d => d.GetProperty("template").GetString() == template);

    private static string? Number(List<JsonElement> documents, string template) =>
        Single(documents, template).GetProperty("number").GetString();

    private static DateOnly Day(JsonElement record, string property) =>
        DateOnly.ParseExact(record.GetProperty(property).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(byte[] docx) => DocumentTestKit.Text(docx);

    private async Task<byte[]> DownloadAsync(JsonElement document)
    {
        var response = await (await api.As("zhangsan")).GetAsync(document.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

/// <summary>Every demo case keeps its own investigating officers, so each can move on (issue: only the last kept them).</summary>
public sealed class DemoCaseOfficerTests(DemoCaseApiFactory factory) : IClassFixture<DemoCaseApiFactory>
{
    [Theory]
    [InlineData("Investigation")]
    [InlineData("Notified")]
    [InlineData("Executing")]
    [InlineData("Closed")]
    public async Task DemoSeed_EachFiledCase_KeepsItsTwoCertifiedOfficers(string state)
    {
        var api = new CaseApi(factory);
        var id = await DemoCaseIds.InStateAsync(api, "zhangsan", state);

        var view = await api.GetAsync("zhangsan", id);

        var officers = view.GetProperty("officers").EnumerateArray().Select(o => o.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["张三", "李四"], officers);
    }

    [Fact]
    public async Task DemoSeed_InvestigationCase_CanStillCollectEvidenceWithItsOfficers()
    {
        var api = new CaseApi(factory);
        var id = await DemoCaseIds.InStateAsync(api, "zhangsan", "Investigation");
        var view = await api.GetAsync("zhangsan", id);
        var today = CaseApiFactory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await api.PostActionAsync("zhangsan", id, "AddEvidence",
            new { kind = "Documentary", title = "营业执照复印件", collectedOn = today, place = "厂区", officers = new[] { "zhangsan", "lisi" } },
            Guid.Parse(view.GetProperty("version").GetString()!));

        Assert.Equal(2, (await CaseApi.ReadAsync(response, HttpStatusCode.OK)).GetProperty("evidence").GetArrayLength());
    }
}

/// <summary>The demo's 内勤 (sunqi) archives the closed demo case, so the demo covers 结案归档.</summary>
public sealed class DemoClerkTests(DemoCaseApiFactory factory) : IClassFixture<DemoCaseApiFactory>
{
    [Fact]
    public async Task DemoClerk_ArchivesTheClosedDemoCase()
    {
        var api = new CaseApi(factory);
        var id = await DemoCaseIds.InStateAsync(api, "sunqi", "Closed");
        var view = await api.GetAsync("sunqi", id);

        Assert.Contains("Archive", view.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        var response = await api.PostActionAsync("sunqi", id, "Archive",
            new { archivedOn = CaseApiFactory.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), fileNumber = "2026-永久-001" },
            Guid.Parse(view.GetProperty("version").GetString()!));

        Assert.Equal("Archived", (await CaseApi.ReadAsync(response, HttpStatusCode.OK)).GetProperty("state").GetString());
    }
}

/// <summary>The id of the one demo case in a state, as a user of the demo organisation lists it.</summary>
internal static class DemoCaseIds
{
    public static async Task<long> InStateAsync(CaseApi api, string user, string state)
    {
        var list = await CaseApi.ReadAsync(await (await api.As(user)).GetAsync("/api/cases"), HttpStatusCode.OK);
        return list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == state).GetProperty("id").GetInt64();
    }
}

/// <summary>
/// The demo cases carry what a real case's steps record, so every field of their documents that a step records
/// (filing opinions, record times and persons present, facts and 裁量理由, the legal review checklist, the discussion,
/// the closing opinions) is filled: nothing is left blank that an officer would have entered.
/// </summary>
public sealed class DemoCaseRecordedFactsTests(DemoCaseApiFactory factory) : IClassFixture<DemoCaseApiFactory>
{
    // Filled only in the circumstances they name, which the demo cases do not have.
    private static readonly HashSet<string> Circumstantial = new(StringComparer.Ordinal)
    {
        "mitigationGround", "refusalNote", "correctionOrder", "investmentFinding", "reviewerQualification",
    };

    [Theory]
    [InlineData("Investigation")]
    [InlineData("Notified")]
    [InlineData("Executing")]
    [InlineData("Closed")]
    public async Task DemoCase_Documents_LeaveNoFieldThatAStepRecordsBlank(string state)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var composer = scope.ServiceProvider.GetRequiredService<CaseDocumentComposer>();
        var stateValue = Enum.Parse<Domain.Cases.CaseState>(state);
        var c = await db.Cases.WithEverything().AsNoTracking().SingleAsync(x => x.State == stateValue);
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var issued = await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == c.Id).Select(d => new { d.TemplateName, d.DocumentNumber }).ToListAsync();
        var blanks = new List<string>();

        // The documents the steps issued, and the 笔录 printed from each investigation record.
        var documents = issued.Where(d => d.TemplateName != "service-receipt").Select(d => (d.TemplateName, d.DocumentNumber, RecordId: (long?)null))
            .Concat(c.Records.SelectMany(r => DocumentDefinitions.All.Where(d => d.RecordKind == r.Kind).Select(d => (TemplateName: d.Name, DocumentNumber: (string?)null, RecordId: (long?)r.Id))))
            .ToList();

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var contract = DocumentDefinitions.Get(document.TemplateName).Contract;
            var data = composer.Compose(document.TemplateName, c,
                new CompositionContext(DatabaseInitialiser.DemoOrganisation, document.DocumentNumber, c.LastStepOn, names) { RecordId = document.RecordId });
            var recorded = contract.Described.Where(IsRecorded).ToList();
            blanks.AddRange(recorded.Where(f => string.IsNullOrWhiteSpace(data[f.Tag])).Select(f => $"{document.TemplateName}：{f.Name}（{f.Tag}）"));
            foreach (var section in contract.Sections)
            {
                var rows = data.Sections.TryGetValue(section.Name, out var r) ? r : [];
                if (section.Rows.Any(IsRecorded) && rows.Count == 0)
                {
                    blanks.Add($"{document.TemplateName}：{section.Title}（无记录）");
                }

                blanks.AddRange(rows.SelectMany(row => section.Rows.Where(IsRecorded)
                    .Where(f => !row.TryGetValue(f.Tag, out var v) || string.IsNullOrWhiteSpace(v))
                    .Select(f => $"{document.TemplateName}：{section.Title}/{f.Name}（{f.Tag}）")));
            }
        }

        Assert.Empty(blanks.Distinct());
    }

    // A field a step records (its source names the step), unless it applies only in circumstances the demo does not have.
    private static bool IsRecorded(TemplateField field) =>
        field.Source.Contains("步骤", StringComparison.Ordinal) && !Circumstantial.Contains(field.Tag);

    [Fact]
    public async Task DemoCases_RecordTheDiscretionFactorsTheDiscussionAndTheClosingOpinionsTheyPrint()
    {
        var api = new CaseApi(factory);
        var client = await api.As("zhangsan");
        var list = await CaseApi.ReadAsync(await client.GetAsync("/api/cases"), HttpStatusCode.OK);
        async Task<string> TextOf(string state, string template)
        {
            var id = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == state).GetProperty("id").GetInt64();
            var view = await api.GetAsync("zhangsan", id);
            var document = view.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == template);
            return DocumentTestKit.Text(await client.GetByteArrayAsync(document.GetProperty("url").GetString()));
        }

        Assert.Contains("本案裁量理由：危害后果为造成一般危害后果", await TextOf("Executing", "penalty-decision"));
        Assert.Contains("本局三楼会议室", await TextOf("Executing", "collective-discussion-record"));
        Assert.Contains("当事人已全额缴纳罚款，处罚决定执行完毕，建议结案", await TextOf("Closed", "closure-approval"));
        Assert.Contains("本局为适格执法主体", await TextOf("Closed", "legal-review-opinion"));
    }
}
