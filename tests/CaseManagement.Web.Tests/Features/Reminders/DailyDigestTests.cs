using CaseManagement.Web.Features.Home;
using CaseManagement.Web.Features.Reminders;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Tests.Api.Cases;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Features.Reminders;

/// <summary>
/// The daily 期限提醒 e-mail, sent with MailKit to a real SMTP server started in the test, on the app whose
/// clock stands at 2026-11-27 09:00 China time.
/// </summary>
public sealed class DailyDigestTests(CaseApiFactory factory) : IClassFixture<CaseApiFactory>
{
    private const string OfficerAddress = "zhangsan@example.gov.cn";

    private readonly CaseApi api = new(factory);

    [Fact]
    public async Task Digest_WhenSwitchedOnAndTheHourHasCome_SendsTheOverdueDeadlineOnceADayEvenFromTwoServers()
    {
        await using var smtp = await InProcessSmtpServer.StartAsync();
        var lead = await api.CreateAsync(CaseApi.Lead("滨州摘要逾期化工有限公司", registeredOn: "2026-10-12"));
        await SetEmailAsync("zhangsan", OfficerAddress);

        await ConfigureAsync(smtp.Port, enabled: false, sendHour: 8);
        var whileOff = await RunAsync();
        await ConfigureAsync(smtp.Port, enabled: true, sendHour: 10);
        var beforeTheHour = await RunAsync();
        await ConfigureAsync(smtp.Port, enabled: true, sendHour: 8);
        var first = await RunAsync();
        var secondServer = await RunAsync();

        Assert.Equal((0, 0, 0), (whileOff, beforeTheHour, secondServer));
        Assert.Equal(1, first);
        var message = Assert.Single(smtp.Messages);
        Assert.Equal(OfficerAddress, message.To.Mailboxes.Single().Address);
        Assert.StartsWith("期限提醒（2026年11月27日）：已逾期", message.Subject);
        Assert.Contains("滨州摘要逾期化工有限公司", message.TextBody);
        Assert.Contains($"案源{lead.Id}", message.TextBody);
        Assert.Contains("已逾期", message.TextBody);
        Assert.Contains("滨州摘要逾期化工有限公司", message.HtmlBody);
        Assert.Equal(1, await SentRowsAsync("zhangsan"));
    }

    [Fact]
    public async Task Digest_WhenTheServerIsDown_KeepsNoRowAndSendsOnTheNextRound()
    {
        var port = InProcessSmtpServer.FreePort();
        await api.CreateAsync(CaseApi.Lead("滨州摘要重试化工有限公司", registeredOn: "2026-10-12"), user: "lisi");
        await SetEmailAsync("lisi", "lisi@example.gov.cn");
        await ConfigureAsync(port, enabled: true, sendHour: 0);

        var whileDown = await RunAsync();
        var rowsWhileDown = await SentRowsAsync("lisi");
        await using var smtp = await InProcessSmtpServer.StartAsync(port);
        var afterwards = await RunAsync();

        Assert.Equal(0, whileDown);
        Assert.Equal(0, rowsWhileDown);
        Assert.True(afterwards >= 1);
        Assert.Contains(smtp.Messages, m => m.To.Mailboxes.Single().Address == "lisi@example.gov.cn" && (m.TextBody ?? "").Contains("滨州摘要重试化工有限公司", StringComparison.Ordinal));
        Assert.Equal(1, await SentRowsAsync("lisi"));
    }

    [Fact]
    public async Task Digest_WhileTheToDoListsAreRebuiltAfterAnUpgrade_WaitsAndSendsOnceTheyAreComplete()
    {
        await using var smtp = await InProcessSmtpServer.StartAsync();
        await api.CreateAsync(CaseApi.Lead("滨州摘要升级化工有限公司", registeredOn: "2026-10-12"));
        await SetEmailAsync("zhaoliu", "zhaoliu@example.gov.cn");
        await ConfigureAsync(smtp.Port, enabled: true, sendHour: 0);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            db.PendingRebuilds.Add(new PendingRebuild(PendingRebuild.WorkQueue));
            await db.SaveChangesAsync();
        }

        var whileRebuilding = await RunAsync();
        var rowsWhileRebuilding = await SentRowsAsync("zhaoliu");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkQueueRebuild>().RunIfPendingAsync(default);
        }

        var afterwards = await RunAsync();

        Assert.Equal((0, 0), (whileRebuilding, rowsWhileRebuilding));
        Assert.True(afterwards >= 1);
        Assert.Contains(smtp.Messages, m => m.To.Mailboxes.Single().Address == "zhaoliu@example.gov.cn" && (m.TextBody ?? "").Contains("滨州摘要升级化工有限公司", StringComparison.Ordinal));
    }

    private async Task<int> RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyDigestSender>().RunOnceAsync(CancellationToken.None);
    }

    private async Task SetEmailAsync(string userName, string address)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        Assert.True((await users.SetEmailAsync(user, address)).Succeeded);
    }

    private async Task ConfigureAsync(int port, bool enabled, int sendHour)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var organisationId = (await db.Users.SingleAsync(u => u.UserName == "zhangsan")).OrganisationId!.Value;
        var settings = await db.Set<MailSettings>().SingleOrDefaultAsync(s => s.OrganisationId == organisationId);
        if (settings is null)
        {
            settings = new MailSettings(organisationId);
            db.Add(settings);
        }

        settings.Update(enabled, "127.0.0.1", port, MailSecurity.None, "", null, "noreply@example.gov.cn", "博兴分局", sendHour);
        await db.SaveChangesAsync();
    }

    private async Task<int> SentRowsAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.UserName == userName)).Id;
        return await db.Set<SentDigest>().CountAsync(d => d.UserId == userId);
    }
}
