using System.Net;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>Procedure rules of the second legal review, driven through the API to where each one bites.</summary>
public sealed class ProcedureRuleApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task RequestHearing_AfterAWrittenWaiver_Is409SayingTheRightWasWaived()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（放弃听证后申请）");
        await Steps.SubmitAsync(c, 50_000m, violation: "AirEmissionExceedance", mitigationGround: "首次违法且及时改正，依法减轻处罚");
        await Steps.NotifyAsync(c);
        await c.StepAsync("zhangsan", "RecordStatement", new { receivedOn = "2026-10-22", summary = "书面放弃听证", waivesStatement = false, waivesHearing = true });
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", "RequestHearing", new { requestedOn = "2026-10-23" });

        var detail = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString();
        Assert.Contains("已书面放弃听证权利", detail);
        Assert.DoesNotContain("未告知听证权利", detail);
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task SubmitForReview_FlaggedForDiscussionByTheOfficer_Is409AndChangesNothing()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（调查人员标记集体讨论）");
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhangsan", "SubmitForReview", new
        {
            submittedOn = "2026-10-16", reportSummary = "调查终结报告", cause = "环境违法行为", violationCode = "EiaRegistrationNotFiled", actDate = "2026-09-01",
            proposed = new { fine = 20_000m, sanctions = "None", flaggedForDiscussion = true },
        });

        Assert.Contains("由负责人决定", (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(before, await api.CountsAsync());
        Assert.Equal("Investigation", (await c.RefreshAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task File_BeyondTheLimitationPeriod_Is409CitingArticle36AndChangesNothing()
    {
        // Ended 2024-05-10, registered 2026-10-12: more than two years (行政处罚法第三十六条).
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（超过时效）", violation: "EiaRegistrationNotFiled", actDate: "2024-05-10"));
        await c.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-10-13", reason = "初查发现涉嫌违法" });
        var before = await api.CountsAsync();

        var response = await c.TryAsync("zhaoliu", "File", new { filedOn = "2026-10-13", officers = Steps.Officers });

        var detail = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("detail").GetString();
        Assert.Contains("行政处罚法第三十六条", detail);
        Assert.Equal(before, await api.CountsAsync());
        Assert.Equal("Lead", (await c.RefreshAsync()).GetProperty("state").GetString());
    }
}
