namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>The 责令改正违法行为决定书 through the API: its basis, and the daily-penalty warning only where the law gives one.</summary>
public sealed class CorrectionOrderTextApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    private async Task<string> OrderTextAsync(string party, string violation)
    {
        var c = await api.CreateAsync(CaseApi.Lead(party, violation: violation, actDate: "2026-09-01"));
        await Steps.FileAsync(c);
        var ordered = await c.StepAsync("zhangsan", "OrderCorrection", new { orderedOn = "2026-10-14", dueOn = "2026-10-30", requirement = "立即停止违法行为" });
        var document = ordered.GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("template").GetString() == "correction-order");
        return Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task CorrectionOrder_ForUnapprovedConstruction_CitesArticle1095AndWarnsOfNoDailyPenalty()
    {
        var text = await OrderTextAsync("博兴县某公司（未批先建责令改正）", "EiaUnapprovedConstruction");

        Assert.Contains("依据《中华人民共和国生态环境法典》第一千零九十五条第一款（责令停止建设", text);
        Assert.DoesNotContain("按日连续处罚", text);
    }

    [Fact]
    public async Task CorrectionOrder_ForAirEmission_WarnsOfTheDailyPenaltyUnderArticle1060()
    {
        var text = await OrderTextAsync("博兴县某公司（超标排放责令改正）", "AirEmissionExceedance");

        Assert.Contains("第一千一百零七条（责令改正", text);
        Assert.Contains("按日连续处罚（《中华人民共和国生态环境法典》第一千零六十条第一款）", text);
        Assert.DoesNotContain("环境保护法》第五十九条", text);
    }
}
