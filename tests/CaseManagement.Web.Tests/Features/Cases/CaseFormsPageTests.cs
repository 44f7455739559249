using System.Net;
using System.Text.Json;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Tests.Api.Cases;

namespace CaseManagement.Web.Tests.Features.Cases;

/// <summary>Forms that know the case (clock: 2026-11-27): 案由 from the catalogue, duplicate parties, 送达 defaults, the file beside a review.</summary>
public sealed class CaseFormsPageTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task CreateLead_TakesTheCauseFromTheViolationWithTheTypedWordsAsAnAddition()
    {
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");
        var name = ViolationCatalogue.Default.Get("AirEmissionExceedance").Name;

        var response = await officer.SubmitAsync("/cases/new", new Dictionary<string, string>
        {
            ["Input.Source"] = "日常巡查",
            ["Input.RegisteredOn"] = "2026-11-27",
            ["Input.Cause"] = "与违法行为不符的案由",
            ["CauseAddition"] = "二号锅炉",
            ["Input.ViolationCode"] = "AirEmissionExceedance",
            ["Input.Party.Kind"] = "Organisation",
            ["Input.Party.Name"] = "滨州案由目录有限公司",
            ["Input.Party.IdentifierCode"] = CaseApi.PartyCode,
            ["Input.Party.Address"] = "博兴县城东街道",
        });
        var page = await officer.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{name}（二号锅炉）", page.TestId("cause").Text());
    }

    [Fact]
    public async Task OpenCasesOfParty_ListsTheOpenCaseWithTheSameCodeButNotAnEndedOne()
    {
        const string code = "91371625MA3C7B8D98";
        var open = await api.CreateAsync(CaseApi.Lead("滨州重复登记有限公司", code: code));
        var ended = await api.CreateAsync(CaseApi.Lead("滨州重复登记有限公司", code: code));
        await ended.StepAsync("zhaoliu", "DeclineToFile", new { on = "2026-11-27", reason = "不属于本机关管辖" });
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var json = await officer.GetHtmlAsync("/cases/new?handler=OpenCases&code=" + code.ToLowerInvariant());
        var matches = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        var ids = matches.Select(m => m.GetProperty("id").GetInt64()).ToList();

        Assert.Contains(open.Id, ids);
        Assert.DoesNotContain(ended.Id, ids);
        Assert.Equal($"案源{open.Id}", matches.Single(m => m.GetProperty("id").GetInt64() == open.Id).GetProperty("title").GetString());
    }

    [Fact]
    public async Task InvestmentFinding_IsOfferedOnlyWhereTheFineDependsOnTheInvestment()
    {
        var unapproved = await api.CreateAsync(CaseApi.Lead("滨州未批先建投资额有限公司", violation: "EiaUnapprovedConstruction", actDate: "2025-05-10"));
        await Steps.FileAsync(unapproved);
        var emission = await api.CreateAsync(CaseApi.Lead("滨州超标排放投资额有限公司", violation: "AirEmissionExceedance", actDate: "2026-09-01"));
        await Steps.FileAsync(emission);
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var withInvestment = (await officer.GetPageAsync($"/cases/{unapproved.Id}")).TestId("actions");
        var withoutInvestment = (await officer.GetPageAsync($"/cases/{emission.Id}")).TestId("actions");

        Assert.True(withInvestment.Has("action-RecordInvestmentFinding"));
        Assert.False(withoutInvestment.Has("action-RecordInvestmentFinding"));
        Assert.True(withoutInvestment.Has("action-RecordInvestigation"));
    }

    [Fact]
    public async Task NoticeServiceForm_IsFilledFromThePartyAndCarriesTheFieldsOfEachMethod()
    {
        var c = await ReviewAsync("滨州送达预填有限公司");
        await c.StepAsync("wangwu", "CompleteCaseReview", new { reviewedOn = "2026-11-27", checklist = Steps.Checklist(), opinion = "同意" });
        await c.StepAsync("wangwu", "IssueNotice", new { issuedOn = "2026-11-27" });
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var page = await officer.GetPageAsync($"/cases/{c.Id}/steps/RecordNoticeService");
        var form = page.TestId("step-form");
        var fields = page.FormFields("[data-testid=step-form]");
        var methods = System.Text.Json.JsonDocument.Parse(form.GetAttribute("data-method-fields")!).RootElement;

        Assert.Equal("博兴县店子镇", fields["Input.Place"]);
        Assert.Equal("张某", fields["Input.Recipient"]);
        Assert.Equal("LegalRepresentative", fields["Input.Relation"]);
        Assert.Equal("Time", methods.GetProperty("Direct")[0].GetString());
        Assert.Equal(["TrackingNumber", "ReturnSlipDate"], methods.GetProperty("Mail").EnumerateArray().Select(f => f.GetString()));
    }

    // The act's start and an earlier discovery are facts: today as either would be refused (a start after the act's
    // end, a discovery after the registration) or untrue, so the 调查终结 form offers them empty when none is recorded.
    [Fact]
    public async Task SubmitForReviewForm_OffersTheDayOfTheStepButNoActStartOrDiscoveryNobodyRecorded()
    {
        var c = await api.CreateAsync(CaseApi.Lead("滨州调查终结日期有限公司", actDate: "2026-09-01"));
        await Steps.FileAsync(c);
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var fields = (await officer.GetPageAsync($"/cases/{c.Id}/steps/SubmitForReview")).FormFields("[data-testid=step-form]");

        Assert.Equal("2026-11-27", fields["Input.SubmittedOn"]);
        Assert.Equal("2026-09-01", fields["Input.ActDate"]);
        Assert.Equal("", fields["Input.ActStartedOn"]);
        Assert.Equal("", fields["Input.DiscoveredOn"]);
    }

    [Fact]
    public async Task CaseReviewForm_ShowsTheFactsEvidenceProposedPenaltyAndRangeBesideIt()
    {
        var c = await ReviewAsync("滨州审查要点有限公司");
        var reviewer = await PageSession.LoggedInAsync(factory, "wangwu");

        var panel = (await reviewer.GetPageAsync($"/cases/{c.Id}/steps/CompleteCaseReview")).TestId("case-file-panel");
        var firstEvidence = panel.TestId("evidence-list").QuerySelector("li")!;

        Assert.StartsWith("调查终结报告：", panel.TestId("investigation-report").Text(), StringComparison.Ordinal);
        Assert.Equal("1", firstEvidence.GetAttribute("value"));
        Assert.StartsWith("调查询问笔录", firstEvidence.Text(), StringComparison.Ordinal);
        Assert.StartsWith("罚款 5,000.00 元", panel.TestId("proposed-penalty").Text(), StringComparison.Ordinal);
        Assert.Matches("^法定幅度：.*元 至 .*元", panel.TestId("statutory-range").Text());
        Assert.Contains("尚未告知", panel.TestId("statements").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectionRecord_WithTimesPersonsPresentAndPosition_IsShownOnTheCase()
    {
        var c = await Steps.InvestigationAsync(api, "滨州现场笔录有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");

        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/RecordInvestigation", CaseStagePageTests.Fields(c.Version,
            ("Input.Kind", "Inspection"), ("Input.On", "2026-11-27"), ("Input.Place", "三号排放口"),
            ("Input.Officers", "zhangsan"), ("Input.Officers", "lisi"), ("Input.Summary", "排放口正在排放"),
            ("Input.StartTime", "09:05"), ("Input.EndTime", "10:40"), ("Input.PersonsPresent", "王某（厂长）"),
            ("Input.Position", "37.151234,118.131234"), ("Input.PositionAccuracy", "12")));
        var record = (await officer.GetPageAsync($"/cases/{c.Id}")).TestId("investigation").TestIds("record")
            .Single(r => r.Text().Contains("三号排放口", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("2026年11月27日 09:05至10:40，三号排放口", record.Text(), StringComparison.Ordinal);
        Assert.Contains("在场人员：王某（厂长）", record.Text(), StringComparison.Ordinal);
        Assert.Equal("位置：37.151234,118.131234（精度约 12 米）", record.TestId("record-position").Text());
    }

    [Fact]
    public async Task InspectionRecord_WithAPositionButNoAccuracy_IsRefusedBesideTheField()
    {
        var c = await Steps.InvestigationAsync(api, "滨州定位精度有限公司");
        var officer = await PageSession.LoggedInAsync(factory, "zhangsan");
        var before = await api.CountsAsync();

        var response = await officer.SubmitAsync($"/cases/{c.Id}/steps/RecordInvestigation", CaseStagePageTests.Fields(c.Version,
            ("Input.Kind", "Inspection"), ("Input.On", "2026-11-27"), ("Input.Place", "厂区"),
            ("Input.Officers", "zhangsan"), ("Input.Officers", "lisi"), ("Input.Summary", "检查"), ("Input.Position", "37.1,118.1")));
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("记录位置须同时记录定位精度（米）", page.FieldMessage("Input.PositionAccuracy"), StringComparison.Ordinal);
        Assert.Equal(before, await api.CountsAsync());
    }

    private async Task<CaseHandle> ReviewAsync(string party)
    {
        var c = await api.CreateAsync(CaseApi.Lead(party, violation: "EiaRegistrationNotFiled", actDate: "2026-09-01"));
        await Steps.FileAsync(c);
        await Steps.InvestigateAsync(c);
        await Steps.SubmitAsync(c, 5000m);
        return c;
    }
}
