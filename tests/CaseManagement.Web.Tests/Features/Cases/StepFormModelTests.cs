using System.Net;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

public class StepFormModelTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private static readonly string[] Unreadable = ["须为数字", "不是有效日期", "不是有效时间", "须为整数", "无效，只能是"];

    public static TheoryData<string> Triggers() => [.. CaseSteps.ByName.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task Bind_WhenEveryFieldIsPosted_BuildsTheCommandWithoutThrowing(string trigger)
    {
        CaseSteps.TryGet(trigger, out var caseTrigger, out var type);
        var fields = StepFormModel.Describe(trigger, type);
        var api = new CaseApi(factory);
        await factory.EnsureExtraUsersAsync();
        var c = await Steps.InvestigationAsync(api, $"滨州绑定检查有限公司（{trigger}）");
        var user = CaseRoleTable.RolesFor(caseTrigger)[0] switch
        {
            CaseRole.Officer => "zhangsan",
            CaseRole.LegalReviewer => "wangwu",
            CaseRole.Head => "zhaoliu",
            _ => "sunqi",
        };
        var session = await PageSession.LoggedInAsync(factory, user);
        var form = new List<KeyValuePair<string, string>> { new("Version", c.Version.ToString()), new(StepModel.ConfirmField, "true") };
        foreach (var field in Flatten(fields))
        {
            form.Add(new(field.Name.Replace("[#]", "[0]", StringComparison.Ordinal), SampleValue(field)));
        }

        var response = await session.SubmitAsync($"/cases/{c.Id}/steps/{trigger}", form);
        var page = await response.PageAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, string.Join("；", page.Messages()));
        Assert.DoesNotContain(page.Messages(), message => Unreadable.Any(u => message.Contains(u, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Bind_TickedSanctionsAndEmptyOptionalGroups_BindAsTheApiWouldReceiveThem()
    {
        var api = new CaseApi(factory);
        var c = await Steps.InvestigationAsync(api, "滨州多项处罚有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/SubmitForReview", [
            new("Version", c.Version.ToString()), new("Input.SubmittedOn", "2026-11-20"), new("Input.ReportSummary", "调查终结报告"),
            new("Input.Cause", "案由"), new("Input.ViolationCode", "AirEmissionExceedance"), new("Input.ActDate", "2026-09-01"), new("Input.Serious", "true"),
            new("Input.Proposed.Fine", "100,000.00"), new("Input.Proposed.Sanctions", "LimitProduction"), new("Input.Proposed.Sanctions", "Closure"),
            new("Input.Proposed.MitigationGround", ""), new("Input.EiaDocument", "")]);

        // 法典第一千一百零七条 provides both: 限制生产 and, 情节严重, 停业、关闭 (行政处罚法第三十八条第一款).
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var view = await api.GetAsync("zhangsan", c.Id);
        Assert.Equal(100_000m, view.GetProperty("proposedPenalty").GetProperty("fine").GetDecimal());
        Assert.Equal("LimitProduction, Closure", view.GetProperty("proposedPenalty").GetProperty("sanctions").GetString());
        Assert.Null(view.GetProperty("proposedPenalty").GetProperty("mitigationGround").GetString());
    }

    [Fact]
    public void Describe_ServiceFields_OffersCertifiedOfficersAsServersAndTimeAsATime()
    {
        var fields = StepFormModel.Describe("Serve", typeof(Serve.Command));

        Assert.Equal(StepFieldKind.Officers, fields.Single(f => f.Property.Name == "Servers").Kind);
        Assert.Equal(StepFieldKind.Time, fields.Single(f => f.Property.Name == "Time").Kind);
        Assert.Equal(StepFieldKind.Lines, fields.Single(f => f.Property.Name == "Recordings").Kind);
        Assert.Equal(StepFieldKind.Rows, fields.Single(f => f.Property.Name == "Witnesses").Kind);
    }

    private static IEnumerable<StepField> Flatten(IEnumerable<StepField> fields) =>
        fields.SelectMany(f => f.Children.Count == 0 ? [f] : Flatten(f.Children));

    private static string SampleValue(StepField field) => field.Kind switch
    {
        StepFieldKind.Date => "2026-11-20",
        StepFieldKind.Time => "10:30",
        StepFieldKind.Enum or StepFieldKind.Flags => Enum.GetNames(field.ValueType).Last(),
        StepFieldKind.Decimal => "1000.00",
        StepFieldKind.Integer or StepFieldKind.EvidenceNumbers => "1",
        StepFieldKind.Bool => "true",
        _ => "样例",
    };
}
