using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using CaseManagement.Web.Persistence.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// Sample cases for the demo organisation, driven through the aggregate's intent methods as the demo users
/// (so every guard holds): one per stage from 案源登记 to 结案, among them a 未批先建 case whose act
/// (2025-05-10) predates the 生态环境法典, with an evidenced total investment of ¥8,500,000, so that the
/// 从旧兼从轻 comparison has something to compare. Dates are counted back from today. Runs only when demo
/// seeding is on (<c>Seed:Demo</c>, and <c>Seed:DemoCases</c> not false) and there are no cases yet.
/// Every step issues the documents it issues in real use (<see cref="Documents.CaseDocumentPlan"/>) through the step
/// runner's own issuing code, so a demo case's document list is the one a case done through the app has.
/// </summary>
public sealed class DemoCases(
    CaseDbContext db, IServiceProvider services, AuditLog audit, HolidayCalendarProvider holidays, TimeProvider time,
    IConfiguration configuration, ILogger<DemoCases> logger)
{
    public static readonly DateOnly UnapprovedConstructionAct = new(2025, 5, 10);

    private CaseDbContext Db => db;

    private AuditLog Audit => audit;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (string.Equals(configuration["Seed:DemoCases"], "false", StringComparison.OrdinalIgnoreCase) || await db.Cases.AnyAsync(ct))
        {
            return;
        }

        var organisation = await db.Organisations.OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisation!.Id).ToListAsync(ct);
        var profiles = await db.OfficerProfiles.AsNoTracking().ToListAsync(ct);
        Actor? Find(string userName, CaseRole role) => users.FirstOrDefault(u => u.UserName == userName) is { } u
            ? new Actor(u.Id, u.DisplayName, new HashSet<CaseRole> { role })
            : null;
        var cast = new Cast(
            Find("zhangsan", CaseRole.Officer), Find("lisi", CaseRole.Officer), Find("wangwu", CaseRole.LegalReviewer), Find("zhaoliu", CaseRole.Head));
        if (organisation is null || cast.Officer1 is null || cast.Officer2 is null || cast.Reviewer is null || cast.Head is null)
        {
            return;
        }

        var clock = CaseContextFactory.ClockFor(time, await holidays.GetCalendarAsync(ct), organisation.ToRules());
        CaseOfficer Officer(Actor a)
        {
            var p = profiles.Single(x => x.UserId == a.UserId);
            return new CaseOfficer(a.UserId, a.Name, p.CertificateNumber ?? "", p.CertificateValidFrom ?? DateOnly.MinValue, p.CertificateValidTo ?? DateOnly.MaxValue);
        }

        // Resolved only when there is something to seed: the runner's case context builds the legal calendar,
        // which a start on a database that already has cases does not need.
        var runner = services.GetRequiredService<CaseStepRunner>();
        var demo = new Demo(this, runner, cast, clock, organisation.Id, [Officer(cast.Officer1), Officer(cast.Officer2)], ct);
        await demo.LeadAsync();
        await demo.InvestigationAsync();
        await demo.UnapprovedConstructionNotifiedAsync();
        await demo.ExecutingAsync();
        await demo.ClosedAsync();
        logger.LogInformation("Seeded demo cases for {Organisation}", organisation.Name);
    }

    private sealed record Cast(Actor? Officer1, Actor? Officer2, Actor? Reviewer, Actor? Head);

    private sealed class Demo(DemoCases seed, CaseStepRunner runner, Cast cast, CaseClock clock, int organisationId, IReadOnlyList<CaseOfficer> officers, CancellationToken ct)
    {
        // The 文号 allocated by the step being run (what CaseStep.Numbers holds for a step through the runner).
        private readonly Dictionary<DocumentType, string> stepNumbers = [];

        private Actor O1 => cast.Officer1!;

        private Actor R => cast.Reviewer!;

        private Actor H => cast.Head!;

        private DateOnly Today => clock.Today;

        // 直接送达 by the two case officers to the party's representative at its address (民事诉讼法第八十八条).
        private ServiceDetails Handed(PenaltyCase c, string recipient) => new()
        {
            Recipient = recipient,
            Relation = c.Party.Kind == PartyKind.Organisation ? RecipientRelation.LegalRepresentative : RecipientRelation.Self,
            Place = c.Party.Address,
            Time = new TimeOnly(10, 0),
            ServerUserIds = Ids,
        };

        public Task LeadAsync() =>
            SaveAsync(Register("群众举报", Today.AddDays(-2), "超标排放水污染物", "WaterDischargeExceedance", Today.AddDays(-5),
                new Party(PartyKind.Organisation, "博兴县某印染有限公司", "91371625MA3C5X7J0E", "博兴县湖滨镇工业园", "王某")), _ => Task.CompletedTask);

        public Task InvestigationAsync()
        {
            var start = Today.AddDays(-20);
            return SaveAsync(Register("在线监控", start, "超标排放大气污染物", "AirEmissionExceedance", start.AddDays(-1),
                new Party(PartyKind.Organisation, "博兴县某化工有限公司", "91371625MA3C6K2X36", "博兴县经济开发区", "李某")), async c =>
            {
                await FileAsync(c, start, start.AddDays(2));
                await Step(c, () => c.AddEvidence(O1, clock, new EvidenceData(EvidenceKind.Electronic, "在线监测数据（颗粒物小时均值）", start.AddDays(3), "厂区排放口", Ids, null)));
                await Step(c, () => c.RecordInvestigation(O1, clock, new InvestigationRecordData(InvestigationRecordKind.Inspection, start.AddDays(3), "厂区", Ids, "现场检查，治污设施未正常运行。")));
            });
        }

        /// <summary>未批先建 (seed report item 20): the act predates 2026-08-15, so 环境影响评价法第三十一条 (1%–5% of the total investment) is compared with 法典第一千零九十五条.</summary>
        public Task UnapprovedConstructionNotifiedAsync()
        {
            var start = Today.AddDays(-60);
            return SaveAsync(Register("日常巡查", start, "建设项目环境影响报告书未经批准擅自开工建设", PenaltyCase.EiaUnapprovedConstruction, UnapprovedConstructionAct,
                new Party(PartyKind.Organisation, "博兴县某新材料有限公司", "91371625MA3C7B8D98", "博兴县店子镇", "张某")), async c =>
            {
                await FileAsync(c, start, start.AddDays(2));
                var collected = start.AddDays(4);
                await Step(c, () => c.AddEvidence(O1, clock, new EvidenceData(EvidenceKind.PartyStatement, "调查询问笔录（项目负责人）", collected, "博兴县生态环境分局询问室", Ids, null)));
                await Step(c, () => c.AddEvidence(O1, clock, new EvidenceData(EvidenceKind.Documentary, "项目投资合同及付款凭证", collected, "建设单位", Ids, null)));
                await Step(c, () => c.RecordInvestigation(O1, clock, new InvestigationRecordData(InvestigationRecordKind.Interview, collected, "询问室", Ids,
                    "项目负责人陈述：项目于2025年5月10日开工建设，环境影响报告书未经审批；项目总投资850万元。")));
                await Step(c, () => c.RecordInvestmentFinding(O1, clock, new InvestmentFindingData(start.AddDays(5), 8_500_000m, InvestmentBasis.InterviewRecord, [1, 2])));
                await Step(c, () => c.SubmitForReview(O1, clock, new ReviewSubmissionData(start.AddDays(10), "经调查，当事人未依法报批建设项目环境影响报告书擅自开工建设，总投资850万元。",
                    c.Cause, c.ViolationCode, UnapprovedConstructionAct, new ProposedPenalty(170_000m, Sanctions.None, false),
                    // 报告书: 法典第一千零九十五条第一款 sets its tier by it, and it is compared under 从旧兼从轻.
                    new FineFindings(EiaDocumentType.Report))));
                await Step(c, () => c.CompleteCaseReview(R, clock, new CaseReviewData(start.AddDays(12), Passing(), "事实清楚，证据确凿，适用《环境影响评价法》第三十一条第一款（从旧兼从轻）。")));
                var issued = start.AddDays(13);
                await StepAsync(c, async () => c.IssueNotice(R, clock, new NoticeData(await NumberAsync(c, DocumentType.PenaltyNotice, issued), issued)));
                await Step(c, () => c.RecordNoticeService(O1, clock, new NoticeServiceData(ServiceMethod.Direct, start.AddDays(14), Handed(c, "张某"))));
            });
        }

        public Task ExecutingAsync()
        {
            var start = Today.AddDays(-45);
            return SaveAsync(Register("群众举报", start, "超标排放大气污染物", "AirEmissionExceedance", start.AddDays(-3),
                new Party(PartyKind.Organisation, "博兴县某铸造有限公司", "91371625MA3C8E4F3E", "博兴县曹王镇", "赵某")), async c =>
            {
                // 法典第一千一百零七条：处十万元以上一百万元以下的罚款; ≥ 100,000元 goes to 集体讨论 (行政处罚法第五十七条第二款).
                var decided = await DecideAsync(c, start, 150_000m);
                await PublishAsync(c, decided);
                await Step(c, () => c.Serve(O1, clock, new ServiceData(ServiceMethod.Direct, Today.AddDays(-3), Handed(c, "赵某"))));
            });
        }

        public Task ClosedAsync()
        {
            var start = Today.AddDays(-80);
            return SaveAsync(Register("日常巡查", start, "建设项目环境影响登记表未备案", "EiaRegistrationNotFiled", start.AddDays(-10),
                new Party(PartyKind.Organisation, "博兴县某食品有限公司", "91371625MA3C9G6H32", "博兴县乔庄镇", "钱某")), async c =>
            {
                var decided = await DecideAsync(c, start, 20_000m);
                await PublishAsync(c, decided);
                await Step(c, () => c.Serve(O1, clock, new ServiceData(ServiceMethod.Direct, decided.AddDays(1), Handed(c, "钱某"))));
                await Step(c, () => c.RecordPayment(O1, clock, new PaymentData(decided.AddDays(8), 20_000m, "非税收入缴款书 3716250001")));
                await Step(c, () => c.Close(H, clock, new ClosureData(decided.AddDays(10), ClosureGround.PerformedInFull, "罚款已全部缴纳。")));
            });
        }

        private IReadOnlyList<string> Ids => [.. officers.Select(o => o.UserId)];

        private PenaltyCase Register(string source, DateOnly on, string cause, string violation, DateOnly act, Party party) =>
            PenaltyCase.RegisterLead(O1, clock, new LeadData(organisationId, source, on, cause, violation, act, party));

        // 公示 within 7 working days of the decision (国办发〔2018〕118号), so the demo shows no false overdue.
        private Task PublishAsync(PenaltyCase c, DateOnly decided) =>
            Step(c, () => c.RecordPublication(O1, clock, new PublicationData(decided.AddDays(1), "博兴县人民政府门户网站", null)));

        private async Task FileAsync(PenaltyCase c, DateOnly requested, DateOnly filed)
        {
            await Step(c, () => c.RequestFiling(O1, clock, new FilingRequestData(requested, "初步核查发现涉嫌环境违法行为，建议立案调查。")));
            await StepAsync(c, async () => c.File(H, clock, new FilingData(filed, await NumberAsync(c, DocumentType.Filing, filed), officers)));
        }

        // File → investigate → review → notice → waiver → legal review (→ 集体讨论 where required) → decision; returns the decision day.
        private async Task<DateOnly> DecideAsync(PenaltyCase c, DateOnly start, decimal fine)
        {
            await FileAsync(c, start, start.AddDays(1));
            await Step(c, () => c.AddEvidence(O1, clock, new EvidenceData(EvidenceKind.InspectionRecord, "现场检查笔录及照片", start.AddDays(2), "厂区", Ids, null)));
            await Step(c, () => c.RecordInvestigation(O1, clock, new InvestigationRecordData(InvestigationRecordKind.Inspection, start.AddDays(2), "厂区", Ids, "现场检查。")));
            await Step(c, () => c.SubmitForReview(O1, clock, new ReviewSubmissionData(start.AddDays(5), "调查终结报告。", c.Cause, c.ViolationCode, c.ActDate,
                new ProposedPenalty(fine, Sanctions.None, false))));
            await Step(c, () => c.CompleteCaseReview(R, clock, new CaseReviewData(start.AddDays(6), Passing(), "同意。")));
            var issued = start.AddDays(7);
            await StepAsync(c, async () => c.IssueNotice(R, clock, new NoticeData(await NumberAsync(c, DocumentType.PenaltyNotice, issued), issued)));
            await Step(c, () => c.RecordNoticeService(O1, clock, new NoticeServiceData(ServiceMethod.Direct, start.AddDays(8), Handed(c, c.Party.LegalRepresentative ?? c.Party.Name))));
            await Step(c, () => c.RecordStatement(O1, clock, new StatementData(start.AddDays(9), "当事人书面表示放弃陈述、申辩和听证的权利。", true, true)));
            await Step(c, () => c.CloseStatementPeriod(R, clock, new StatementPeriodClosureData(start.AddDays(9), "当事人放弃陈述申辩，无需复核。")));
            if (c.DiscussionRequired(clock.Rules))
            {
                await Step(c, () => c.RequireDiscussion(R, clock, new LegalReviewData(start.AddDays(10), "事实清楚，证据确凿，程序合法，裁量适当；拟罚款数额较大，提请集体讨论。")));
                await Step(c, () => c.ConcludeDiscussion(H, clock, new DiscussionData(start.AddDays(11), ["局长", "分管副局长", "法制审核人员", "案件承办人"],
                    "经集体讨论，同意按拟处罚意见作出行政处罚决定。")));
            }
            else
            {
                await Step(c, () => c.PassLegalReview(R, clock, new LegalReviewData(start.AddDays(10), "事实清楚，证据确凿，程序合法，裁量适当。")));
            }

            var decided = start.AddDays(11);
            await StepAsync(c, async () => c.Decide(H, clock, new DecisionData(await NumberAsync(c, DocumentType.PenaltyDecision, decided), decided, fine, Sanctions.None)));
            return decided;
        }

        private static ReviewChecklist Passing()
        {
            var ok = new ReviewItem(true, "符合");
            return new ReviewChecklist(ok, ok, ok, ok, ok, ok, ok);
        }

        // The next number of the step's document, allocated in the case's transaction (as CaseStep.NumberAsync does).
        private async Task<string> NumberAsync(PenaltyCase c, DocumentType type, DateOnly issuedOn)
        {
            var number = await runner.NumberAsync(c, type, issuedOn, ct);
            stepNumbers[type] = number;
            return number;
        }

        private Task Step(PenaltyCase c, Action intent) => StepAsync(c, () =>
        {
            intent();
            return Task.CompletedTask;
        });

        // One step through the aggregate's intent method, then the documents that step issues.
        private async Task StepAsync(PenaltyCase c, Func<Task> intent)
        {
            stepNumbers.Clear();
            var events = c.History.Count;
            await intent();
            if (c.History.Count != events + 1)
            {
                throw new InvalidOperationException("A demo step must record exactly one case event.");
            }

            await IssueDocumentsAsync(c);
        }

        // The documents of the step just recorded, through the runner's own issuing code (CaseDocumentPlan):
        // the trigger and the user come from the event the domain recorded, so each document is issued by the
        // demo user who did the step, with the numbers the step allocated, and is audited under that user.
        // The documents print the step's dates, which the case records hold; IssuedAt is the seeding time,
        // when the row is in fact produced (the composition's fallback "today" is the seeding day too).
        private Task IssueDocumentsAsync(PenaltyCase c) =>
            runner.IssuePlannedDocumentsAsync(c.History[^1].Trigger, c, c.History[^1].UserId, stepNumbers, ct);

        // One transaction per case: the case is saved first (a document row needs the case's key), then its
        // steps with their numbers and documents, its next deadline and its audit entries.
        private async Task SaveAsync(PenaltyCase c, Func<PenaltyCase, Task> steps)
        {
            await using var transaction = await seed.Db.Database.BeginTransactionAsync(ct);
            seed.Db.Cases.Add(c);
            await seed.Db.SaveChangesAsync(ct);
            stepNumbers.Clear();
            await IssueDocumentsAsync(c);
            await steps(c);
            NextDeadline.Store(seed.Db, c, clock);
            seed.Audit.Append(null, "演示数据", c.Id, $"演示案件：{c.Party.Name}，{c.State.ToChinese()}");
            await seed.Db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }
}
