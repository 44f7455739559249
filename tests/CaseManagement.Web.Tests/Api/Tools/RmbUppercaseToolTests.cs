using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseManagement.Web.Tests.Api.Tools;

[Collection(ReadOnlyHost.Name)]
public class RmbUppercaseToolTests(AppFactory factory)
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task RmbUppercase_WhenContractExample_ReturnsExactJson()
    {
        var response = await client.GetAsync("/api/tools/rmb-uppercase?amount=123456.78");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"uppercase":"壹拾贰万叁仟肆佰伍拾陆元柒角捌分"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("1005", "壹仟零伍元整")]
    [InlineData("0", "零元整")]
    [InlineData("0.05", "伍分")]
    public async Task RmbUppercase_WhenAmount_ReturnsWords(string amount, string expected)
    {
        var response = await client.GetAsync($"/api/tools/rmb-uppercase?amount={amount}");

        Assert.Equal($$"""{"uppercase":"{{expected}}"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "缺少参数 amount（金额（元））")]
    [InlineData("amount=", "缺少参数 amount（金额（元））")]
    [InlineData("amount=-5", "金额不能为负数")]
    [InlineData("amount=abc", "金额“abc”不是数字")]
    [InlineData("amount=12.345", "金额最多两位小数（精确到分）")]
    [InlineData("amount=1000000000000", "金额过大")]
    [InlineData("amount=1e3", "金额“1e3”不是数字")]
    public async Task RmbUppercase_WhenBadAmount_ReturnsValidationProblem(string query, string expectedMessage)
    {
        var response = await client.GetAsync($"/api/tools/rmb-uppercase?{query}");

        var message = await ProblemAssert.IsValidationProblemAsync(response, "amount");
        Assert.Equal(expectedMessage, message);
    }
}
