namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>不予处罚 through the API: the head picks the ground and the decision cites it only.</summary>
public sealed class NoPenaltyApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task DecideNoPenalty_BecauseTheFactsAreNotEstablished_CitesArticle57Only()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某养殖场（事实不成立）");
        await Steps.SubmitAsync(c, 0m);
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });
        var withoutGround = await c.TryAsync("zhaoliu", "DecideNoPenalty", new { decidedOn = "2026-10-26", reason = "监测数据不能证明超标" });

        var decided = await c.StepAsync("zhaoliu", "DecideNoPenalty", new { decidedOn = "2026-10-26", reason = "监测数据不能证明超标", ground = "FactsNotEstablished" });

        Assert.Contains("事由", await ProblemAssert.IsValidationProblemAsync(withoutGround, "ground"));
        Assert.Equal("FactsNotEstablished", decided.GetProperty("decision").GetProperty("noPenaltyGround").GetString());
        var document = decided.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "no-penalty-decision");
        var text = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
        Assert.Contains("《中华人民共和国行政处罚法》第五十七条第一款第三项", text);
        Assert.DoesNotContain("第三十三条", text);
    }
}
