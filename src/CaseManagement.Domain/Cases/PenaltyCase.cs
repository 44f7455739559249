using System.Globalization;
using CaseManagement.Domain.Calendar;

namespace CaseManagement.Domain.Cases;

/// <summary>
/// An administrative penalty case (行政处罚案件) from the lead to the archived file. Every change goes through
/// an intent method named after its trigger; the private state machine (PenaltyCase.Lifecycle.cs) decides
/// whether the step is allowed now, before any field is touched.
/// </summary>
public sealed partial class PenaltyCase
{
    /// <summary>生态环境法典 in force: acts before this day are judged under the repealed laws (DECISIONS.md §5–§6).</summary>
    public static readonly DateOnly EcologicalCodeInForce = new(2026, 8, 15);

    public const string EiaUnapprovedConstruction = "EiaUnapprovedConstruction";

    private readonly List<CaseOfficer> officers = [];
    private readonly List<EvidenceItem> evidence = [];
    private readonly List<InvestigationRecord> records = [];
    private readonly List<Notice> notices = [];
    private readonly List<Statement> statements = [];
    private readonly List<HearingRecord> hearings = [];
    private readonly List<ServiceRecord> services = [];
    private readonly List<ServiceAttempt> serviceAttempts = [];
    private readonly List<Payment> payments = [];
    private readonly List<Instalment> instalments = [];
    private readonly List<Demand> demands = [];
    private readonly List<CorrectionOrder> corrections = [];
    private readonly List<Reinspection> reinspections = [];
    private readonly List<DailyPenaltyLink> dailyPenalties = [];
    private readonly List<Remedy> remedies = [];
    private readonly List<SuspensionInterval> suspensions = [];
    private readonly List<DeadlineExtension> extensions = [];
    private readonly List<CaseEvent> history = [];

    private PenaltyCase() { }

    public long Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>Optimistic concurrency token, renewed by persistence on every save.</summary>
    public Guid Version { get; private set; }

    public CaseState State { get; private set; }

    /// <summary>The state a suspended case returns to on <see cref="CaseTrigger.Resume"/>.</summary>
    public CaseState? SuspendedFrom { get; private set; }

    /// <summary>Business date of the last step that changed the state (later steps may not be dated before it).</summary>
    public DateOnly LastStepOn { get; private set; }

    public string? CaseNumber { get; private set; }
    public string Cause { get; private set; } = "";
    public string ViolationCode { get; private set; } = "";

    /// <summary>
    /// The day the act occurred (or ended, for a continuing act; for one still continuing, the last day it was found
    /// to continue); decides the law applied.
    /// </summary>
    public DateOnly? ActDate { get; private set; }

    /// <summary>自…起: the day a continuing or repeated act began (null: an act of one day).</summary>
    public DateOnly? ActStartedOn { get; private set; }

    /// <summary>至今仍在继续: the act had not ended when found; the limitation period has not started (行政处罚法第三十六条第二款).</summary>
    public bool ActContinuing { get; private set; }

    /// <summary>The act's span, when it is not an act of one day.</summary>
    public ActSpan? ActSpan => ActStartedOn is { } started ? new ActSpan(started, ActContinuing) : null;

    /// <summary>
    /// An earlier discovery than the lead's registration (a patrol, a monitoring report), recorded at registration or in
    /// the investigation; 处罚时效 runs to it (行政处罚法第三十六条; 法典第一千零五十四条).
    /// </summary>
    public DateOnly? DiscoveredOn { get; private set; }

    /// <summary>The day the act was discovered: the recorded earlier discovery, else the lead's registration.</summary>
    public DateOnly Discovery => DiscoveredOn ?? RegisteredOn;

    public Party Party { get; private set; } = null!;
    public string LeadSource { get; private set; } = "";
    public DateOnly RegisteredOn { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    public FilingRequest? FilingRequest { get; private set; }
    public Approval? FilingApproval { get; private set; }
    public DateOnly? FiledOn => FilingApproval?.On;

    public IReadOnlyList<CaseOfficer> Officers => officers;
    public IReadOnlyList<EvidenceItem> Evidence => evidence;
    public IReadOnlyList<InvestigationRecord> Records => records;
    public InvestmentFinding? InvestmentFinding { get; private set; }

    public string? InvestigationReport { get; private set; }

    /// <summary>违法事实 as stated to the party in the notice and the decision (written at 调查终结).</summary>
    public string? FactsFinding { get; private set; }
    public DateOnly? SubmittedForReviewOn { get; private set; }
    public string? SubmittedForReviewBy { get; private set; }
    public ProposedPenalty? ProposedPenalty { get; private set; }
    public CaseReviewResult? CaseReview { get; private set; }

    public IReadOnlyList<Notice> Notices => notices;
    public Notice? CurrentNotice => notices.Count == 0 ? null : notices[^1];
    public IReadOnlyList<Statement> Statements => statements;
    public IReadOnlyList<HearingRecord> Hearings => hearings;

    /// <summary>The hearing requested in the current notice cycle, if any.</summary>
    public HearingRecord? CurrentHearing =>
        CurrentNotice is { } n ? hearings.LastOrDefault(h => h.NoticeCycle == n.Cycle) : null;

    public DateOnly? StatementPeriodClosedOn { get; private set; }
    public string? RecheckOpinion { get; private set; }
    public LegalReviewResult? LegalReview { get; private set; }
    public DiscussionRecord? Discussion { get; private set; }
    public Decision? Decision { get; private set; }
    public IReadOnlyList<ServiceRecord> Services => services;

    /// <summary>送达未果: failed attempts at serving the notice, the decision or a 催告书, kept in the file.</summary>
    public IReadOnlyList<ServiceAttempt> ServiceAttempts => serviceAttempts;
    public IReadOnlyList<Payment> Payments => payments;
    public IReadOnlyList<Instalment> Instalments => instalments;
    public IReadOnlyList<Demand> Demands => demands;
    public CourtApplication? CourtApplication { get; private set; }
    public IReadOnlyList<CorrectionOrder> Corrections => corrections;
    public IReadOnlyList<Reinspection> Reinspections => reinspections;

    /// <summary>按日连续处罚关联案件 opened from this case, one per correction order whose re-inspection found the refusal (令第28号第十四条).</summary>
    public IReadOnlyList<DailyPenaltyLink> DailyPenalties => dailyPenalties;

    /// <summary>Set on a 按日连续处罚 case (关联案件): the original decision, the order, the re-inspection and the amount.</summary>
    public DailyPenaltyBasis? DailyPenaltyBasis { get; private set; }

    /// <summary>行政复议 and 行政诉讼 against the decision (行政处罚法第七十三条).</summary>
    public IReadOnlyList<Remedy> Remedies => remedies;
    public IReadOnlyList<SuspensionInterval> Suspensions => suspensions;
    public IReadOnlyList<DeadlineExtension> Extensions => extensions;
    public string? EndReason { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public Closure? Closure { get; private set; }
    public ArchiveRecord? ArchiveRecord { get; private set; }

    /// <summary>The latest 公示 of the decision (a correction re-records it).</summary>
    public Publication? Publication { get; private set; }
    public IReadOnlyList<CaseEvent> History => history;

    /// <summary>The act predates the 生态环境法典, so the repealed law (e.g. 环境影响评价法第三十一条) decides.</summary>
    public bool ActPredatesCode => ActDate is null || ActDate < EcologicalCodeInForce;

    public decimal PaidAmount => payments.Sum(p => p.Amount);

    /// <summary>
    /// What remains to be paid on this case's own decision. A 按日连续处罚 is a decision of its own, in its linked
    /// case, with its own payment period and surcharge (行政处罚法第六十七条、第七十二条), so it is not added here.
    /// </summary>
    public decimal OutstandingFine => Decision is { Kind: DecisionKind.Penalty } d ? d.Fine - PaidAmount : 0m;

    /// <summary>The service of the current decision (a decision revoked and made anew is served anew).</summary>
    public ServiceRecord? CurrentService => Decision is { } d ? services.LastOrDefault(s => s.ServedOn >= d.DecidedOn) : null;

    public DateOnly? DeemedServedOn => CurrentService?.DeemedServedOn;

    // ---- Lead -------------------------------------------------------------------------------------

    /// <summary>案源登记: creates the case in <see cref="CaseState.Lead"/>.</summary>
    public static PenaltyCase RegisterLead(Actor actor, CaseClock clock, LeadData data)
    {
        if (!CaseRoleTable.MayFire(actor, CaseTrigger.RegisterLead))
        {
            throw new DomainRuleException(CaseRoleTable.Refusal(CaseTrigger.RegisterLead), DomainRuleException.RoleForbidden);
        }

        if (data.RegisteredOn > clock.Today)
        {
            throw new DomainRuleException("登记日期不得晚于今天（行政处罚法第四十七条：执法全过程应当如实记录）。");
        }

        var actDate = ActEnd(data.ActDate, data.Span, data.RegisteredOn);
        RequireActAndDiscovery(actDate, data.Span, data.DiscoveredOn, data.RegisteredOn, clock.Today);

        var penaltyCase = new PenaltyCase
        {
            OrganisationId = data.OrganisationId,
            Version = Guid.NewGuid(),
            State = CaseState.Lead,
            LeadSource = data.Source,
            RegisteredOn = data.RegisteredOn,
            RegisteredBy = actor.UserId,
            LastStepOn = data.RegisteredOn,
            Cause = data.Cause,
            ViolationCode = data.ViolationCode,
            ActDate = actDate,
            ActStartedOn = data.Span?.StartedOn,
            ActContinuing = data.Span?.Continuing ?? false,
            DiscoveredOn = data.DiscoveredOn,
            Party = data.Party,
        };
        penaltyCase.history.Add(new CaseEvent(null, CaseState.Lead, CaseTrigger.RegisterLead, clock.Now, actor.UserId,
            $"登记案源：{data.Party.Name}，{data.Cause}"));
        return penaltyCase;
    }

    public void RequestFiling(Actor actor, CaseClock clock, FilingRequestData data) =>
        Fire(CaseTrigger.RequestFiling, actor, clock, data, "提请立案",
            () => FilingRequest = new FilingRequest(data.RequestedOn, actor.UserId, data.Reason)
            {
                DepartmentOpinion = data.DepartmentOpinion,
                DepartmentHead = data.DepartmentHead,
            });

    public void File(Actor actor, CaseClock clock, FilingData data)
    {
        Require(!string.IsNullOrWhiteSpace(data.CaseNumber), "立案须编立案号。");
        Fire(CaseTrigger.File, actor, clock, data, $"批准立案，立案号{data.CaseNumber}", () =>
        {
            CaseNumber = data.CaseNumber;
            FilingApproval = new Approval(data.FiledOn, actor.UserId, actor.Name) { Opinion = data.Opinion };
            officers.AddRange(data.Officers);
        });
    }

    /// <summary>
    /// 变更执法人员 by the head: officers who stay keep their record, those who leave (or withdraw under
    /// 回避, 行政处罚法第四十三条) are removed and the new ones join; the new team must be two or more officers
    /// holding valid certificates on the day (第四十二条). The history line names who left, who joined and why.
    /// </summary>
    public void ChangeOfficers(Actor actor, CaseClock clock, OfficerChangeData data)
    {
        var incoming = data.Officers.DistinctBy(o => o.UserId).ToList();
        var leaving = officers.Where(o => incoming.All(n => n.UserId != o.UserId)).ToList();
        var joining = incoming.Where(n => officers.All(o => o.UserId != n.UserId)).ToList();
        var summary = $"{(data.Recusal ? "回避，" : "")}变更执法人员：" +
            $"{(leaving.Count > 0 ? "退出" + string.Join("、", leaving.Select(o => o.Name)) : "")}" +
            $"{(leaving.Count > 0 && joining.Count > 0 ? "，" : "")}" +
            $"{(joining.Count > 0 ? "加入" + string.Join("、", joining.Select(o => o.Name)) : "")}；理由：{data.Reason}";
        Fire(CaseTrigger.ChangeOfficers, actor, clock, data with { Officers = incoming }, summary, () =>
        {
            officers.RemoveAll(o => leaving.Contains(o));
            officers.AddRange(joining);
        });
    }

    public void DeclineToFile(Actor actor, CaseClock clock, ReasonData data) =>
        Fire(CaseTrigger.DeclineToFile, actor, clock, data, $"不予立案：{data.Reason}", () => End(data, actor));

    public void CancelFiling(Actor actor, CaseClock clock, ReasonData data) =>
        Fire(CaseTrigger.CancelFiling, actor, clock, data, $"撤销立案：{data.Reason}", () => End(data, actor));

    public void Terminate(Actor actor, CaseClock clock, ReasonData data) =>
        Fire(CaseTrigger.Terminate, actor, clock, data, $"终止调查：{data.Reason}", () => End(data, actor));

    public void Transfer(Actor actor, CaseClock clock, ReasonData data) =>
        Fire(CaseTrigger.Transfer, actor, clock, data, $"移送：{data.Reason}", () => End(data, actor));

    // ---- Investigation ----------------------------------------------------------------------------

    public void Suspend(Actor actor, CaseClock clock, SuspensionData data)
    {
        var from = State;
        Fire(CaseTrigger.Suspend, actor, clock, data, $"中止调查：{data.Reason}", () =>
        {
            SuspendedFrom = from;
            suspensions.Add(new SuspensionInterval(data, from, actor.UserId));
        });
    }

    public void Resume(Actor actor, CaseClock clock, ResumptionData data) =>
        Fire(CaseTrigger.Resume, actor, clock, data, "恢复调查", () =>
        {
            suspensions[^1].End(data.On, actor.UserId);
            SuspendedFrom = null;
        });

    public void AddEvidence(Actor actor, CaseClock clock, EvidenceData data)
    {
        Require(!string.IsNullOrWhiteSpace(data.Title), "证据须有名称。");
        RequireSourceBeforeRegistration(data.CollectedOn, data.Source, "证据取得日期");
        Fire(CaseTrigger.AddEvidence, actor, clock, data, $"登记证据：{data.Title}",
            () => evidence.Add(new EvidenceItem(evidence.Count + 1, data)));
    }

    /// <summary>
    /// 修改证据: an investigating officer corrects an item's name, source or 证明内容 until the 事先告知书 is issued; from
    /// then on the evidence list the party was told of stands (行政处罚法第四十四条; 第四十七条: the change is recorded).
    /// </summary>
    public void EditEvidence(Actor actor, CaseClock clock, EvidenceEditData data)
    {
        var item = evidence.FirstOrDefault(e => e.Number == data.Number);
        Require(item is not null, $"不能执行“{CaseTrigger.EditEvidence.ToChinese()}”：本案没有第{data.Number}号证据。");
        Require(!string.IsNullOrWhiteSpace(data.Title), "证据须有名称。");
        RequireSourceBeforeRegistration(item!.CollectedOn, data.Source, "证据取得日期");
        var changes = new List<string>();
        if (item.Title != data.Title)
        {
            changes.Add($"名称“{item.Title}”改为“{data.Title}”");
        }

        if (item.Source != data.Source)
        {
            changes.Add($"来源改为“{data.Source ?? "（空）"}”");
        }

        if (item.Proves != data.Proves)
        {
            changes.Add($"证明内容改为“{data.Proves ?? "（空）"}”");
        }

        Fire(CaseTrigger.EditEvidence, actor, clock, data,
            $"修改证据{data.Number}：{(changes.Count == 0 ? "内容未变" : string.Join("；", changes))}",
            () => item.Edit(data));
    }

    public void RecordInvestigation(Actor actor, CaseClock clock, InvestigationRecordData data)
    {
        RequireSourceBeforeRegistration(data.On, data.Source, "检查（询问）日期");
        Fire(CaseTrigger.RecordInvestigation, actor, clock, data,
            data.Kind == InvestigationRecordKind.Inspection ? "制作现场检查笔录" : "制作调查询问笔录",
            () => records.Add(new InvestigationRecord(data)));
    }

    // 行政处罚法第四十六条：证据必须经查证属实. Material gathered before the lead was registered (an inspection
    // in 日常检查, a monitoring report) keeps its real date; where it came from must then be stated.
    private void RequireSourceBeforeRegistration(DateOnly day, string? source, string what) =>
        Require(day >= RegisteredOn || !string.IsNullOrWhiteSpace(source),
            $"{what}{day.Year}年{day.Month}月{day.Day}日早于案源登记日期{RegisteredOn.Year}年{RegisteredOn.Month}月{RegisteredOn.Day}日，请填写其来源（如：日常检查中取得）。");

    public void RecordInvestmentFinding(Actor actor, CaseClock clock, InvestmentFindingData data) =>
        Fire(CaseTrigger.RecordInvestmentFinding, actor, clock, data, $"认定总投资额{Yuan(data.Amount)}",
            () => InvestmentFinding = new InvestmentFinding(data.FoundOn, data.Amount, data.Basis, [.. data.EvidenceNumbers]));

    public void OrderCorrection(Actor actor, CaseClock clock, CorrectionData data)
    {
        Require(data.DueOn >= data.OrderedOn, "改正期限不得早于责令改正日期。");
        Fire(CaseTrigger.OrderCorrection, actor, clock, data, $"责令改正：{data.Requirement}",
            () => corrections.Add(new CorrectionOrder(corrections.Count + 1, data)));
    }

    public void RecordReinspection(Actor actor, CaseClock clock, ReinspectionData data)
    {
        // 拒绝、阻挠复查 is deemed a refusal to correct (令第28号第十三条), so it cannot also find the act corrected.
        Require(!(data.Obstructed && data.Corrected), "当事人拒绝、阻挠复查的，视为拒不改正，不能同时认定已改正（环境保护主管部门实施按日连续处罚办法第十三条）。");
        Fire(CaseTrigger.RecordReinspection, actor, clock, data,
            data.Obstructed ? "复查：当事人拒绝、阻挠复查" : data.Corrected ? "复查：已改正" : "复查：未改正",
            () => reinspections.Add(new Reinspection(data)));
    }

    /// <summary>责令改正违法行为决定书送达 with its 送达回证 (令第28号第十条、第十七条 count from it).</summary>
    public void ServeCorrectionOrder(Actor actor, CaseClock clock, CorrectionServiceData data) =>
        Fire(CaseTrigger.ServeCorrectionOrder, actor, clock, data, $"第{data.CorrectionNumber}号责令改正决定书已{data.Method.ToChinese()}",
            () => corrections.Single(c => c.Number == data.CorrectionNumber)
                .RecordService(data, ServiceDetails.DeemedServiceDay(data.Method, data.ServedOn, data.Details, clock.Rules)));

    /// <summary>
    /// 按日连续处罚 is a penalty decision of its own (令第28号第十五条): opened from this case once a re-inspection found
    /// the violation continuing, or was refused or obstructed, it becomes a linked case (关联案件) in 案源登记 that runs
    /// the ordinary procedure — filing, review, notice with hearing rights, statement, legal review, collective
    /// discussion where required, decision, service, execution — with its amount fixed here: the original fine for
    /// every day from the day after the order was served to the re-inspection day (令第28号第十七条、第十九条;
    /// 环境保护法第五十九条第一款; 法典第一千零六十条第一款). Only this case is checked and changed here; the caller stores both.
    /// </summary>
    public PenaltyCase OpenDailyPenaltyCase(Actor actor, CaseClock clock, DailyPenaltyCaseData data)
    {
        // Computed before the step only for the history line; the guards below refuse every case it cannot cover.
        var amount = DailyPenaltyFor(data.CorrectionNumber);
        var summary = amount is null
            ? "立按日连续处罚关联案件"
            : $"立按日连续处罚关联案件（第{data.CorrectionNumber}号责令改正）：{amount.Days}日×{Yuan(amount.OriginalFine)}，计{Yuan(amount.Amount)}";
        PenaltyCase? linked = null;
        Fire(CaseTrigger.OpenDailyPenaltyCase, actor, clock, data, summary, () =>
        {
            var order = corrections.Single(c => c.Number == data.CorrectionNumber);
            var refusal = RefusalFoundFor(order)!;
            dailyPenalties.Add(new DailyPenaltyLink(order.Number, data.OpenedOn, actor.UserId, amount!.Amount));
            var basis = new DailyPenaltyBasis(Id, CaseNumber ?? "", Decision!.Number, Decision.DecidedOn,
                order.Number, order.OrderedOn, order.ServedOn!.Value, order.Requirement,
                refusal.InspectedOn, refusal.Obstructed, refusal.Findings,
                amount.FirstDay, amount.LastDay, amount.Days, amount.OriginalFine, amount.Amount, amount.Basis);
            linked = new PenaltyCase
            {
                OrganisationId = OrganisationId,
                Version = Guid.NewGuid(),
                State = CaseState.Lead,
                LeadSource = $"关联案件：{CaseNumber}第{order.Number}号责令改正复查",
                RegisteredOn = data.OpenedOn,
                RegisteredBy = actor.UserId,
                LastStepOn = data.OpenedOn,
                Cause = refusal.Obstructed ? $"拒绝、阻挠复查，视为拒不改正（{Cause}）" : $"拒不改正（{Cause}）",
                ViolationCode = ViolationCode,

                // The refusal continued until the re-inspection day: the law of that day governs (DailyPenalty.Calculate).
                ActDate = refusal.InspectedOn,
                // A copy: the party is stored with each case (an owned value is never shared between two rows).
                Party = Party with { },
                DailyPenaltyBasis = basis,
            };
            linked.history.Add(new CaseEvent(null, CaseState.Lead, CaseTrigger.RegisterLead, clock.Now, actor.UserId,
                $"登记按日连续处罚关联案件：原案{CaseNumber}，{amount.Days}日×{Yuan(amount.OriginalFine)}，计{Yuan(amount.Amount)}"));
        });
        return linked!;
    }

    // The amount of a daily penalty on this order, or null when the order, its service, the refusal or the original fine is missing.
    private Penalties.DailyPenaltyResult? DailyPenaltyFor(int correctionNumber)
    {
        var order = corrections.FirstOrDefault(c => c.Number == correctionNumber);
        var refusal = order is null ? null : RefusalFoundFor(order);
        return order?.ServedOn is not { } served || refusal is null || Decision is not { Kind: DecisionKind.Penalty, Fine: > 0m } decision
            ? null
            : Penalties.DailyPenalty.Calculate(decision.Fine, served, refusal.InspectedOn);
    }

    // 令第28号第十三条: the first re-inspection of the order that found the violation continuing, after the order was served.
    private Reinspection? RefusalFoundFor(CorrectionOrder order) =>
        order.ServedOn is not { } served
            ? null
            : reinspections.Where(r => r.CorrectionNumber == order.Number && !r.Corrected && r.InspectedOn > served)
                .OrderBy(r => r.InspectedOn)
                .FirstOrDefault();

    /// <summary>行政复议 applied for or 行政诉讼 brought against the decision (行政处罚法第七十三条).</summary>
    public void RecordRemedy(Actor actor, CaseClock clock, RemedyData data)
    {
        Require(!string.IsNullOrWhiteSpace(data.Body), data.Kind == RemedyKind.Reconsideration ? "须填写行政复议机关。" : "须填写受理的人民法院。");
        Fire(CaseTrigger.RecordRemedy, actor, clock, data, $"当事人{Day(data.AppliedOn)}{(data.Kind == RemedyKind.Reconsideration ? "申请行政复议" : "提起行政诉讼")}（{data.Body.Trim()}）",
            () => remedies.Add(new Remedy(remedies.Count + 1, data with { Body = data.Body.Trim() }, actor.UserId)));
    }

    /// <summary>The outcome of a reconsideration or lawsuit, and the day it was received (or withdrawn).</summary>
    public void RecordRemedyOutcome(Actor actor, CaseClock clock, RemedyOutcomeData data)
    {
        var remedy = remedies.FirstOrDefault(r => r.Number == data.RemedyNumber);
        Fire(CaseTrigger.RecordRemedyOutcome, actor, clock, data,
            $"{remedy?.Kind.ToChinese()}结果：{data.Outcome.ToChinese()}",
            () => remedy!.End(data with { Note = string.IsNullOrWhiteSpace(data.Note) ? null : data.Note.Trim() }));
    }

    /// <summary>A recorded remedy revoked the decision or confirmed it unlawful: the case may close as 决定已撤销.</summary>
    public bool DecisionRevoked => remedies.Any(r => r.Outcome is RemedyOutcome.Revoked or RemedyOutcome.ConfirmedUnlawful);

    /// <summary>A recorded remedy revoked the decision and ordered a new one: the case goes back to investigation.</summary>
    public bool NewDecisionOrdered => remedies.Any(r => r.Outcome == RemedyOutcome.RevokedNewDecisionOrdered);

    public void ExtendDeadline(Actor actor, CaseClock clock, ExtensionData data)
    {
        Require(data.Days > 0, "延长天数须大于零。");
        Fire(CaseTrigger.ExtendDeadline, actor, clock, data, $"延长期限{data.Days}日：{data.Reason}",
            () => extensions.Add(new DeadlineExtension(data, actor.UserId)));
    }

    public void SubmitForReview(Actor actor, CaseClock clock, ReviewSubmissionData data)
    {
        Require(data.Proposed.Fine >= 0, "拟罚款金额不得为负数。");
        var actDate = ActEnd(data.ActDate, data.Span, data.SubmittedOn);
        var discovered = data.DiscoveredOn ?? DiscoveredOn;
        RequireActAndDiscovery(actDate, data.Span, discovered, RegisteredOn, clock.Today);
        data = data with { ActDate = actDate };
        Require((data.Proposed.DiscretionFactors ?? []).All(f => Penalties.DiscretionTable.Default.GradeOf(f) is not null), "裁量因素或其等级不在裁量基准表中。");
        Fire(CaseTrigger.SubmitForReview, actor, clock, data, $"调查终结，拟罚款{Yuan(data.Proposed.Fine)}", () =>
        {
            InvestigationReport = data.ReportSummary;
            FactsFinding = string.IsNullOrWhiteSpace(data.Facts) ? null : data.Facts.Trim();
            SubmittedForReviewOn = data.SubmittedOn;
            SubmittedForReviewBy = actor.UserId;
            Cause = data.Cause;
            ViolationCode = data.ViolationCode;
            ActDate = data.ActDate;
            ActStartedOn = data.Span?.StartedOn;
            ActContinuing = data.Span?.Continuing ?? false;
            DiscoveredOn = discovered;
            ProposedPenalty = data.Proposed;
            SetFineFindings(data.Findings ?? FineFindings.None);
            CaseReview = null;
        });
    }

    // ---- Review and notice ------------------------------------------------------------------------

    public void CompleteCaseReview(Actor actor, CaseClock clock, CaseReviewData data) =>
        Fire(CaseTrigger.CompleteCaseReview, actor, clock, data,
            data.Checklist.AllPassed ? "案件审查：通过" : "案件审查：未通过",
            () => CaseReview = new CaseReviewResult(data.ReviewedOn, actor.UserId, data.Checklist, data.Opinion));

    public void ReturnForInvestigation(Actor actor, CaseClock clock, ReasonData data) =>
        Fire(CaseTrigger.ReturnForInvestigation, actor, clock, data, $"退回补充调查：{data.Reason}", () =>
        {
            // 撤销并责令重新作出行政行为: the revoked decision stays in the history and the file; a new one is made.
            Decision = null;

            CaseReview = null;
            LegalReview = null;
            Discussion = null;
        });

    public void IssueNotice(Actor actor, CaseClock clock, NoticeData data)
    {
        Require(data.Revised is null || data.Revised.Fine >= 0, "拟罚款金额不得为负数。");

        // SubmitForReview always records a proposed penalty before any notice can be issued. A revised penalty keeps
        // the discretion reasons saved with the proposal unless it brings its own.
        var notified = data.Revised is { } revised
            ? revised with
            {
                DiscretionReasons = revised.DiscretionReasons ?? ProposedPenalty?.DiscretionReasons,
                DiscretionFactors = revised.DiscretionFactors ?? ProposedPenalty?.DiscretionFactors,
            }
            : ProposedPenalty!;
        Fire(CaseTrigger.IssueNotice, actor, clock, data, $"制发告知书{data.Number}", () =>
        {
            ProposedPenalty = notified;
            if (data.RevisedFindings is { } findings)
            {
                SetFineFindings(findings);
            }

            notices.Add(new Notice(notices.Count + 1, data, notified, HearingOffered(notified, clock.Rules), actor.UserId));
            StatementPeriodClosedOn = null;
            RecheckOpinion = null;
            LegalReview = null;
            Discussion = null;
        });
    }

    public void RecordNoticeService(Actor actor, CaseClock clock, NoticeServiceData data) =>
        Fire(CaseTrigger.RecordNoticeService, actor, clock, data, $"告知书已{data.Method.ToChinese()}",
            () => CurrentNotice!.RecordService(data, ServiceDetails.DeemedServiceDay(data.Method, data.ServedOn, data.Details, clock.Rules)));

    /// <summary>
    /// 送达未果: records an attempt that did not serve the document now being served — the notice (已告知), the
    /// decision (已决定) or the next 催告书 (执行中, once payment is overdue). The case stays where it is; the attempt
    /// stays in the file and justifies 公告送达 (民事诉讼法第九十五条) or indirect service of a 催告书 (行政强制法第三十八条).
    /// </summary>
    public void RecordServiceAttempt(Actor actor, CaseClock clock, ServiceAttemptData data)
    {
        Require(!string.IsNullOrWhiteSpace(data.Note) || data.Outcome != ServiceAttemptOutcome.Other, "送达未果须写明情况。");
        var (document, sequence) = DocumentBeingServed;
        Fire(CaseTrigger.RecordServiceAttempt, actor, clock, data, $"{data.Method.ToChinese()}未果：{data.Outcome.ToChinese()}",
            () => serviceAttempts.Add(new ServiceAttempt(document, sequence, data, actor.UserId)));
    }

    public void RecordStatement(Actor actor, CaseClock clock, StatementData data) =>
        Fire(CaseTrigger.RecordStatement, actor, clock, data,
            data.WaivesStatement || data.WaivesHearing ? "当事人放弃陈述申辩或听证权利" : "记录陈述申辩",
            () => statements.Add(new Statement(CurrentNotice!.Cycle, data)));

    public void RequestHearing(Actor actor, CaseClock clock, HearingRequestData data) =>
        Fire(CaseTrigger.RequestHearing, actor, clock, data, "当事人申请听证",
            () => hearings.Add(new HearingRecord(CurrentNotice!.Cycle, data.RequestedOn)));

    public void ScheduleHearing(Actor actor, CaseClock clock, HearingScheduleData data)
    {
        Require(data.HearingOn > data.IssuedOn, "听证日期须晚于听证通知书制发日期。");
        Fire(CaseTrigger.ScheduleHearing, actor, clock, data,
            $"安排听证：{Day(data.HearingOn)}{data.NonPublicGround.Publicity()}，主持人{data.PresidingName}",
            () => CurrentHearing!.Schedule(data));
    }

    /// <summary>听证通知书送达 with its 送达回证: at least 7 working days before the hearing (行政处罚法第六十四条第二项).</summary>
    public void ServeHearingNotice(Actor actor, CaseClock clock, HearingNoticeServiceData data) =>
        Fire(CaseTrigger.ServeHearingNotice, actor, clock, data, $"听证通知书已{data.Method.ToChinese()}",
            () => CurrentHearing!.RecordNoticeService(data, ServiceDetails.DeemedServiceDay(data.Method, data.ServedOn, data.Details, clock.Rules)));

    public void ConcludeHearing(Actor actor, CaseClock clock, HearingConclusionData data) =>
        Fire(CaseTrigger.ConcludeHearing, actor, clock, data, "听证终结", () => CurrentHearing!.Conclude(data));

    public void CloseStatementPeriod(Actor actor, CaseClock clock, StatementPeriodClosureData data) =>
        Fire(CaseTrigger.CloseStatementPeriod, actor, clock, data, "陈述申辩期结束，复核完毕", () =>
        {
            StatementPeriodClosedOn = data.ClosedOn;
            RecheckOpinion = data.RecheckOpinion;
        });

    // ---- Legal review, discussion, decision -------------------------------------------------------

    public void PassLegalReview(Actor actor, CaseClock clock, LegalReviewData data) =>
        Fire(CaseTrigger.PassLegalReview, actor, clock, data, "法制审核通过",
            () => LegalReview = new LegalReviewResult(data.ReviewedOn, actor.UserId, actor.Name, data.Opinion,
                string.IsNullOrWhiteSpace(data.LegalQualification) ? null : data.LegalQualification.Trim()) { Checklist = data.Checklist });

    public void RequireDiscussion(Actor actor, CaseClock clock, LegalReviewData data) =>
        Fire(CaseTrigger.RequireDiscussion, actor, clock, data, "法制审核通过，提交集体讨论",
            () => LegalReview = new LegalReviewResult(data.ReviewedOn, actor.UserId, actor.Name, data.Opinion,
                string.IsNullOrWhiteSpace(data.LegalQualification) ? null : data.LegalQualification.Trim()) { Checklist = data.Checklist });

    public void ConcludeDiscussion(Actor actor, CaseClock clock, DiscussionData data) =>
        Fire(CaseTrigger.ConcludeDiscussion, actor, clock, data, $"集体讨论：{data.Conclusion}",
            () => Discussion = new DiscussionRecord(data.HeldOn, [.. data.Participants], data.Conclusion, actor.UserId)
            {
                Place = data.Place,
                StartTime = data.StartTime,
                EndTime = data.EndTime,
                Chair = data.Chair,
                Recorder = data.Recorder,
                Speeches = [.. data.Speeches ?? []],
            });

    public void Decide(Actor actor, CaseClock clock, DecisionData data)
    {
        Require(data.Fine >= 0, "罚款金额不得为负数。");
        Fire(CaseTrigger.Decide, actor, clock, data, $"作出处罚决定{data.Number}，罚款{Yuan(data.Fine)}",
            () => Decision = new Decision(DecisionKind.Penalty, data.Number, data.DecidedOn, data.Fine, data.Sanctions, actor.UserId, null,
                DecidedMitigationGround(data))
            {
                GovernmentApproval = string.IsNullOrWhiteSpace(data.GovernmentApproval) ? null : data.GovernmentApproval.Trim(),
            });
    }

    public void DecideNoPenalty(Actor actor, CaseClock clock, NoPenaltyDecisionData data) =>
        Fire(CaseTrigger.DecideNoPenalty, actor, clock, data, $"作出不予行政处罚决定{data.Number}",
            () => Decision = new Decision(DecisionKind.NoPenalty, data.Number, data.DecidedOn, 0m, Sanctions.None, actor.UserId, data.Reason,
                NoPenaltyGround: data.Ground));

    // ---- Service and execution --------------------------------------------------------------------

    public void Serve(Actor actor, CaseClock clock, ServiceData data) =>
        Fire(CaseTrigger.Serve, actor, clock, data,
            string.IsNullOrWhiteSpace(data.Recipient) ? $"决定书已{data.Method.ToChinese()}" : $"决定书已{data.Method.ToChinese()}，签收人{data.Recipient}",
            () => services.Add(new ServiceRecord(data, ServiceDetails.DeemedServiceDay(data.Method, data.ServedOn, data.Details, clock.Rules))));

    public void RecordPayment(Actor actor, CaseClock clock, PaymentData data) =>
        Fire(CaseTrigger.RecordPayment, actor, clock, data, $"缴款{Yuan(data.Amount)}", () => payments.Add(new Payment(data)));

    public void ApproveInstalments(Actor actor, CaseClock clock, InstalmentData data) =>
        Fire(CaseTrigger.ApproveInstalments, actor, clock, data, $"批准分{data.Schedule.Count}期缴纳",
            () => instalments.AddRange(data.Schedule.Select(d => new Instalment(data.ApprovedOn, actor.UserId, d))));

    public void IssueDemand(Actor actor, CaseClock clock, DemandData data)
    {
        Require(data.ServedOn >= data.IssuedOn, "催告书送达日期不得早于制发日期。");
        Fire(CaseTrigger.IssueDemand, actor, clock, data, $"催告书已{data.Method.ToChinese()}",
            () => demands.Add(new Demand(demands.Count + 1, data, ServiceDetails.DeemedServiceDay(data.Method, data.ServedOn, data.Details, clock.Rules))));
    }

    public void ApplyToCourt(Actor actor, CaseClock clock, CourtApplicationData data) =>
        Fire(CaseTrigger.ApplyToCourt, actor, clock, data, $"申请{data.Court}强制执行",
            () => CourtApplication = new CourtApplication(data.AppliedOn, data.Court, actor.UserId));

    public void Close(Actor actor, CaseClock clock, ClosureData data) =>
        Fire(CaseTrigger.Close, actor, clock, data, "结案",
            () => Closure = new Closure(data.ClosedOn, data.Ground, data.Remark, actor.UserId) { Opinions = data.Opinions });

    /// <summary>
    /// 公示: records that the decision was published (行政处罚法第四十八条; 国办发〔2018〕118号: within 7 working
    /// days of the decision). Allowed while decided, executing or closed; never after archiving.
    /// </summary>
    public void RecordPublication(Actor actor, CaseClock clock, PublicationData data)
    {
        Require(!string.IsNullOrWhiteSpace(data.Channel), "须填写公示渠道（如门户网站）。");
        Fire(CaseTrigger.RecordPublication, actor, clock, data, $"{Day(data.PublishedOn)}在{data.Channel.Trim()}公示处罚决定",
            () => Publication = new Publication(data.PublishedOn, data.Channel.Trim(), string.IsNullOrWhiteSpace(data.Url) ? null : data.Url.Trim(), actor.UserId));
    }

    /// <summary>
    /// A document voided and re-issued under a new number: the case then refers to the new number (the old
    /// one stays voided, with its reason, in the number register — a number is never reused). Not a
    /// procedural step: nothing else about the case changes. Refused once archived (行政处罚法第四十七条).
    /// </summary>
    public void ReplaceDocumentNumber(string voided, string replacement)
    {
        Require(State != CaseState.Archived, "案件已归档，不能更改文书文号（行政处罚法第四十七条）。");
        Require(!string.IsNullOrWhiteSpace(replacement) && replacement != voided, "新文号无效。");
        if (CaseNumber == voided)
        {
            CaseNumber = replacement;
        }

        foreach (var notice in notices.Where(n => n.Number == voided))
        {
            notice.Renumber(replacement);
        }

        if (Decision is { } decision && decision.Number == voided)
        {
            Decision = decision with { Number = replacement };
        }
    }

    public void Archive(Actor actor, CaseClock clock, ArchiveData data) =>
        Fire(CaseTrigger.Archive, actor, clock, data, $"归档，卷号{data.FileNumber}",
            () => ArchiveRecord = new ArchiveRecord(data.ArchivedOn, data.FileNumber, actor.UserId));

    // ---- Derived facts used by the guards and by deadline computation -----------------------------

    /// <summary>较大数额 or a heavy sanction: the notice must offer a hearing (行政处罚法第六十三条; DECISIONS.md §3).</summary>
    public bool HearingOffered(ProposedPenalty penalty, CaseRules rules)
    {
        const Sanctions alwaysOffered = Sanctions.SuspendProduction | Sanctions.Closure | Sanctions.RevokeLicence
            | Sanctions.SuspendLicence | Sanctions.RestrictPractice | Sanctions.ConfiscateLargeAmount | Sanctions.LowerQualification;
        var threshold = Party.Kind == PartyKind.Organisation ? rules.HearingThresholdOrganisation : rules.HearingThresholdIndividual;
        return penalty.Fine >= threshold || (penalty.Sanctions & alwaysOffered) != 0;
    }

    /// <summary>集体讨论 required (行政处罚法第五十七条第二款; DECISIONS.md §3).</summary>
    public bool DiscussionRequired(CaseRules rules) => ProposedPenalty is { } p
        && (p.Fine >= rules.DiscussionThreshold || (p.Sanctions & ~Sanctions.Warning) != 0 || p.FlaggedForDiscussion);

    /// <summary>Last day of the 陈述申辩 period of the current notice, once it has been served.</summary>
    public DueDate? StatementPeriodEnd(CaseClock clock) => CurrentNotice?.ServedOn is { } served
        ? (clock.Calendar.AddWorkingDays(served, clock.Rules.StatementPeriodWorkingDays))
        : null;

    /// <summary>Last day to request a hearing: 5 working days after service (行政处罚法第六十四条第一项).</summary>
    public DueDate? HearingRequestPeriodEnd(CaseClock clock) => CurrentNotice?.ServedOn is { } served
        ? (clock.Calendar.AddWorkingDays(served, HearingRequestWorkingDays))
        : null;

    /// <summary>Last day to pay: 15 days from service (行政处罚法第六十七条), or the first unpaid approved instalment.</summary>
    public DateOnly? PaymentDueOn(CaseClock clock)
    {
        if (DeemedServedOn is not { } served)
        {
            return null;
        }

        var cumulative = 0m;
        foreach (var instalment in instalments.OrderBy(i => i.DueOn))
        {
            cumulative += instalment.Amount;
            if (cumulative > PaidAmount)
            {
                return instalment.DueOn;
            }
        }

        return clock.Calendar.Due(served, LegalPeriod.Days(clock.Rules.PaymentDays)).Date;
    }

    /// <summary>The document a service step or a failed attempt concerns in the current state.</summary>
    private (ServedDocument Document, int Sequence) DocumentBeingServed => State switch
    {
        CaseState.Notified => (ServedDocument.Notice, CurrentNotice?.Cycle ?? 0),
        CaseState.Executing => (ServedDocument.Demand, demands.Count + 1),
        _ => (ServedDocument.Decision, 1),
    };

    private void SetFineFindings(FineFindings findings)
    {
        EiaDocument = findings.EiaDocument;
        SeriousCircumstances = findings.Serious;
        Uncorrected = findings.Uncorrected;
    }

    // The 减轻 ground goes on the decision only when the decided fine is a 减轻 (the guard has checked it exists).
    // So does the ground of a warning given in place of a fine the provision does not pair with one (第三十二条).
    private string? DecidedMitigationGround(DecisionData data) =>
        RangeFor(ViolationCode, ActDate, data.DecidedOn, FineFindings).Range is { } range
            && (IsMitigation(range, data.Fine) || (data.Sanctions & Sanctions.Warning) != 0 && WarningAsMitigation(range, data.Fine, DecisionGround(data)))
            ? DecisionGround(data)?.Trim()
            : null;

    private void End(ReasonData data, Actor actor)
    {
        // Ending a suspended case also ends its suspension interval, approved by the same head.
        if (SuspendedFrom is not null)
        {
            suspensions[^1].End(data.On, actor.UserId);
            SuspendedFrom = null;
        }

        EndReason = data.Reason;
        EndedOn = data.On;
    }

    // An act still continuing with no end day given is found continuing on the day of the step.
    private static DateOnly? ActEnd(DateOnly? actDate, ActSpan? span, DateOnly stepDay) =>
        actDate ?? (span is { Continuing: true } ? stepDay : null);

    // The act's span and the discovery are facts of the record (行政处罚法第三十六条、第四十七条): in order, and none in the future.
    private static void RequireActAndDiscovery(DateOnly? actDate, ActSpan? span, DateOnly? discoveredOn, DateOnly registeredOn, DateOnly today)
    {
        if (span is { } s)
        {
            Require(s.StartedOn <= today, $"违法行为开始日期{Day(s.StartedOn)}不得晚于今天。");
            Require(actDate is not { } end || s.StartedOn <= end,
                $"违法行为开始日期{Day(s.StartedOn)}不得晚于{(s.Continuing ? "最后查明仍在继续的日期" : "终了日期")}{Day(actDate ?? s.StartedOn)}（行政处罚法第三十六条第二款：连续或者继续状态自行为终了之日起计算时效）。");
        }

        if (discoveredOn is { } found)
        {
            Require(found <= today, $"发现日期{Day(found)}不得晚于今天（行政处罚法第四十七条）。");
            Require(found <= registeredOn, $"发现日期{Day(found)}晚于案源登记日期{Day(registeredOn)}：案源登记即为发现，只能登记更早的发现日期（行政处罚法第三十六条）。");
            var actBegan = span?.StartedOn ?? actDate;
            Require(actBegan is not { } began || found >= began,
                $"发现日期{Day(found)}早于违法行为{(span is null ? "发生" : "开始")}日期{Day(actBegan ?? found)}：违法行为发生之前不能被发现（行政处罚法第三十六条）。");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(message);
        }
    }

    private static string Yuan(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + "元";

    private static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";
}
