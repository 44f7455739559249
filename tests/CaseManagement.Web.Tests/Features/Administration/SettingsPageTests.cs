using System.Net;
using System.Text.Json;
using CaseManagement.Web.Features.Administration;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Administration;

public class SettingsPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task OrganisationSettings_WhenSaved_StoresTheRulesAndAuditsBeforeAndAfter()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var fields = (await admin.GetPageAsync("/admin/organisation")).FormFields("[data-testid=organisation-form]");
        fields["Input.HearingThresholdOrganisation"] = "20000";
        fields["Input.Court"] = "滨州市中级人民法院";

        var response = await admin.SubmitAsync("/admin/organisation", fields);
        var organisation = await QueryAsync(db => db.Organisations.AsNoTracking().SingleAsync());
        var audit = await QueryAsync(db => db.AuditEntries.Where(e => e.Action == UpdateOrganisationSettings.AuditAction && e.After!.Contains("20000")).ToListAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(20000m, organisation.HearingThresholdOrganisation);
        Assert.Equal("滨州市中级人民法院", organisation.Court);
        var entry = Assert.Single(audit);
        Assert.Contains("博兴县人民法院", entry.Before);
        Assert.Contains("滨州市中级人民法院", entry.After);
    }

    [Fact]
    public async Task OrganisationSettings_WithStaleVersion_IsRefusedAndNothingChanges()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var stale = (await admin.GetPageAsync("/admin/organisation")).FormFields("[data-testid=organisation-form]");
        var first = new Dictionary<string, string>(stale) { ["Input.Phone"] = "0543-1111111" };
        await admin.SubmitAsync("/admin/organisation", first);
        stale["Input.Phone"] = "0543-2222222";

        var response = await admin.SubmitAsync("/admin/organisation", stale);
        var messages = (await response.PageAsync()).Messages();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(messages, m => m.Contains("已被他人修改，请刷新", StringComparison.Ordinal));
        Assert.Equal("0543-1111111", await QueryAsync(db => db.Organisations.Select(o => o.Phone).SingleAsync()));
    }

    [Fact]
    public async Task OrganisationSettings_WithRulesBeyondTheLaw_ShowsErrorsBesideTheFields()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var fields = (await admin.GetPageAsync("/admin/organisation")).FormFields("[data-testid=organisation-form]");
        fields["Input.PaymentDays"] = "10";
        fields["Input.SurchargeRatePerDay"] = "0.05";
        fields["Input.Name"] = "";

        var response = await admin.SubmitAsync("/admin/organisation", fields);
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("须在15至60之间", page.FieldMessage("Input.PaymentDays"), StringComparison.Ordinal);
        Assert.Contains("不得超过0.03", page.FieldMessage("Input.SurchargeRatePerDay"), StringComparison.Ordinal);
        Assert.Contains("请填写执法机关名称", page.FieldMessage("Input.Name"), StringComparison.Ordinal);
        Assert.Equal(15, await QueryAsync(db => db.Organisations.Select(o => o.PaymentDays).SingleAsync()));
    }

    [Fact]
    public async Task Holidays_WithMakeupDayOnAWeekday_ShowsTheErrorAndSavesNothing()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");

        var response = await admin.SubmitAsync("/admin/holidays?year=2027", Holidays2027(makeups: "2027-02-07\n2027-02-10"), postUrl: "/admin/holidays");
        var messages = (await response.PageAsync()).Messages();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(messages, m => m.Contains("调休上班日 2027-02-10 不是周六或周日", StringComparison.Ordinal));
        Assert.False(await QueryAsync(db => db.HolidayYears.AnyAsync(y => y.Year == 2027)));
    }

    [Fact]
    public async Task Holidays_WithTextThatIsNotADate_ShowsTheBadTokenBesideTheField()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");

        var response = await admin.SubmitAsync("/admin/holidays?year=2028", new Dictionary<string, string>
        {
            ["Input.Year"] = "2028",
            ["Input.Holidays"] = "2028-01-01, 元旦",
            ["Input.MakeupWorkdays"] = "",
        }, postUrl: "/admin/holidays");

        Assert.Contains((await response.PageAsync()).Messages(), m => m.Contains("不是有效日期（格式 yyyy-MM-dd）：元旦", StringComparison.Ordinal));
        Assert.False(await QueryAsync(db => db.HolidayYears.AnyAsync(y => y.Year == 2028)));
    }

    // 2027 schedule as entered for the test (元旦, 春节); the real one is published by the State Council.
    internal static Dictionary<string, string> Holidays2027(string makeups) => new()
    {
        ["Input.Year"] = "2027",
        ["Input.Holidays"] = "2027-01-01\n2027-01-02\n2027-01-03\n2027-02-06、2027-02-08、2027-02-09、2027-02-10、2027-02-11、2027-02-12、2027-02-13",
        ["Input.MakeupWorkdays"] = makeups,
    };

    private async Task<T> QueryAsync<T>(Func<CaseDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseDbContext>());
    }
}

/// <summary>Its own app: saving 2027 would change what the other holiday tests see.</summary>
public class HolidaySavePageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string DueDate2027 = "/api/tools/due-date?from=2026-12-30&period=5&unit=workingDays";

    [Fact]
    public async Task Holidays_When2027IsSaved_TheDueDateToolIsNoLongerProvisional()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var before = await DueDateAsync();

        var response = await admin.SubmitAsync("/admin/holidays?year=2027", SettingsPageTests.Holidays2027(makeups: "2027-02-07, 2027-02-20"), postUrl: "/admin/holidays");
        var page = await admin.GetPageAsync("/admin/holidays?year=2027");
        var after = await DueDateAsync();

        Assert.True(before.GetProperty("provisional").GetBoolean());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("2027年2月20日", page.TestId("makeup-list").Text(), StringComparison.Ordinal);
        Assert.False(after.GetProperty("provisional").GetBoolean());
        // 2026-12-30 + 5 working days: 12-31, then 1-1 is a holiday (元旦), 1-4 … 1-7.
        Assert.Equal("2027-01-07", after.GetProperty("dueDate").GetString());
    }

    private async Task<JsonElement> DueDateAsync()
    {
        var json = await PageSession.Anonymous(factory).Client.GetStringAsync(DueDate2027);
        return JsonDocument.Parse(json).RootElement;
    }
}
