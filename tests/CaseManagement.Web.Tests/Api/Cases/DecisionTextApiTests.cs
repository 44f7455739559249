namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>The legal text of the decision, driven through the API: 从旧兼从轻 by decision date, a warning without a fine line.</summary>
public sealed class DecisionTextApiTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    private async Task<string> DecisionTextAsync(CaseHandle c, System.Text.Json.JsonElement decided)
    {
        var document = decided.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("template").GetString() == "penalty-decision");
        return Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Decide_BeforeTheCodeTookEffect_CitesOnlyArticle37ForTheOldAndLighterLaw()
    {
        // Decided 2026-05-18, before the 生态环境法典 was in force: its Art. 1057 was not yet law.
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（法典施行前决定）", registeredOn: "2026-05-04", violation: "EiaRegistrationNotFiled", actDate: "2026-03-01"));
        await Steps.FileAsync(c, on: "2026-05-06");
        await Steps.InvestigateAsync(c, on: "2026-05-07");
        await Steps.SubmitAsync(c, 20_000m, on: "2026-05-08", actDate: "2026-03-01");
        await Steps.NotifyAsync(c, reviewedOn: "2026-05-11", issuedOn: "2026-05-12", servedOn: "2026-05-13");
        await Steps.WaiveAsync(c, "2026-05-14");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-05-15", opinion = "同意" });

        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-05-18", fine = 20_000m, sanctions = "None" });

        var text = await DecisionTextAsync(c, decided);
        Assert.Contains("依照从旧兼从轻原则（《中华人民共和国行政处罚法》第三十七条）", text);
        Assert.DoesNotContain("第一千零五十七条", text);
    }

    [Fact]
    public async Task Decide_AWarningOnly_PrintsNoFineLineAndNoPaymentParagraph()
    {
        // 法典第一千零九十五条第三款 names no warning: a warning in place of the fine is a 减轻 with its ground (行政处罚法第三十二条).
        var c = await api.CreateAsync(CaseApi.Lead("博兴县某公司（仅警告）", violation: "EiaRegistrationNotFiled", actDate: "2026-09-01"));
        await Steps.FileAsync(c);
        await Steps.InvestigateAsync(c);
        await c.StepAsync("zhangsan", "SubmitForReview", new
        {
            submittedOn = "2026-10-16", reportSummary = "调查终结报告", cause = "登记表未备案", violationCode = "EiaRegistrationNotFiled", actDate = "2026-09-01",
            proposed = new { fine = 0m, sanctions = "Warning", flaggedForDiscussion = false, mitigationGround = "初次违法且危害后果轻微，已及时备案" },
        });
        await Steps.NotifyAsync(c);
        await Steps.WaiveAsync(c, "2026-10-22");
        await c.StepAsync("wangwu", "PassLegalReview", new { reviewedOn = "2026-10-23", opinion = "同意" });

        var decided = await c.StepAsync("zhaoliu", "Decide", new { decidedOn = "2026-10-26", fine = 0m, sanctions = "Warning" });

        var text = await DecisionTextAsync(c, decided);
        Assert.Contains("作出如下行政处罚：警告。", text);
        Assert.DoesNotContain("罚款人民币", text);
        Assert.DoesNotContain("罚款0.00元", text);
        Assert.DoesNotContain("罚款人民币0.00元", text);
        Assert.Contains("本案不处罚款，给予警告，依照《中华人民共和国行政处罚法》第三十二条、《中华人民共和国生态环境法典》第一千零五十六条第二款减轻处罚，理由：初次违法且危害后果轻微，已及时备案", text);
        Assert.DoesNotContain("加处罚款", text);

        // Nor does any other document of the case, up to the 结案审批表, speak of a fine of nothing.
        await c.StepAsync("zhangsan", "Serve", Steps.Handed("2026-10-27"));
        var closed = await c.StepAsync("zhaoliu", "Close", new { closedOn = "2026-10-28", ground = "PerformedInFull", remark = "警告已送达" });
        foreach (var document in closed.GetProperty("documents").EnumerateArray())
        {
            var other = Documents.DocumentTestKit.Text(await (await api.As("zhangsan")).GetByteArrayAsync(document.GetProperty("url").GetString()));
            Assert.DoesNotContain("人民币0.00元", other);
            Assert.DoesNotContain("罚款0.00元", other);
            Assert.DoesNotContain("零元", other);
        }
    }
}
