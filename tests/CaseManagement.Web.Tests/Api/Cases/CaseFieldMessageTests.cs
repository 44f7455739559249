using System.Net;
using System.Text.Json;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>A value that is not one of a field's choices, or not a number, is answered by the field's Chinese name and what it accepts.</summary>
public sealed class CaseFieldMessageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Theory]
    [InlineData("\"Pigeon\"")]
    [InlineData("99")]
    public async Task Step_WithAChoiceOutsideTheList_NamesTheFieldInChineseAndListsTheAllowedValues(string method)
    {
        var c = await Steps.InvestigationAsync(api, $"博兴县某公司（送达方式{method.Length}）");
        var body = JsonDocument.Parse($$"""{"kind":"Inspection","on":"2026-11-20","place":"厂区","officers":["zhangsan","lisi"],"summary":"检查"}""").RootElement;
        var bad = JsonSerializer.SerializeToNode(body)!.AsObject();
        bad["kind"] = System.Text.Json.Nodes.JsonNode.Parse(method);

        var response = await c.TryAsync("zhangsan", "RecordInvestigation", bad);

        var message = await ProblemAssert.IsValidationProblemAsync(response, "kind");
        Assert.StartsWith("笔录种类无效，只能是：", message);
        Assert.Contains("现场检查（勘察）笔录（Inspection）", message);
        Assert.Contains("调查询问笔录（Interview）", message);
    }

    [Fact]
    public async Task Decide_WithANonNumericFine_GivesTheSameChineseMessageOnTheApiAndOnThePage()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（非数字罚款）");
        var head = await PageSession.LoggedInAsync(factory, "zhaoliu");

        var response = await c.TryAsync("zhaoliu", "Decide", new { decidedOn = "2026-11-20", fine = "五万", sanctions = "None" });
        var page = await head.SubmitAsync($"/cases/{c.Id}/steps/Decide", [
            new("Version", c.Version.ToString()), new("Input.DecidedOn", "2026-11-20"), new("Input.Fine", "五万"), new("Confirmed", "true")]);

        var message = await ProblemAssert.IsValidationProblemAsync(response, "fine");
        Assert.Equal("罚款金额（元）须为数字，如 50000.00", message);
        Assert.Equal(message, (await page.PageAsync()).FieldMessage("Input.Fine"));
    }

    [Fact]
    public async Task Step_WithInvalidInput_NamesEachFieldByItsChineseLabel()
    {
        var c = await Steps.InvestigationAsync(api, "博兴县某公司（字段名称）");

        var response = await c.TryAsync("zhangsan", "RecordInvestigation", new { kind = "Inspection", on = "2026-11-20", officers = Steps.Officers, summary = "检查" });

        await ProblemAssert.IsValidationProblemAsync(response, "place");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("地点", problem.GetProperty("fields").GetProperty("place").GetString());
    }

    [Theory]
    [InlineData("DeclineToFile", "zhaoliu", "不予立案日期", "不予立案理由")]
    [InlineData("CancelFiling", "zhaoliu", "撤销立案日期", "撤销立案理由")]
    [InlineData("Terminate", "zhaoliu", "终止调查日期", "终止调查理由")]
    [InlineData("Transfer", "zhaoliu", "移送日期", "移送理由")]
    [InlineData("ReturnForInvestigation", "wangwu", "退回日期", "退回理由")]
    public async Task ReasonStep_SentEmpty_NamesItsFieldsByTheStepsOwnLabels(string trigger, string user, string dayLabel, string reasonLabel)
    {
        var c = await Steps.InvestigationAsync(api, $"博兴县某公司（{trigger}字段名称）");

        var response = await c.TryAsync(user, trigger, new { });

        Assert.Equal($"请填写{reasonLabel}", await ProblemAssert.IsValidationProblemAsync(response, "reason"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"请填写{dayLabel}", problem.GetProperty("errors").GetProperty("on")[0].GetString());
        Assert.Equal(dayLabel, problem.GetProperty("fields").GetProperty("on").GetString());
        Assert.Equal(reasonLabel, problem.GetProperty("fields").GetProperty("reason").GetString());
    }
}
