using System.Text;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// A whole case in the browser, from the lead to the archive, done by the users whose roles each step
/// needs, with the state label checked after every step and every page free of console errors and failed
/// requests. Business dates are the server's today, which the forms fill in.
/// </summary>
public sealed class CaseBrowserTests : IAsyncLifetime
{
    private const string Password = "Demo#2026";
    private const string Clerk = "sunqi";
    private const string PartyName = "博兴县浏览器测试环保科技有限公司";

    // A 1×1 PNG and a one-page PDF: real files the evidence store recognises by their content.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private readonly KestrelAppFactory app = new();

    public async Task InitializeAsync()
    {
        // Archiving is the clerk's step (DECISIONS.md §1); the demo data has its 内勤 sunqi, created here only if missing.
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(Clerk) is not null)
        {
            return;
        }

        var organisationId = (await users.FindByNameAsync("zhangsan"))!.OrganisationId;
        var clerk = new AppUser(Clerk, "孙七", organisationId);
        Assert.True((await users.CreateAsync(clerk, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(clerk, Roles.Clerk)).Succeeded);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [ChromiumFact]
    public async Task WholeCase_FromLeadToArchive_IsDoneInTheBrowserByFourUsers()
    {
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        var page = browser.Page;
        var actDate = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-60).ToString("yyyy-MM-dd");

        await browser.LoginAsync("zhangsan", Password);
        await browser.GotoAsync("/cases");
        await browser.ScreenshotAsync("case-list");
        await page.ClickAsync("[data-testid=new-case]");
        await page.WaitForPathAsync("/cases/new");
        await page.FillAsync("#Input_Source", "群众举报");
        await page.FillAsync("#CauseAddition", "搅拌站项目");
        await page.SelectOptionAsync("#Input_ViolationCode", "EiaRegistrationNotFiled");
        await page.FillAsync("#Input_ActDate", actDate);
        await page.FillAsync("#Input_Party_Name", PartyName);
        await page.FillAsync("#Input_Party_IdentifierCode", "91371625MA3C7B8D99");
        await Expect(page, "[data-testid=identifier-check]", "统一社会信用代码无效");
        await page.FillAsync("#Input_Party_IdentifierCode", "91371625MA3C7B8D98");
        await Expect(page, "[data-testid=identifier-check]", "统一社会信用代码有效");
        await page.FillAsync("#Input_Party_Address", "博兴县经济开发区");
        await page.FillAsync("#Input_Party_LegalRepresentative", "刘某");
        await browser.ScreenshotAsync("case-new");
        await page.ClickAsync("[data-testid=create-case] button[type=submit]");
        await page.WaitForPathAsync(path => System.Text.RegularExpressions.Regex.IsMatch(path, @"^/cases/\d+$"), "the new case's page");
        var casePath = new Uri(page.Url).AbsolutePath;
        await AssertStateAsync(page, "案源登记");

        await StepAsync(browser, casePath, "RequestFiling", "待立案审批", async () => await page.FillAsync("#Input_Reason", "群众举报属实，需立案调查"));

        await SwitchUserAsync(browser, "zhaoliu");
        await StepAsync(browser, casePath, "File", "立案调查", async () =>
        {
            await page.CheckAsync("#Input_Officers_zhangsan");
            await page.CheckAsync("#Input_Officers_lisi");
        });

        await SwitchUserAsync(browser, "zhangsan");
        await browser.GotoAsync(casePath);
        await page.FillAsync("#upload-place", "建设项目现场");
        await page.SetInputFilesAsync("#upload-files", new[]
        {
            new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = Png },
            new FilePayload { Name = "营业执照.pdf", MimeType = "application/pdf", Buffer = Pdf },
        });
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#upload-list .upload-status.text-success').length === 2");
        await browser.ScreenshotAsync("evidence-upload");
        await page.WaitForSelectorAsync("[data-evidence='2'] img, [data-evidence='1'] img");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await browser.ScreenshotAsync("case-page-evidence");
        var thumbnailLoaded = await page.EvalOnSelectorAsync<bool>("[data-evidence] img", "img => img.complete && img.naturalWidth === 1");
        var pdfDisposition = await page.EvaluateAsync<string>(
            "async () => (await fetch(document.querySelector('[data-preview]').getAttribute('data-preview'))).headers.get('content-disposition')");

        await StepAsync(browser, casePath, "RecordInvestigation", "立案调查", async () =>
        {
            await page.SelectOptionAsync("#Input_Kind", "Inspection");
            await page.FillAsync("#Input_Place", "建设项目现场");
            await page.FillAsync("#Input_Summary", "项目已建成投产，未办理环境影响登记表备案手续。");
        });
        await StepAsync(browser, casePath, "SubmitForReview", "案件审查", async () =>
        {
            await page.FillAsync("#Input_ReportSummary", "经调查，当事人建设项目未依法备案环境影响登记表，事实清楚，证据确凿。");
            await Expect(page, "[data-testid=statutory-range]", "元 至");
            await page.SelectOptionAsync("#factor-Harm", "2");
            await page.WaitForFunctionAsync("() => !document.getElementById('discretion-apply').disabled");
            await page.ClickAsync("#discretion-apply");
            await Expect(page, "#Input_Proposed_Fine_rmb", "大写：人民币");
            await browser.ScreenshotAsync("step-form-submit-for-review");
        });
        var proposedFine = await page.InnerTextAsync("[data-testid=investigation]");

        await SwitchUserAsync(browser, "wangwu");
        await StepAsync(browser, casePath, "CompleteCaseReview", "案件审查", async () =>
        {
            foreach (var item in new[] { "Jurisdiction", "Facts", "Evidence", "Procedure", "Limitation", "LegalBasis", "Discretion" })
            {
                await page.CheckAsync($"#Input_Checklist_{item}_pass");
            }

            await page.FillAsync("#Input_Opinion", "事实清楚，证据充分，程序合法，同意告知。");
            await browser.ScreenshotAsync("step-form-case-review");
        });
        await StepAsync(browser, casePath, "IssueNotice", "已告知");

        await SwitchUserAsync(browser, "zhangsan");
        await StepAsync(browser, casePath, "RecordNoticeService", "已告知", () => FillDirectServiceAsync(page));
        await StepAsync(browser, casePath, "RecordStatement", "已告知", async () =>
        {
            await page.FillAsync("#Input_Summary", "当事人书面表示放弃陈述、申辩和听证。");
            await page.CheckAsync("#Input_WaivesStatement");
            await page.CheckAsync("#Input_WaivesHearing");
        });

        await SwitchUserAsync(browser, "wangwu");
        await StepAsync(browser, casePath, "CloseStatementPeriod", "法制审核", async () => await page.FillAsync("#Input_RecheckOpinion", "当事人放弃陈述申辩，无需复核。"));
        await StepAsync(browser, casePath, "PassLegalReview", "待决定", async () => await page.FillAsync("#Input_Opinion", "法制审核通过。"));

        await SwitchUserAsync(browser, "zhaoliu");
        await StepAsync(browser, casePath, "Decide", "已决定", async () => await page.CheckAsync("#Confirmed"));

        await SwitchUserAsync(browser, "zhangsan");
        await StepAsync(browser, casePath, "Serve", "已送达、执行中", () => FillDirectServiceAsync(page));
        await StepAsync(browser, casePath, "RecordPayment", "已送达、执行中", async () => await page.FillAsync("#Input_Reference", "非税收入一般缴款书0001"));

        await SwitchUserAsync(browser, "zhaoliu");
        await StepAsync(browser, casePath, "Close", "已结案", async () => await page.CheckAsync("#Confirmed"));

        await SwitchUserAsync(browser, Clerk);
        await StepAsync(browser, casePath, "Archive", "已归档", async () =>
        {
            await page.FillAsync("#Input_FileNumber", "2026-永久-0001");
            await page.CheckAsync("#Confirmed");
        });
        await browser.ScreenshotAsync("case-page-archived");
        var timeline = await page.InnerTextAsync("[data-testid=timeline]");

        Assert.True(thumbnailLoaded);
        Assert.StartsWith("inline", pdfDisposition);
        Assert.Contains("拟处罚意见：罚款", proposedFine);
        Assert.Contains("案源登记", timeline);
        Assert.Contains("归档", timeline);
        Assert.Contains("孙七", timeline);
        Assert.Contains("赵六", timeline);
        Assert.Equal("当前没有您可以办理的操作。", (await page.InnerTextAsync("[data-testid=actions]")).Trim());
        Assert.True(browser.Problems.Count == 0, string.Join(Environment.NewLine, browser.Problems));
    }

    [ChromiumFact]
    public async Task CasePage_ForTheCasesOwnInvestigatorWithTheReviewerRole_HasNoReviewButton()
    {
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        await GrantRoleAsync("lisi", Roles.LegalReviewer);
        await browser.LoginAsync("zhangsan", Password);
        var casePath = await RegisterLeadAsync(browser);
        await StepAsync(browser, casePath, "RequestFiling", "待立案审批", async () => await browser.Page.FillAsync("#Input_Reason", "涉嫌建设项目环境影响登记表未备案"));
        await SwitchUserAsync(browser, "zhaoliu");
        await StepAsync(browser, casePath, "File", "立案调查", async () =>
        {
            await browser.Page.CheckAsync("#Input_Officers_zhangsan");
            await browser.Page.CheckAsync("#Input_Officers_lisi");
        });
        await SwitchUserAsync(browser, "zhangsan");
        await StepAsync(browser, casePath, "RecordInvestigation", "立案调查", async () =>
        {
            await browser.Page.SelectOptionAsync("#Input_Kind", "Inspection");
            await browser.Page.FillAsync("#Input_Place", "厂区");
            await browser.Page.FillAsync("#Input_Summary", "现场检查");
        });
        await StepAsync(browser, casePath, "SubmitForReview", "案件审查", async () =>
        {
            await browser.Page.FillAsync("#Input_ReportSummary", "调查终结");
            await browser.Page.FillAsync("#Input_Proposed_Fine", "5000");
        });

        await SwitchUserAsync(browser, "lisi");
        await browser.GotoAsync(casePath);
        var investigatorActions = await browser.Page.InnerTextAsync("[data-testid=actions]");
        await SwitchUserAsync(browser, "wangwu");
        await browser.GotoAsync(casePath);
        var reviewerActions = await browser.Page.InnerTextAsync("[data-testid=actions]");

        Assert.DoesNotContain("填写案件审查意见", investigatorActions);
        Assert.Contains("填写案件审查意见", reviewerActions);
        Assert.True(browser.Problems.Count == 0, string.Join(Environment.NewLine, browser.Problems));
    }

    [ChromiumFact]
    public async Task EveryCasePage_LoadsWithoutConsoleErrorsOrFailedRequests_AndIsScreenshotted()
    {
        await using var browser = await BrowserSession.StartAsync(app.BaseUrl);
        await browser.LoginAsync("zhangsan", Password);
        var casePath = await RegisterLeadAsync(browser);
        var pages = new (string Path, string Name, string Heading)[]
        {
            ("/cases", "cases", "案件"),
            ("/cases?overdue=true", "cases-overdue", "共"),
            ("/cases/new", "cases-new", "登记案源"),
            (casePath, "case-lead", "可办理的操作"),
            (casePath + "/steps/RequestFiling", "step-request-filing", "提请立案"),
            (casePath + "/steps/RecordInvestigation", "step-record-investigation", "笔录种类"),
            (casePath + "/steps/SubmitForReview", "step-submit-for-review", "裁量计算器"),
            (casePath + "/steps/ScheduleHearing", "step-schedule-hearing", "最早可定于"),
            (casePath + "/steps/ApproveInstalments", "step-approve-instalments", "分期计划"),
        };

        foreach (var (path, name, heading) in pages)
        {
            var response = await browser.GotoAsync(path);
            await browser.ScreenshotAsync(name);

            Assert.Equal(200, response!.Status);
            Assert.Contains(heading, await browser.Page.InnerTextAsync("main"));
        }

        Assert.True(browser.Problems.Count == 0, string.Join(Environment.NewLine, browser.Problems));
    }

    private async Task<string> RegisterLeadAsync(BrowserSession browser)
    {
        var page = browser.Page;
        await browser.GotoAsync("/cases/new");
        await page.FillAsync("#Input_Source", "日常巡查");
        // 登记表未备案: its range (五万元以下) holds the small fines the steps propose (行政处罚法第三十二条).
        await page.FillAsync("#CauseAddition", "搅拌站项目");
        await page.SelectOptionAsync("#Input_ViolationCode", "EiaRegistrationNotFiled");
        await page.FillAsync("#Input_ActDate", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-30).ToString("yyyy-MM-dd"));
        await page.FillAsync("#Input_Party_Name", "博兴县某铸造有限公司");
        await page.FillAsync("#Input_Party_IdentifierCode", "91371625MA3C7B8D98");
        await page.FillAsync("#Input_Party_Address", "博兴县城东街道");
        await page.ClickAsync("[data-testid=create-case] button[type=submit]");
        await page.WaitForPathAsync(path => System.Text.RegularExpressions.Regex.IsMatch(path, @"^/cases/\d+$"), "the new case's page");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return new Uri(page.Url).AbsolutePath;
    }

    private async Task GrantRoleAsync(string userName, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.AddToRoleAsync((await users.FindByNameAsync(userName))!, role)).Succeeded);
    }

    /// <summary>Opens the step from the case page's button, fills it, submits, and checks the state label on the case page.</summary>
    private static async Task StepAsync(BrowserSession browser, string casePath, string trigger, string expectedState, Func<Task>? fill = null)
    {
        var page = browser.Page;
        if (new Uri(page.Url).AbsolutePath != casePath)
        {
            await browser.GotoAsync(casePath);
        }

        await page.ClickAsync($"[data-testid=action-{trigger}]");
        await page.WaitForPathAsync($"{casePath}/steps/{trigger}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (fill is not null)
        {
            await fill();
        }

        await page.ClickAsync("[data-testid=submit-step]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (new Uri(page.Url).AbsolutePath != casePath)
        {
            var errors = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('.alert-danger, .field-error')].map(e => e.textContent.trim()).join(' | ')");
            Assert.Fail($"{trigger} was not accepted: {errors} {page.Url} {await page.InnerTextAsync("main")}");
        }

        Assert.Contains("已完成", await page.InnerTextAsync("[data-testid=notice]"));
        await AssertStateAsync(page, expectedState);
    }

    // 民事诉讼法第八十八条: direct service records who signed, their relation to the party, where and when.
    private static async Task FillDirectServiceAsync(IPage page)
    {
        await page.SelectOptionAsync("#Input_Method", "Direct");
        await page.FillAsync("#Input_Recipient", "王某");
        await page.SelectOptionAsync("#Input_Relation", "LegalRepresentative");
        await page.FillAsync("#Input_Place", "当事人办公室");
        await page.FillAsync("#Input_Time", "10:30");
    }

    private static async Task AssertStateAsync(IPage page, string expected) =>
        Assert.Equal(expected, (await page.InnerTextAsync("[data-testid=state-label]")).Trim());

    private static async Task SwitchUserAsync(BrowserSession browser, string userName)
    {
        await browser.Page.ClickAsync("header button[type=submit]");
        await browser.Page.WaitForPathAsync(path => path.StartsWith("/login", StringComparison.Ordinal), "the login page");
        await browser.LoginAsync(userName, Password);
    }

    private static async Task Expect(IPage page, string selector, string text) =>
        await page.WaitForFunctionAsync(
            "([selector, text]) => (document.querySelector(selector)?.textContent ?? '').includes(text)", new object[] { selector, text });
}
