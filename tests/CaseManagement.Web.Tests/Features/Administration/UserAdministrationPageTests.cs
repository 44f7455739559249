using System.Net;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Features.Administration;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Administration;

public class UserAdministrationPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NewPassword = "Chen#2026a";

    [Fact]
    public async Task CreateUser_WithValidInput_IsAuditedAndTheNewUserCanLogIn()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");

        var response = await admin.SubmitAsync("/admin/users/new", NewUser("chenqi", "陈七", NewPassword, "Officer", "Clerk"));
        var details = await admin.GetPageAsync(response.Headers.Location!.PathAndQuery());
        var login = await PageSession.Anonymous(factory).LoginAsync("chenqi", NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(details.Messages(), m => m.Contains("已新建用户 chenqi", StringComparison.Ordinal));
        Assert.Equal("陈七（chenqi）", details.Title());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(await AuditActionsAsync(), a => a == CreateUser.AuditAction);
    }

    [Fact]
    public async Task CreateUser_WithEmptyNameWeakPasswordAndNoRole_ShowsEachErrorAndStoresNothing()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var before = await UserCountAsync();

        var response = await admin.SubmitAsync("/admin/users/new", NewUser("weakling", "", "abc"));
        var messages = (await response.PageAsync()).Messages();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请输入姓名", messages);
        Assert.Contains(messages, m => m.StartsWith("密码至少8位", StringComparison.Ordinal));
        Assert.Contains("请至少选择一个角色", messages);
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task CreateUser_WithTakenUserName_ShowsTheErrorBesideTheUserName()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");

        var response = await admin.SubmitAsync("/admin/users/new", NewUser("zhangsan", "另一个张三", NewPassword, "Officer"));
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该用户名已被使用", page.FieldMessage("Input.UserName"), StringComparison.Ordinal);
        Assert.Equal(1, await UserCountAsync("zhangsan"));
    }

    [Fact]
    public async Task UserList_WithScriptInADisplayName_EncodesIt()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        await admin.SubmitAsync("/admin/users/new", NewUser("xss", "<script>alert(1)</script>", NewPassword, "Clerk"));

        var users = (await admin.GetPageAsync("/admin/users")).TestId("users");

        Assert.Contains("<script>alert(1)</script>", users.Text());
        Assert.Empty(users.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Certificate_WithValidToBeforeValidFrom_ShowsTheErrorAndStoresNothing()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var userId = await UserIdAsync("lisi");
        var url = $"/admin/users/{userId}";

        var response = await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["CertificateForm.CertificateNumber"] = "鲁环执2099999",
            ["CertificateForm.ValidFrom"] = "2027-01-01",
            ["CertificateForm.ValidTo"] = "2026-01-01",
        }, postUrl: url + "?handler=Certificate");
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("有效期截止日不能早于起始日", page.Messages());
        Assert.Equal("鲁环执2024002", await CertificateNumberAsync(userId));
    }

    [Fact]
    public async Task Certificate_WithValidInput_IsSavedAndAudited()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var userId = await UserIdAsync("zhaoliu");
        var url = $"/admin/users/{userId}";

        var response = await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["CertificateForm.CertificateNumber"] = "鲁环执2026100",
            ["CertificateForm.ValidFrom"] = "2026-01-01",
            ["CertificateForm.ValidTo"] = "2030-12-31",
            ["CertificateForm.HasLegalQualification"] = "true",
        }, postUrl: url + "?handler=Certificate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("鲁环执2026100", await CertificateNumberAsync(userId));
        Assert.Contains(await AuditActionsAsync(), a => a == UpdateCertificate.AuditAction);
    }

    [Fact]
    public async Task Training_WithZeroHours_ShowsTheErrorAndStoresNothing()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var userId = await UserIdAsync("wangwu");
        var url = $"/admin/users/{userId}";
        var before = await TrainingCountAsync();

        var response = await admin.SubmitAsync(url, new Dictionary<string, string>
        {
            ["TrainingForm.Date"] = "2026-03-01",
            ["TrainingForm.Title"] = "法制审核实务",
            ["TrainingForm.Hours"] = "0",
        }, postUrl: url + "?handler=Training");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("学时须大于零", (await response.PageAsync()).Messages());
        Assert.Equal(before, await TrainingCountAsync());
    }

    [Fact]
    public async Task Lock_ThenLogin_ShowsTheAdministratorLockMessage_AndUnlockRestoresLogin()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        await admin.SubmitAsync("/admin/users/new", NewUser("zhouba", "周八", NewPassword, "Officer"));
        var url = $"/admin/users/{await UserIdAsync("zhouba")}";

        var locked = await admin.SubmitAsync(url, [], postUrl: url + "?handler=Lock");
        var refused = await PageSession.Anonymous(factory).LoginAsync("zhouba", NewPassword);
        var unlocked = await admin.SubmitAsync(url, [], postUrl: url + "?handler=Unlock");
        var accepted = await PageSession.Anonymous(factory).LoginAsync("zhouba", NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains((await refused.PageAsync()).Messages(), m => m.Contains("账户已被系统管理员锁定", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_WithStrongPassword_LetsTheUserLogInWithIt()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        await admin.SubmitAsync("/admin/users/new", NewUser("wujiu", "吴九", NewPassword, "Officer"));
        var url = $"/admin/users/{await UserIdAsync("wujiu")}";

        var weak = await admin.SubmitAsync(url, new Dictionary<string, string> { ["PasswordForm.NewPassword"] = "password" }, postUrl: url + "?handler=Password");
        var reset = await admin.SubmitAsync(url, new Dictionary<string, string> { ["PasswordForm.NewPassword"] = "Reset#2026b" }, postUrl: url + "?handler=Password");
        var oldPassword = await PageSession.Anonymous(factory).LoginAsync("wujiu", NewPassword);
        var newPassword = await PageSession.Anonymous(factory).LoginAsync("wujiu", "Reset#2026b");

        Assert.Contains((await weak.PageAsync()).Messages(), m => m.Contains("密码须包含数字", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task Roles_RemovingOwnAdministratorRole_IsRefusedWithTheReason()
    {
        var admin = await PageSession.LoggedInAsync(factory, "admin");
        var url = $"/admin/users/{await UserIdAsync("admin")}";

        var response = await admin.SubmitAsync(url, new Dictionary<string, string> { ["RolesForm.Roles"] = "Officer" }, postUrl: url + "?handler=Roles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await response.PageAsync()).Messages(), m => m.Contains("不能取消自己的系统管理员角色", StringComparison.Ordinal));
    }

    private static List<KeyValuePair<string, string>> NewUser(string userName, string displayName, string password, params string[] roles) =>
    [
        new("Input.DisplayName", displayName),
        new("Input.UserName", userName),
        new("Input.Password", password),
        .. roles.Select(role => new KeyValuePair<string, string>("Input.Roles", role)),
    ];

    private async Task<T> QueryAsync<T>(Func<CaseDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseDbContext>());
    }

    private Task<int> UserCountAsync(string? userName = null) =>
        QueryAsync(db => db.Users.CountAsync(u => userName == null || u.UserName == userName));

    private Task<string> UserIdAsync(string userName) => QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<string?> CertificateNumberAsync(string userId) =>
        QueryAsync(db => db.OfficerProfiles.Where(p => p.UserId == userId).Select(p => p.CertificateNumber).SingleAsync());

    private Task<int> TrainingCountAsync() => QueryAsync(db => db.TrainingRecords.CountAsync());

    private Task<List<string>> AuditActionsAsync() => QueryAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync());
}
