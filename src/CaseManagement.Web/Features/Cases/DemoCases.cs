using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Penalties;
using CaseManagement.Web.Audit;
using CaseManagement.Web.Numbering;
using CaseManagement.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// Sample cases for the demo organisation, driven through the aggregate's intent methods as the demo users
/// (so every guard holds): one per stage from 案源登记 to 结案, among them a 未批先建 case whose act
/// (2025-05-10) predates the 生态环境法典, with an evidenced total investment of ¥8,500,000, so that the
/// 从旧兼从轻 comparison has something to compare. Dates are counted back from today. Runs only when demo
/// seeding is on (<c>Seed:Demo</c>, and <c>Seed:DemoCases</c> not false) and there are no cases yet.
/// Every step goes through <see cref="CaseStepRunner"/>, as a step from the page or the API does (role check,
/// transaction, numbers, audit, the documents of <see cref="Documents.CaseDocumentPlan"/>, next deadline), so a
/// demo case is a case done through the app.
/// </summary>
public sealed class DemoCases(
    CaseDbContext db, IServiceProvider services, AuditLog audit, IConfiguration configuration, ILogger<DemoCases> logger)
{
    public static readonly DateOnly UnapprovedConstructionAct = new(2025, 5, 10);

    public async Task SeedAsync(CancellationToken ct)
    {
        if (string.Equals(configuration["Seed:DemoCases"], "false", StringComparison.OrdinalIgnoreCase) || await db.Cases.AnyAsync(ct))
        {
            return;
        }

        var organisation = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            return;
        }

        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisation.Id).ToListAsync(ct);
        var profiles = await db.OfficerProfiles.AsNoTracking().ToListAsync(ct);
        Actor? Find(string userName, CaseRole role) => users.FirstOrDefault(u => u.UserName == userName) is { } u
            ? new Actor(u.Id, u.DisplayName, new HashSet<CaseRole> { role })
            {
                LegallyQualified = profiles.FirstOrDefault(p => p.UserId == u.Id)?.HasLegalQualification ?? false,
                LegalReviewSince = profiles.FirstOrDefault(p => p.UserId == u.Id)?.LegalReviewSince,
            }
            : null;
        var cast = new Cast(
            Find("zhangsan", CaseRole.Officer), Find("lisi", CaseRole.Officer), Find("wangwu", CaseRole.LegalReviewer), Find("zhaoliu", CaseRole.Head));
        if (cast.Officer1 is null || cast.Officer2 is null || cast.Reviewer is null || cast.Head is null)
        {
            return;
        }

        // Resolved only when there is something to seed: the case context builds the legal calendar,
        // which a start on a database that already has cases does not need.
        var contexts = services.GetRequiredService<CaseContextFactory>();
        var runner = services.GetRequiredService<CaseStepRunner>();
        var demo = new Demo(runner, audit, db, cast, a => contexts.For(a, organisation), [.. new[] { cast.Officer1, cast.Officer2 }.Select(a =>
        {
            var p = profiles.Single(x => x.UserId == a.UserId);
            return new OfficerCertificate(a.UserId, a.Name, p.CertificateNumber ?? "", p.CertificateValidFrom ?? DateOnly.MinValue, p.CertificateValidTo ?? DateOnly.MaxValue);
        })], ct);
        await demo.LeadAsync();
        await demo.InvestigationAsync();
        await demo.UnapprovedConstructionNotifiedAsync();
        await demo.ExecutingAsync();
        await demo.ClosedAsync();
        logger.LogInformation("Seeded demo cases for {Organisation}", organisation.Name);
    }

    private sealed record Cast(Actor? Officer1, Actor? Officer2, Actor? Reviewer, Actor? Head);

    private sealed record OfficerCertificate(string UserId, string Name, string Number, DateOnly ValidFrom, DateOnly ValidTo);

    private sealed class Demo(
        CaseStepRunner runner, AuditLog audit, CaseDbContext db, Cast cast, Func<Actor, CaseContext> contextOf,
        IReadOnlyList<OfficerCertificate> certificates, CancellationToken ct)
    {
        private Actor O1 => cast.Officer1!;

        private Actor R => cast.Reviewer!;

        private Actor H => cast.Head!;

        private DateOnly Today => contextOf(O1).Clock.Today;

        // 承办机构负责人 (执法大队大队长) who gives the department's opinion on the approval forms.
        private const string DepartmentHead = "刘建国";

        private IReadOnlyList<string> Ids => [.. certificates.Select(o => o.UserId)];

        // 直接送达 by the two case officers to the party's representative at its address (民事诉讼法第八十八条).
        private ServiceDetails Handed(PenaltyCase c, string recipient) => new()
        {
            Recipient = recipient,
            Relation = c.Party.Kind == PartyKind.Organisation ? RecipientRelation.LegalRepresentative : RecipientRelation.Self,
            Place = c.Party.Address,
            Time = new TimeOnly(10, 0),
            ServerUserIds = Ids,
        };

        public async Task LeadAsync() =>
            await RegisterAsync("群众举报", Today.AddDays(-2), "超标排放水污染物", "WaterDischargeExceedance", Today.AddDays(-5),
                new Party(PartyKind.Organisation, "博兴县某印染有限公司", "91371625MA3C5X7J0E", "博兴县湖滨镇工业园", "王某"));

        public async Task InvestigationAsync()
        {
            var start = Today.AddDays(-20);
            var c = await RegisterAsync("在线监控", start, "超标排放大气污染物", "AirEmissionExceedance", start.AddDays(-1),
                new Party(PartyKind.Organisation, "博兴县某化工有限公司", "91371625MA3C6K2X36", "博兴县经济开发区", "李某"));
            await FileAsync(c, start, start.AddDays(2));
            await Step(O1, c, CaseTrigger.AddEvidence, s => c.AddEvidence(s.Actor, s.Clock,
                new EvidenceData(EvidenceKind.Electronic, "在线监测数据（颗粒物小时均值）", start.AddDays(3), "厂区排放口", Ids, null)
                {
                    Source = "污染源自动监控平台导出",
                    Proves = "1号排气筒颗粒物小时均值连续超过排放标准",
                }));
            await Step(O1, c, CaseTrigger.RecordInvestigation, s => c.RecordInvestigation(s.Actor, s.Clock,
                new InvestigationRecordData(InvestigationRecordKind.Inspection, start.AddDays(3), "厂区", Ids, "现场检查，治污设施未正常运行。",
                    new RecordCircumstances(new TimeOnly(9, 10), new TimeOnly(10, 25), "李某（法定代表人）、孙某（环保管理员）", null, null, null))
                {
                    Representative = "李某（法定代表人）",
                }));
        }

        /// <summary>未批先建 (seed report item 20): the act predates 2026-08-15, so 环境影响评价法第三十一条 (1%–5% of the total investment) is compared with 法典第一千零九十五条.</summary>
        public async Task UnapprovedConstructionNotifiedAsync()
        {
            var start = Today.AddDays(-60);
            var c = await RegisterAsync("日常巡查", start, "建设项目环境影响报告书未经批准擅自开工建设", PenaltyCase.EiaUnapprovedConstruction, UnapprovedConstructionAct,
                new Party(PartyKind.Organisation, "博兴县某新材料有限公司", "91371625MA3C7B8D98", "博兴县店子镇", "张某"));
            await FileAsync(c, start, start.AddDays(2));
            var collected = start.AddDays(4);
            await Step(O1, c, CaseTrigger.AddEvidence, s => c.AddEvidence(s.Actor, s.Clock,
                new EvidenceData(EvidenceKind.PartyStatement, "调查询问笔录（项目负责人）", collected, "博兴县生态环境分局询问室", Ids, null)
                {
                    Proves = "项目于2025年5月10日开工建设，环境影响报告书未经审批",
                }));
            await Step(O1, c, CaseTrigger.AddEvidence, s => c.AddEvidence(s.Actor, s.Clock,
                new EvidenceData(EvidenceKind.Documentary, "项目投资合同及付款凭证", collected, "建设单位", Ids, null)
                {
                    Source = "当事人提供，经核对原件",
                    Proves = "项目总投资为850万元",
                }));
            await Step(O1, c, CaseTrigger.RecordInvestigation, s => c.RecordInvestigation(s.Actor, s.Clock, new InvestigationRecordData(InvestigationRecordKind.Interview, collected, "询问室", Ids,
                "项目负责人陈述：项目于2025年5月10日开工建设，环境影响报告书未经审批；项目总投资850万元。",
                new RecordCircumstances(new TimeOnly(14, 30), new TimeOnly(15, 45), "陈某（项目负责人）", null, null, null))
            {
                Representative = "陈某（项目负责人）",
            }));
            await Step(O1, c, CaseTrigger.RecordInvestmentFinding, s => c.RecordInvestmentFinding(s.Actor, s.Clock,
                new InvestmentFindingData(start.AddDays(5), 8_500_000m, InvestmentBasis.InterviewRecord, [1, 2])));
            await Step(O1, c, CaseTrigger.SubmitForReview, s => c.SubmitForReview(s.Actor, s.Clock, new ReviewSubmissionData(start.AddDays(10),
                "经调查，当事人未依法报批建设项目环境影响报告书擅自开工建设，总投资850万元。",
                c.Cause, c.ViolationCode, UnapprovedConstructionAct,
                new ProposedPenalty(170_000m, Sanctions.None, false)
                {
                    DiscretionFactors = [new(DiscretionFactor.Harm, 1), new(DiscretionFactor.Fault, 2), new(DiscretionFactor.History, 1), new(DiscretionFactor.Correction, 2)],
                    DiscretionReasons = "项目尚未投入生产，未发现污染后果",
                },
                // 报告书: 法典第一千零九十五条第一款 sets its tier by it, and it is compared under 从旧兼从轻.
                new FineFindings(EiaDocumentType.Report))
            {
                Facts = $"{c.Party.Name}建设的新材料项目应当编制环境影响报告书，未依法报批即于2025年5月10日开工建设，至检查时主体厂房已建成，项目总投资850万元。",
            }));
            await Step(R, c, CaseTrigger.CompleteCaseReview, s => c.CompleteCaseReview(s.Actor, s.Clock,
                new CaseReviewData(start.AddDays(12), Passing(), "事实清楚，证据确凿，适用《环境影响评价法》第三十一条第一款（从旧兼从轻）。")));
            var issued = start.AddDays(13);
            await StepAsync(R, c, CaseTrigger.IssueNotice, async s =>
                c.IssueNotice(s.Actor, s.Clock, new NoticeData(await s.NumberAsync(DocumentType.PenaltyNotice, issued), issued)));
            await Step(O1, c, CaseTrigger.RecordNoticeService, s => c.RecordNoticeService(s.Actor, s.Clock,
                new NoticeServiceData(ServiceMethod.Direct, start.AddDays(14), Handed(c, "张某"))));
        }

        public async Task ExecutingAsync()
        {
            var start = Today.AddDays(-45);
            var c = await RegisterAsync("群众举报", start, "超标排放大气污染物", "AirEmissionExceedance", start.AddDays(-3),
                new Party(PartyKind.Organisation, "博兴县某铸造有限公司", "91371625MA3C8E4F3E", "博兴县曹王镇", "赵某"));

            // 法典第一千一百零七条：处十万元以上一百万元以下的罚款; ≥ 100,000元 goes to 集体讨论 (行政处罚法第五十七条第二款).
            var decided = await DecideAsync(c, start, 150_000m);
            await PublishAsync(c, decided);
            await Step(O1, c, CaseTrigger.Serve, s => c.Serve(s.Actor, s.Clock, new ServiceData(ServiceMethod.Direct, Today.AddDays(-3), Handed(c, "赵某"))));
        }

        public async Task ClosedAsync()
        {
            var start = Today.AddDays(-80);
            var c = await RegisterAsync("日常巡查", start, "建设项目环境影响登记表未备案", "EiaRegistrationNotFiled", start.AddDays(-10),
                new Party(PartyKind.Organisation, "博兴县某食品有限公司", "91371625MA3C9G6H32", "博兴县乔庄镇", "钱某"));
            var decided = await DecideAsync(c, start, 20_000m);
            await PublishAsync(c, decided);
            await Step(O1, c, CaseTrigger.Serve, s => c.Serve(s.Actor, s.Clock, new ServiceData(ServiceMethod.Direct, decided.AddDays(1), Handed(c, "钱某"))));
            await Step(O1, c, CaseTrigger.RecordPayment, s => c.RecordPayment(s.Actor, s.Clock, new PaymentData(decided.AddDays(8), 20_000m, "非税收入缴款书 3716250001")));
            var closedOn = decided.AddDays(10);
            await Step(H, c, CaseTrigger.Close, s => c.Close(s.Actor, s.Clock, new ClosureData(closedOn, ClosureGround.PerformedInFull, "罚款已全部缴纳。")
            {
                Opinions = new ClosureOpinions("当事人已全额缴纳罚款，处罚决定执行完毕，建议结案。", O1.Name, closedOn.AddDays(-1),
                    "同意承办人意见。", DepartmentHead, "同意结案，按规定归档。"),
            }));
        }

        // 案源登记 through the runner's registration, then the audit line that marks the case as demo data.
        private async Task<PenaltyCase> RegisterAsync(string source, DateOnly on, string cause, string violation, DateOnly act, Party party)
        {
            var context = contextOf(O1);
            var c = PenaltyCase.RegisterLead(context.Actor, context.Clock, new LeadData(context.OrganisationId, source, on, cause, violation, act, party));
            await runner.RegisterAsync(context, c, ct);
            audit.Append(null, "演示数据", c.Id, $"演示案件：{c.Party.Name}");
            await db.SaveChangesAsync(ct);
            return c;
        }

        // 公示 within 7 working days of the decision (国办发〔2018〕118号), so the demo shows no false overdue.
        private Task PublishAsync(PenaltyCase c, DateOnly decided) =>
            Step(O1, c, CaseTrigger.RecordPublication, s => c.RecordPublication(s.Actor, s.Clock, new PublicationData(decided.AddDays(1), "博兴县人民政府门户网站", null)));

        private async Task FileAsync(PenaltyCase c, DateOnly requested, DateOnly filed)
        {
            await Step(O1, c, CaseTrigger.RequestFiling, s => c.RequestFiling(s.Actor, s.Clock,
                new FilingRequestData(requested, "初步核查发现涉嫌环境违法行为，建议立案调查。")
                {
                    DepartmentOpinion = "经初步核查，违法事实基本清楚，属本局管辖，建议立案调查。",
                    DepartmentHead = DepartmentHead,
                }));

            // Each case gets its own officer records: one shared list would leave them on the last case only.
            await StepAsync(H, c, CaseTrigger.File, async s => c.File(s.Actor, s.Clock, new FilingData(filed, await s.NumberAsync(DocumentType.Filing, filed),
                [.. certificates.Select(o => new CaseOfficer(o.UserId, o.Name, o.Number, o.ValidFrom, o.ValidTo))])
            {
                Opinion = $"同意立案，由{string.Join("、", certificates.Select(o => o.Name))}承办。",
            }));
        }

        // File → investigate → review → notice → waiver → legal review (→ 集体讨论 where required) → decision; returns the decision day.
        private async Task<DateOnly> DecideAsync(PenaltyCase c, DateOnly start, decimal fine)
        {
            await FileAsync(c, start, start.AddDays(1));
            var (finding, proves, facts) = c.ViolationCode == "EiaRegistrationNotFiled"
                ? ("项目已建成投产，未在建设项目环境影响登记表备案系统备案。", "项目已建成投产而未办理环境影响登记表备案",
                    $"{c.Party.Name}建设的项目应当填报环境影响登记表并备案，未依法备案即建成投入生产，至检查时仍未备案。")
                : ("废气处理设施未运行，1号排气筒排放口有明显烟尘，企业当场调取的自动监测数据显示颗粒物浓度超标。", "治污设施未正常运行、颗粒物超标排放",
                    $"{c.Party.Name}1号排气筒颗粒物排放浓度超过《大气污染物综合排放标准》规定的排放限值，超标排放大气污染物。");
            var representative = $"{c.Party.LegalRepresentative ?? c.Party.Name}（法定代表人）";
            await Step(O1, c, CaseTrigger.AddEvidence, s => c.AddEvidence(s.Actor, s.Clock,
                new EvidenceData(EvidenceKind.InspectionRecord, "现场检查笔录及照片", start.AddDays(2), "厂区", Ids, null) { Proves = proves }));
            await Step(O1, c, CaseTrigger.RecordInvestigation, s => c.RecordInvestigation(s.Actor, s.Clock,
                new InvestigationRecordData(InvestigationRecordKind.Inspection, start.AddDays(2), "厂区", Ids, finding,
                    new RecordCircumstances(new TimeOnly(9, 30), new TimeOnly(10, 50), $"{representative}、周某（生产主管）", null, null, null))
                {
                    Representative = representative,
                }));
            await Step(O1, c, CaseTrigger.SubmitForReview, s => c.SubmitForReview(s.Actor, s.Clock,
                new ReviewSubmissionData(start.AddDays(5), $"经调查，{facts}建议按拟处罚意见处罚。", c.Cause, c.ViolationCode, c.ActDate,
                    new ProposedPenalty(fine, Sanctions.None, false)
                    {
                        DiscretionFactors = [new(DiscretionFactor.Harm, 2), new(DiscretionFactor.Fault, 1), new(DiscretionFactor.History, 1), new(DiscretionFactor.Correction, 1)],
                        DiscretionReasons = "检查后当即停产整改",
                    })
                {
                    Facts = facts,
                }));
            await Step(R, c, CaseTrigger.CompleteCaseReview, s => c.CompleteCaseReview(s.Actor, s.Clock, new CaseReviewData(start.AddDays(6), Passing(), "同意。")));
            var issued = start.AddDays(7);
            await StepAsync(R, c, CaseTrigger.IssueNotice, async s =>
                c.IssueNotice(s.Actor, s.Clock, new NoticeData(await s.NumberAsync(DocumentType.PenaltyNotice, issued), issued)));
            await Step(O1, c, CaseTrigger.RecordNoticeService, s => c.RecordNoticeService(s.Actor, s.Clock,
                new NoticeServiceData(ServiceMethod.Direct, start.AddDays(8), Handed(c, c.Party.LegalRepresentative ?? c.Party.Name))));
            await Step(O1, c, CaseTrigger.RecordStatement, s => c.RecordStatement(s.Actor, s.Clock,
                new StatementData(start.AddDays(9), "当事人书面表示放弃陈述、申辩和听证的权利。", true, true)));
            await Step(R, c, CaseTrigger.CloseStatementPeriod, s => c.CloseStatementPeriod(s.Actor, s.Clock,
                new StatementPeriodClosureData(start.AddDays(9), "当事人放弃陈述申辩，无需复核。")));
            if (c.DiscussionRequired(contextOf(R).Clock.Rules))
            {
                await Step(R, c, CaseTrigger.RequireDiscussion, s => c.RequireDiscussion(s.Actor, s.Clock,
                    new LegalReviewData(start.AddDays(10), "事实清楚，证据确凿，程序合法，裁量适当；拟罚款数额较大，提请集体讨论。") { Checklist = LegalChecklist() }));
                await Step(H, c, CaseTrigger.ConcludeDiscussion, s => c.ConcludeDiscussion(s.Actor, s.Clock, new DiscussionData(start.AddDays(11),
                    [$"{H.Name}（局长）", "刘副局长", $"{R.Name}（法制审核）", $"{O1.Name}（承办人）"], "经集体讨论，同意按拟处罚意见作出行政处罚决定。")
                {
                    Place = "本局三楼会议室",
                    StartTime = new TimeOnly(15, 0),
                    EndTime = new TimeOnly(16, 0),
                    Chair = H.Name,
                    Recorder = "孙七",
                    Speeches =
                    [
                        new(O1.Name, "汇报案件事实、证据和拟处罚意见。"),
                        new(R.Name, "事实清楚，证据确凿，程序合法，适用依据正确，拟罚款数额在法定幅度内。"),
                        new("刘副局长", "同意拟处罚意见。"),
                        new(H.Name, "同意按拟处罚意见作出处罚决定，并督促当事人按期缴纳。"),
                    ],
                }));
            }
            else
            {
                await Step(R, c, CaseTrigger.PassLegalReview, s => c.PassLegalReview(s.Actor, s.Clock,
                    new LegalReviewData(start.AddDays(10), "事实清楚，证据确凿，程序合法，裁量适当。") { Checklist = LegalChecklist() }));
            }

            var decided = start.AddDays(11);
            await StepAsync(H, c, CaseTrigger.Decide, async s =>
                c.Decide(s.Actor, s.Clock, new DecisionData(await s.NumberAsync(DocumentType.PenaltyDecision, decided), decided, fine, Sanctions.None)));
            return decided;
        }

        // 法制审核 (行政处罚法第五十八条): the reviewer's own nine items, each with what was checked.
        private static LegalReviewChecklist LegalChecklist() => new(
            new(true, "本局为适格执法主体"), new(true, "属本局地域和事务管辖"), new(true, "立案、调查、告知、送达程序合法"),
            new(true, "违法事实清楚"), new(true, "证据确凿，相互印证"), new(true, "定性准确"), new(true, "适用依据正确"),
            new(true, "罚款在法定幅度内，裁量理由充分"), new(true, "文书齐全、规范"));

        private static ReviewChecklist Passing()
        {
            var ok = new ReviewItem(true, "符合");
            return new ReviewChecklist(ok, ok, ok, ok, ok, ok, ok);
        }

        private Task Step(Actor actor, PenaltyCase c, CaseTrigger trigger, Action<CaseStep> intent) =>
            StepAsync(actor, c, trigger, CaseStepRunner.Sync(intent));

        // One step as the demo user, through the same runner as the page and the API.
        private Task StepAsync(Actor actor, PenaltyCase c, CaseTrigger trigger, Func<CaseStep, Task> intent) =>
            runner.ApplyAsync(contextOf(actor), c.Id, c.Version, trigger, intent, ct);
    }
}
