using System.Net;
using CaseManagement.Web.Features.Administration;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Administration;

/// <summary>The national holiday calendar is changed only by the installation's administrator, not by an organisation's.</summary>
public sealed class HolidayRightsTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();

    public async Task InitializeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organisation = (await users.FindByNameAsync("admin"))!.OrganisationId;
        var orgAdmin = new AppUser("orgadmin", "单位管理员", organisation);
        Assert.True((await users.CreateAsync(orgAdmin, "Org#Admin2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(orgAdmin, Roles.Administrator)).Succeeded);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task OrganisationAdministrator_CannotChangeTheHolidayCalendar()
    {
        var orgAdmin = await PageSession.LoggedInAsync(factory, "orgadmin", "Org#Admin2026");

        var response = await orgAdmin.SubmitAsync("/admin/holidays", Year2031());
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || html.Contains("安装管理员", StringComparison.Ordinal)
            || response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true,
            $"answered {(int)response.StatusCode} {response.Headers.Location}");
        Assert.False(await YearExistsAsync(2031));
    }

    [Fact]
    public async Task InstallationAdministrator_ChangesTheHolidayCalendar()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");

        var response = await admin.SubmitAsync("/admin/holidays", Year2031());

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect);
        Assert.True(await YearExistsAsync(2031));
    }

    [Fact]
    public async Task OrganisationAdministrator_CannotMakeHimselfInstallationAdministrator()
    {
        var orgAdmin = await PageSession.LoggedInAsync(factory, "orgadmin", "Org#Admin2026");
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("orgadmin"))!.Id;
        }

        var url = $"/admin/users/{id}";
        await orgAdmin.SubmitAsync(url, [new("RolesForm.Roles", Roles.Administrator), new("RolesForm.Roles", Roles.InstallationAdministrator)], postUrl: url + "?handler=Roles");

        await using var check = factory.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.False(await users.IsInRoleAsync((await users.FindByNameAsync("orgadmin"))!, Roles.InstallationAdministrator));
    }

    private static Dictionary<string, string> Year2031() => new()
    {
        ["Input.Year"] = "2031",
        ["Input.Holidays"] = "2031-01-01",
        ["Input.MakeupWorkdays"] = "",
    };

    private async Task<bool> YearExistsAsync(int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDbContext>().HolidayYears.AnyAsync(y => y.Year == year);
    }
}
