using System.Net;
using System.Text.Json;

namespace CaseManagement.Web.Tests.Api.Cases;

/// <summary>A lead whose filing was requested reads 待立案审批 in the list, as on its own page, not 案源登记.</summary>
public sealed class CaseListStageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task List_ALeadWithARequestedFiling_ReadsAwaitingApproval()
    {
        var requested = await api.CreateAsync(CaseApi.Lead("博兴县丁纸业有限公司（待审批）", registeredOn: "2026-11-20", code: "91371625MA3C6K2X36"));
        await requested.StepAsync("zhangsan", "RequestFiling", new { requestedOn = "2026-11-21", reason = "初查发现涉嫌违法" });
        await api.CreateAsync(CaseApi.Lead("博兴县戊食品有限公司（未提请）", registeredOn: "2026-11-22", code: "91371625MA3C9G6H32"));

        var list = await CaseApi.ReadAsync(await (await api.As("zhangsan")).GetAsync("/api/cases?state=Lead"), HttpStatusCode.OK);

        var labels = list.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("partyName").GetString()!, i => i.GetProperty("stateLabel").GetString());
        Assert.Equal("待立案审批", labels["博兴县丁纸业有限公司（待审批）"]);
        Assert.Equal("案源登记", labels["博兴县戊食品有限公司（未提请）"]);
    }
}
