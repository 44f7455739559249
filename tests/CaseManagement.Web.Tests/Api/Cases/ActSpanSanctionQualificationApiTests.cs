using System.Net;
using System.Text.Json;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>
/// Driven through the API as a client would: the sanctions a provision allows (行政处罚法第三十八条第一款), a continuing
/// act's span in the documents and an earlier discovery for 处罚时效 (第三十六条), and the first-time legal reviewer's
/// qualification (第五十八条第二款).
/// </summary>
public sealed class ActSpanSanctionQualificationApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    private async Task<string> DocumentTextAsync(JsonElement view, string template)
    {
        var document = view.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == template);
        return Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string code, string article)
    {
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(article, problem.GetProperty("detail").GetString());
    }

    private static object Submission(decimal fine, string sanctions, bool serious = false, string? mitigationGround = null,
        string actDate = "2026-09-01", string? actStartedOn = null, bool actContinuing = false, string violation = "AirEmissionExceedance") => new
    {
        submittedOn = "2026-10-16", reportSummary = "调查终结报告", cause = "环境违法行为", violationCode = violation, actDate, actStartedOn, actContinuing,
        serious, proposed = new { fine, sanctions, flaggedForDiscussion = false, mitigationGround },
    };

    // ---- 处罚种类 (行政处罚法第三十八条第一款) ----

    [Fact]
    public async Task SubmitForReview_AWarningTheProvisionDoesNotProvide_Is409CitingArticle38AndTheCaseUnchanged()
    {
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（警告无依据）", violation: "EiaRegistrationNotFiled", actDate: "2026-09-01"));
        await Steps.FileAsync(c);
        await Steps.InvestigateAsync(c);
        var before = await c.RefreshAsync();

        var response = await c.TryAsync("zhangsan", "SubmitForReview", Submission(0m, "Warning", violation: "EiaRegistrationNotFiled"));

        await AssertRefusedAsync(response, "sanctions-allowed", "行政处罚法第三十八条第一款");
        var after = await c.RefreshAsync();
        Assert.Equal(before.GetProperty("version").GetGuid(), after.GetProperty("version").GetGuid());
        Assert.Equal("Investigation", after.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Decide_ClosureWithoutTheGovernmentsApproval_Is409AndWithItTheDecisionRecordsIt()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（责令关闭）");
        await c.StepAsync("zhangsan", "SubmitForReview", Submission(500_000m, "Closure", serious: true));
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-10-23", participants = new[] { "赵六", "王五" }, conclusion = "同意" });
        var before = await c.RefreshAsync();

        var refused = await c.TryAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 500_000m, sanctions = "Closure" });

        await AssertRefusedAsync(refused, "sanctions-allowed", "报经有批准权的人民政府批准");
        var unchanged = await c.RefreshAsync();
        Assert.Equal(before.GetProperty("version").GetGuid(), unchanged.GetProperty("version").GetGuid());
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("decision").ValueKind);

        var decided = await c.StepAsync("zhaoliu", "Decide", new
        {
            decidedOn = "2026-10-26", fine = 500_000m, sanctions = "Closure", governmentApproval = "博兴县人民政府博政字〔2026〕12号批复",
        });
        Assert.Equal("博兴县人民政府博政字〔2026〕12号批复", decided.GetProperty("decision").GetProperty("governmentApproval").GetString());
        Assert.Contains("责令关闭已报经博兴县人民政府博政字〔2026〕12号批复批准", await DocumentTextAsync(decided, "penalty-decision"));
    }

    [Fact]
    public async Task SubmitForReview_ClosureWithoutSeriousCircumstances_Is409()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（关闭无情节严重）");

        var response = await c.TryAsync("zhangsan", "SubmitForReview", Submission(500_000m, "Closure"));

        await AssertRefusedAsync(response, "sanctions-allowed", "须认定情节严重");
    }

    // ---- 持续行为的起止 (行政处罚法第三十六条第二款) ----

    [Fact]
    public async Task Notice_OfAnActThatRanFromOneDayToAnother_StatesItsStartAndEnd()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（持续至终了）");
        await c.StepAsync("zhangsan", "SubmitForReview", Submission(200_000m, "None", actStartedOn: "2026-08-20", actDate: "2026-09-10"));
        await c.StepAsync("wangwu", "CompleteCaseReview", new { reviewedOn = "2026-10-19", checklist = Steps.Checklist(), opinion = "同意" });
        var notified = await c.StepAsync("wangwu", "IssueNotice", new { issuedOn = "2026-10-20" });

        Assert.Equal("2026-08-20", notified.GetProperty("actStartedOn").GetString());
        var text = await DocumentTextAsync(notified, "advance-notice");
        Assert.Contains("自2026年8月20日起至2026年9月10日止存在", text);
    }

    [Fact]
    public async Task Decision_OfAnActStillContinuing_SaysItContinuesAndNeverNamesOneDay()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（至今仍在继续）");
        await c.StepAsync("zhangsan", "SubmitForReview", Submission(200_000m, "None", actStartedOn: "2026-08-20", actDate: "2026-10-14", actContinuing: true));
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "RequireDiscussion", new { reviewedOn = "2026-10-23", opinion = "同意" });
        await c.StepAsync("zhaoliu", "ConcludeDiscussion", new { heldOn = "2026-10-23", participants = new[] { "赵六", "王五" }, conclusion = "同意" });

        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 200_000m, sanctions = "None" });

        Assert.True(decided.GetProperty("actContinuing").GetBoolean());
        var text = await DocumentTextAsync(decided, "penalty-decision");
        Assert.Contains("自2026年8月20日起存在", text);
        Assert.Contains("至今仍在继续", text);
        Assert.DoesNotContain("于2026年10月14日", text);
    }

    [Fact]
    public async Task SubmitForReview_AStartAfterTheEnd_Is409AndTheCaseUnchanged()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某化工有限公司（起止颠倒）");
        var before = await c.RefreshAsync();

        var response = await c.TryAsync("zhangsan", "SubmitForReview", Submission(200_000m, "None", actStartedOn: "2026-09-05", actDate: "2026-09-01"));

        await AssertRefusedAsync(response, "rule-refused", "行政处罚法第三十六条第二款");
        Assert.Equal(before.GetProperty("version").GetGuid(), (await c.RefreshAsync()).GetProperty("version").GetGuid());
    }

    // ---- 时效与更早的发现日期 (行政处罚法第三十六条) ----

    private static object OldLead(string party, string? discoveredOn = null, string? actStartedOn = null, bool actContinuing = false) => new
    {
        source = "日常巡查", registeredOn = "2026-10-12", cause = "登记表未备案", violationCode = "EiaRegistrationNotFiled",
        actDate = "2024-09-01", actStartedOn, actContinuing, discoveredOn,
        party = new { kind = "Organisation", name = party, identifierCode = CaseApi.PartyCode, address = "博兴县店子镇", legalRepresentative = "张某" },
    };

    [Fact]
    public async Task File_AnActEndedMoreThanTwoYearsBeforeRegistration_Is409UnlessAnEarlierDiscoveryIsRecorded()
    {
        // Ended 2024-09-01, registered 2026-10-12: beyond the two years of 行政处罚法第三十六条.
        var late = await api.CreateAsync(OldLead("博兴县某公司（登记时已过时效）"));
        await late.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-10-13", reason = "初查" });
        var refused = await late.TryAsync("zhaoliu", "File", new { filedOn = "2026-10-13", officers = Steps.Officers });
        await AssertRefusedAsync(refused, "within-limitation", "行政处罚法第三十六条");
        Assert.Equal("Lead", (await late.RefreshAsync()).GetProperty("state").GetString());

        // The same act discovered on a patrol on 2026-08-20, within the two years.
        var early = await api.CreateAsync(OldLead("博兴县某公司（更早发现）", discoveredOn: "2026-08-20"));
        Assert.Equal("2026-08-20", early.View.GetProperty("discoveredOn").GetString());
        await Steps.FileAsync(early);
        Assert.Equal("Investigation", early.View.GetProperty("state").GetString());
    }

    [Fact]
    public async Task File_AnActThatBeganLongAgoAndStillContinues_IsWithinLimitation()
    {
        var c = await api.CreateAsync(OldLead("博兴县某公司（持续未终了）", actStartedOn: "2024-06-01", actContinuing: true));

        await Steps.FileAsync(c);

        Assert.Equal("Investigation", c.View.GetProperty("state").GetString());
    }

    [Fact]
    public async Task RegisterLead_ADiscoveryAfterTheRegistrationOrInTheFuture_IsRefusedAndNothingStored()
    {
        var counts = await api.CountsAsync();

        var afterRegistration = await api.PostCaseAsync("zhangsan", OldLead("博兴县某公司（发现晚于登记）", discoveredOn: "2026-10-20"));
        var problem = await ProblemAssert.IsProblemAsync(afterRegistration, HttpStatusCode.Conflict);
        Assert.Contains("晚于案源登记日期", problem.GetProperty("detail").GetString());

        var future = await api.PostCaseAsync("zhangsan", OldLead("博兴县某公司（发现在将来）", discoveredOn: "2026-12-01"));
        Assert.Contains("不得晚于今天", await ProblemAssert.IsValidationProblemAsync(future, "discoveredOn"));

        var beforeTheAct = await api.PostCaseAsync("zhangsan", OldLead("博兴县某公司（发现早于行为）", discoveredOn: "2024-08-01"));
        Assert.Contains("早于违法行为发生日期", (await ProblemAssert.IsProblemAsync(beforeTheAct, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(counts, await api.CountsAsync());
    }

    // ---- 法制审核人员的法律职业资格 (行政处罚法第五十八条第二款) ----

    private async Task EnsureUnqualifiedReviewerAsync()
    {
        await factory.EnsureExtraUsersAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync("zhoujiu") is not null)
        {
            return;
        }

        var organisationId = (await users.FindByNameAsync("zhangsan"))!.OrganisationId;
        var user = new AppUser("zhoujiu", "周九", organisationId);
        Assert.True((await users.CreateAsync(user, DatabaseInitialiser.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.LegalReviewer)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        db.OfficerProfiles.Add(new OfficerProfile(user.Id, null, null, null, hasLegalQualification: false));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("PassLegalReview")]
    [InlineData("RequireDiscussion")]
    public async Task LegalReview_ByAFirstTimeReviewerWithoutTheQualification_Is409AndAQualifiedReviewerPasses(string trigger)
    {
        await EnsureUnqualifiedReviewerAsync();
        var c = await Steps.InvestigationAsync(api, $"博兴县某化工有限公司（初次审核{trigger}）");
        await Steps.SubmitAsync(c, 20_000m, violation: "EiaRegistrationNotFiled");
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        var before = await c.RefreshAsync();

        var refused = await c.TryAsync("zhoujiu", trigger, new { reviewedOn = "2026-10-23", opinion = "同意", legalQualification = "A20213716000009" });

        await AssertRefusedAsync(refused, "reviewer-legally-qualified", "行政处罚法第五十八条第二款");
        var unchanged = await c.RefreshAsync();
        Assert.Equal(before.GetProperty("version").GetGuid(), unchanged.GetProperty("version").GetGuid());
        Assert.Equal("LegalReview", unchanged.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("legalReview").ValueKind);

        var passed = await c.StepAsync("wangwu", trigger, new { reviewedOn = "2026-10-23", opinion = "同意" });
        Assert.NotEqual("LegalReview", passed.GetProperty("state").GetString());
    }
}
