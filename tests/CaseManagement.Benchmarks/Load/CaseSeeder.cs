using System.Diagnostics;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Parties;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Features.Cases;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Calendar;
using CaseManagement.Web.Storage;
using CaseManagement.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Benchmarks.Load;

/// <summary>
/// <c>seed --cases N</c>: builds N cases of the demo organisation through the aggregate's intent methods (every
/// guard holds), in batches of one transaction each, on the database the app's own configuration names
/// (<c>Database__Provider</c>, <c>Database__Path</c>, <c>ConnectionStrings__CaseDb</c>, <c>Storage__Path</c>).
/// The stages are spread as in a bureau's year (about half closed, the rest at every stage), the parties are
/// companies of the county's industries and some individuals, two of twenty-two officers handle each case,
/// every step records its evidence rows, numbers and audit entries, and one case in <c>--documents-every</c>
/// also gets the Word documents its steps issue (rendering every document of a million cases would take days).
/// </summary>
public static class CaseSeeder
{
    private const int BatchSize = 250;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Options.Int(args, "--cases", 10_000);
        var documentsEvery = Options.Int(args, "--documents-every", 100);
        var seed = Options.Int(args, "--random-seed", 2026);
        await using var app = await BuildAppAsync(args);
        var started = Stopwatch.StartNew();

        var (organisation, officers, head, reviewer) = await PrepareStaffAsync(app);
        var clock = await ClockAsync(app, organisation);
        var random = new Random(seed);
        var made = 0;
        while (made < cases)
        {
            var batch = Math.Min(BatchSize, cases - made);
            await using var scope = app.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var db = sp.GetRequiredService<CaseDbContext>();
            var driver = new CaseDriver(db, sp.GetRequiredService<DocumentNumberAllocator>(), sp.GetRequiredService<AuditLog>(),
                sp.GetRequiredService<CaseStepRunner>(), clock, organisation, officers, head, reviewer, random);
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                for (var i = 0; i < batch; i++)
                {
                    await driver.MakeAsync(documentsEvery > 0 && (made + i) % documentsEvery == 0);
                }

                var w = Stopwatch.StartNew();
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                Timings.BatchSave += w.Elapsed;
            }

            made += batch;
            if (made % 10_000 == 0 || made == cases)
            {
                Console.WriteLine($"{made:N0} cases, {started.Elapsed.TotalSeconds:N0} s ({made / started.Elapsed.TotalSeconds:N0} cases/s)");
            }
        }

        Console.WriteLine($"Seeded {cases:N0} cases in {started.Elapsed.TotalSeconds:N1} s.");
        Console.WriteLine($"insert {Timings.Insert.TotalSeconds:N1} s, steps {Timings.Steps.TotalSeconds:N1} s, numbers {Timings.Numbers.TotalSeconds:N1} s, batch saves {Timings.BatchSave.TotalSeconds:N1} s");
        // The app refuses a database whose audit log another key wrote (AuditKeyCheck): it must be given this one.
        Console.WriteLine($"The audit entries are sealed with the key from {app.Services.GetRequiredService<AuditKey>().Source}; start the app on this database with the same key (Audit__KeyFile or Audit__Key).");
        return 0;
    }

    /// <summary>The app's services on the configured database (migrated, demo organisation and users, no demo cases).</summary>
    internal static async Task<WebApplication> BuildAppAsync(string[] args, Action<IServiceCollection>? replace = null)
    {
        // Settings read once, as the app does (HostArguments): a watcher on the working folder, which holds the database,
        // would wake on every write of the log and take the writer's core away from it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = HostArguments.WithSettingsReadOnce([]), ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:DemoCases"] = "false", ["Seed:Demo"] = "true" });
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ClearProviders();
        builder.Services.AddClock();
        builder.AddCasePersistence();
        builder.AddEvidenceStorage();
        builder.AddCaseAuth();
        builder.Services.AddCaseMediator();
        builder.Services.AddLegalCalendar();
        builder.Services.AddCases();
        builder.Services.AddSingleton(new PenaltyRangeCalculator());
        builder.AddCaseDocuments();
        replace?.Invoke(builder.Services);
        var app = builder.Build();
        await app.InitialiseDatabaseAsync();
        return app;
    }

    /// <summary>The demo organisation's officers, plus twenty more with valid certificates (a county bureau's squad).</summary>
    private static async Task<(Organisation Organisation, IReadOnlyList<(Actor Actor, CaseOfficer Officer)> Officers, Actor Head, Actor Reviewer)> PrepareStaffAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organisation = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).FirstAsync();
        var organisationId = organisation.Id;
        for (var i = 1; i <= 20; i++)
        {
            var name = $"officer{i:00}";
            if (await users.FindByNameAsync(name) is not null)
            {
                continue;
            }

            var user = new AppUser(name, $"执法{i:00}", organisationId);
            Check(await users.CreateAsync(user, "Demo#2026"));
            Check(await users.AddToRoleAsync(user, Roles.Officer));
            db.OfficerProfiles.Add(new OfficerProfile(user.Id, $"鲁环执2025{i:000}", new DateOnly(2024, 1, 1), new DateOnly(2029, 12, 31), false));
        }

        await db.SaveChangesAsync();
        var officerRole = await db.Roles.Where(r => r.Name == Roles.Officer).Select(r => r.Id).SingleAsync();
        var officerUsers = await db.Users.Where(u => u.OrganisationId == organisationId && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == officerRole))
            .OrderBy(u => u.UserName).ToListAsync();
        var profiles = await db.OfficerProfiles.ToDictionaryAsync(p => p.UserId);
        var officers = officerUsers
            .Where(u => profiles.TryGetValue(u.Id, out var p) && p.CertificateNumber is not null)
            .Select(u => (new Actor(u.Id, u.DisplayName, new HashSet<CaseRole> { CaseRole.Officer }),
                new CaseOfficer(u.Id, u.DisplayName, profiles[u.Id].CertificateNumber!, profiles[u.Id].CertificateValidFrom ?? DateOnly.MinValue,
                    profiles[u.Id].CertificateValidTo ?? DateOnly.MaxValue)))
            .ToList();
        var head = await db.Users.SingleAsync(u => u.UserName == "zhaoliu");
        var reviewer = await db.Users.SingleAsync(u => u.UserName == "wangwu");
        return (organisation, officers,
            new Actor(head.Id, head.DisplayName, new HashSet<CaseRole> { CaseRole.Head }),
            new Actor(reviewer.Id, reviewer.DisplayName, new HashSet<CaseRole> { CaseRole.LegalReviewer })
            {
                // 行政处罚法第五十八条第二款: the reviewer's standing as their profile records it.
                LegallyQualified = profiles.TryGetValue(reviewer.Id, out var rp) && rp.HasLegalQualification,
                LegalReviewSince = profiles.TryGetValue(reviewer.Id, out var since) ? since.LegalReviewSince : null,
            });
    }

    private static async Task<CaseClock> ClockAsync(WebApplication app, Organisation organisation)
    {
        var calendar = await app.Services.GetRequiredService<HolidayCalendarProvider>().GetCalendarAsync(CancellationToken.None);
        return CaseContextFactory.ClockFor(app.Services.GetRequiredService<TimeProvider>(), calendar, organisation.ToRules());
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Takes one new case to a stage drawn from a bureau's spread, step by step through the aggregate.</summary>
internal sealed class CaseDriver(
    CaseDbContext db, DocumentNumberAllocator numbers, AuditLog audit, CaseStepRunner runner, CaseClock clock, Organisation organisation,
    IReadOnlyList<(Actor Actor, CaseOfficer Officer)> officers, Actor head, Actor reviewer, Random random)
{
    // Share of cases resting at each stage (per thousand): a year's file of a county bureau, about half closed.
    private static readonly (CaseState Stage, int PerMille)[] Spread =
    [
        (CaseState.Lead, 60), (CaseState.Investigation, 140), (CaseState.Review, 40), (CaseState.Notified, 60),
        (CaseState.LegalReview, 30), (CaseState.PendingDecision, 30), (CaseState.Decided, 40), (CaseState.Executing, 120),
        (CaseState.Closed, 480),
    ];

    private static readonly string[] Towns = ["博兴县", "滨州市", "邹平市", "惠民县", "阳信县", "无棣县", "沾化区", "滨城区"];

    private static readonly string[] Industries =
    [
        "化工", "纸业", "印染", "食品", "机械", "纺织", "建材", "铸造", "钢铁", "塑料", "橡胶", "家具", "制药", "电镀", "养殖",
        "混凝土", "新材料", "环保科技", "汽车配件", "金属制品",
    ];

    private const string NameCharacters = "鑫华宏泰恒兴瑞盛金源鼎丰博达远航天润祥和嘉信利民安康正通聚宝永辉光明昌隆新海长城东方锦绣";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马", "朱", "胡", "高"];

    private readonly Dictionary<DocumentType, string> stepNumbers = [];

    private bool withDocuments;

    // How far along the main path each resting stage is.
    private static int Rank(CaseState stage) => stage switch
    {
        CaseState.Lead => 0,
        CaseState.Investigation => 1,
        CaseState.Review => 2,
        CaseState.Notified => 3,
        CaseState.LegalReview => 4,
        CaseState.PendingDecision => 5,
        CaseState.Decided => 6,
        CaseState.Executing => 7,
        _ => 8,
    };

    public async Task MakeAsync(bool documents)
    {
        withDocuments = documents;
        var stage = Stage();
        var rank = Rank(stage);
        var today = clock.Today;

        // Registered early enough for the steps the stage needs (one to three days apart), never in the future.
        var span = stage switch { CaseState.Lead => 25, CaseState.Investigation => 80, _ => 300 };
        var registered = today.AddDays(-(5 + random.Next(span) + (rank >= 2 ? 40 : 0)));
        var (violation, fine, individual) = random.Next(10) switch
        {
            < 4 => ("EiaRegistrationNotFiled", 20_000m, random.Next(4) == 0),
            < 7 => ("AirEmissionExceedance", 150_000m, false),
            _ => ("WaterDischargeExceedance", 120_000m, false),
        };
        if (individual)
        {
            fine = 5_000m;
        }

        var pair = TwoOfficers();
        var lead = pair[0].Actor;
        var c = PenaltyCase.RegisterLead(lead, clock, new LeadData(organisation.Id, Source(), registered,
            ViolationCatalogue.Default.Violations.First(v => v.Code == violation).Name, violation, registered.AddDays(-random.Next(1, 20)),
            individual ? Person() : Company()));
        db.Cases.Add(c);
        var w = Stopwatch.StartNew();
        await db.SaveChangesAsync(); // the case's key, for its numbers, documents and audit entries
        Timings.Insert += w.Elapsed;
        Audit(c);
        await DocumentsAsync(c);

        var day = registered;
        DateOnly Next() => day = Min(day.AddDays(random.Next(1, 3)), today);
        var ids = pair.Select(o => o.Officer.UserId).ToList();

        if (rank >= 1)
        {
            await StepAsync(c, () => c.RequestFiling(lead, clock, new FilingRequestData(day, "初步核查发现涉嫌环境违法行为，建议立案调查。")));
            var filed = Next();
            var number = await NumberAsync(c, DocumentType.Filing, filed);
            // New rows per case: an entity instance belongs to one case only.
            await StepAsync(c, () => c.File(head, clock, new FilingData(filed, number, [.. pair.Select(o => new CaseOfficer(
                o.Officer.UserId, o.Officer.Name, o.Officer.CertificateNumber, o.Officer.CertificateValidFrom, o.Officer.CertificateValidTo))])));
            var collected = Next();
            await StepAsync(c, () => c.AddEvidence(lead, clock, new EvidenceData(EvidenceKind.InspectionRecord, "现场检查笔录及照片", collected, "厂区", ids, null)));
            await StepAsync(c, () => c.AddEvidence(lead, clock, new EvidenceData(EvidenceKind.PartyStatement, "调查询问笔录", collected, "询问室", ids, null)));
            await StepAsync(c, () => c.RecordInvestigation(lead, clock, new InvestigationRecordData(InvestigationRecordKind.Inspection, collected, "厂区", ids, "现场检查。")));
        }

        if (rank >= 2)
        {
            var submitted = Next();
            await StepAsync(c, () => c.SubmitForReview(lead, clock, new ReviewSubmissionData(submitted, "调查终结报告。", c.Cause, c.ViolationCode, c.ActDate,
                new ProposedPenalty(fine, Sanctions.None, false))));
        }

        if (rank >= 3)
        {
            var reviewed = Next();
            await StepAsync(c, () => c.CompleteCaseReview(reviewer, clock, new CaseReviewData(reviewed, Passing(), "同意。")));
            var issued = Next();
            var number = await NumberAsync(c, DocumentType.PenaltyNotice, issued);
            await StepAsync(c, () => c.IssueNotice(reviewer, clock, new NoticeData(number, issued)));
            var served = Next();
            await StepAsync(c, () => c.RecordNoticeService(lead, clock, new NoticeServiceData(ServiceMethod.Direct, served, Handed(c, ids))));
        }

        if (rank >= 4)
        {
            var waived = Next();
            await StepAsync(c, () => c.RecordStatement(lead, clock, new StatementData(waived, "当事人书面表示放弃陈述、申辩和听证的权利。", true, true)));
            await StepAsync(c, () => c.CloseStatementPeriod(reviewer, clock, new StatementPeriodClosureData(waived, "当事人放弃陈述申辩，无需复核。")));
        }

        if (rank >= 5)
        {
            var reviewed = Next();
            if (c.DiscussionRequired(clock.Rules))
            {
                await StepAsync(c, () => c.RequireDiscussion(reviewer, clock, new LegalReviewData(reviewed, "事实清楚，证据确凿，程序合法；拟罚款数额较大，提请集体讨论。")));
                var held = Next();
                await StepAsync(c, () => c.ConcludeDiscussion(head, clock, new DiscussionData(held, ["局长", "分管副局长", "法制审核人员", "案件承办人"], "同意按拟处罚意见作出决定。")));
            }
            else
            {
                await StepAsync(c, () => c.PassLegalReview(reviewer, clock, new LegalReviewData(reviewed, "事实清楚，证据确凿，程序合法，裁量适当。")));
            }
        }

        if (rank >= 6)
        {
            var decided = Next();
            var number = await NumberAsync(c, DocumentType.PenaltyDecision, decided);
            await StepAsync(c, () => c.Decide(head, clock, new DecisionData(number, decided, fine, Sanctions.None)));
            var published = Next();
            await StepAsync(c, () => c.RecordPublication(lead, clock, new PublicationData(published, "博兴县人民政府门户网站", null)));
        }

        if (rank >= 7)
        {
            var served = Next();
            await StepAsync(c, () => c.Serve(lead, clock, new ServiceData(ServiceMethod.Direct, served, Handed(c, ids))));
        }

        if (rank >= 8)
        {
            var paid = Next();
            await StepAsync(c, () => c.RecordPayment(lead, clock, new PaymentData(paid, fine, $"非税收入缴款书 {random.Next(10_000_000, 99_999_999)}")));
            var closed = Next();
            await StepAsync(c, () => c.Close(head, clock, new ClosureData(closed, ClosureGround.PerformedInFull, "罚款已全部缴纳。")));
        }

        await NextDeadline.StoreAsync(db, c, clock, default);

        // Saved (still inside the batch's transaction) and forgotten, so the change tracker stays one case small.
        var w2 = Stopwatch.StartNew();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        Timings.BatchSave += w2.Elapsed;
    }

    private CaseState Stage()
    {
        var roll = random.Next(1000);
        foreach (var (stage, perMille) in Spread)
        {
            if ((roll -= perMille) < 0)
            {
                return stage;
            }
        }

        return CaseState.Closed;
    }

    private (Actor Actor, CaseOfficer Officer)[] TwoOfficers()
    {
        var first = random.Next(officers.Count);
        var second = (first + 1 + random.Next(officers.Count - 1)) % officers.Count;
        return [officers[first], officers[second]];
    }

    private string Source() => random.Next(4) switch { 0 => "群众举报", 1 => "在线监控", 2 => "日常巡查", _ => "上级交办" };

    private Party Company()
    {
        var brand = $"{NameCharacters[random.Next(NameCharacters.Length)]}{NameCharacters[random.Next(NameCharacters.Length)]}";
        var name = $"{Towns[random.Next(Towns.Length)]}{brand}{Industries[random.Next(Industries.Length)]}{(random.Next(5) == 0 ? "股份有限公司" : "有限公司")}";
        return new Party(PartyKind.Organisation, name, CreditCode(), "滨州市博兴县工业园", $"{Surnames[random.Next(Surnames.Length)]}某");
    }

    private Party Person()
    {
        var name = $"{Surnames[random.Next(Surnames.Length)]}{NameCharacters[random.Next(NameCharacters.Length)]}{NameCharacters[random.Next(NameCharacters.Length)]}";
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(15_000));
        var first17 = $"371625{birth:yyyyMMdd}{random.Next(1000):000}";
        return new Party(PartyKind.Individual, name, first17 + ResidentIdNumber.CheckCharacter(first17), "滨州市博兴县", null);
    }

    private string CreditCode() => CreditCodes.Next(random);

    private ServiceDetails Handed(PenaltyCase c, IReadOnlyList<string> servers) => new()
    {
        Recipient = c.Party.LegalRepresentative ?? c.Party.Name,
        Relation = c.Party.Kind == PartyKind.Organisation ? RecipientRelation.LegalRepresentative : RecipientRelation.Self,
        Place = c.Party.Address,
        Time = new TimeOnly(10, 0),
        ServerUserIds = servers,
    };

    private static ReviewChecklist Passing()
    {
        var ok = new ReviewItem(true, "符合");
        return new ReviewChecklist(ok, ok, ok, ok, ok, ok, ok);
    }

    private async Task<string> NumberAsync(PenaltyCase c, DocumentType type, DateOnly issuedOn)
    {
        using var _ = new Timed(t => Timings.Numbers += t);
        var issued = await numbers.AllocateAsync(organisation, type, issuedOn.Year, c.Id);
        stepNumbers[type] = issued.Text;
        return issued.Text;
    }

    private async Task StepAsync(PenaltyCase c, Action intent)
    {
        var before = c.State;
        var w = Stopwatch.StartNew();
        intent();
        Timings.Steps += w.Elapsed;
        Audit(c, before);
        await DocumentsAsync(c);
        stepNumbers.Clear();
    }

    // The entry the step runner writes for a step (CaseStepRunner), by the user who did it.
    private void Audit(PenaltyCase c, CaseState? before = null)
    {
        var last = c.History[^1];
        audit.Append(last.UserId, last.Trigger.ToChinese(), c.Id,
            $"{last.Summary}（{(before ?? c.State).ToChinese()} → {c.State.ToChinese()}）", (before ?? c.State).ToString(), c.State.ToString(), stateAfter: c);
    }

    private async Task DocumentsAsync(PenaltyCase c)
    {
        if (withDocuments)
        {
            // The documents are issued as the step runner issues them, by the user who did the step.
            var context = new CaseContext(new Actor(c.History[^1].UserId, "", new HashSet<CaseRole>()), clock, organisation);
            await runner.IssuePlannedDocumentsAsync(c.History[^1].Trigger, c, context, stepNumbers, CancellationToken.None);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>Command-line options of the seed and load commands.</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

internal static class Timings
{
    public static TimeSpan Insert;
    public static TimeSpan Steps;
    public static TimeSpan Numbers;
    public static TimeSpan BatchSave;
}

internal sealed class Timed(Action<TimeSpan> add) : IDisposable
{
    private readonly Stopwatch watch = Stopwatch.StartNew();

    public void Dispose() => add(watch.Elapsed);
}
