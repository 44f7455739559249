using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Domain.Tests.Cases;

internal static class Cast
{
    public static readonly Actor Officer1 = new("o1", "王执法", new HashSet<CaseRole> { CaseRole.Officer });
    public static readonly Actor Officer2 = new("o2", "李执法", new HashSet<CaseRole> { CaseRole.Officer });
    public static readonly Actor Officer3 = new("o3", "赵执法", new HashSet<CaseRole> { CaseRole.Officer });
    /// <summary>A legal reviewer with the 法律职业资格 recorded (行政处罚法第五十八条第二款).</summary>
    public static readonly Actor Reviewer = new("r1", "陈法制", new HashSet<CaseRole> { CaseRole.LegalReviewer }) { LegallyQualified = true };

    /// <summary>A reviewer with no qualification recorded and no record of reviewing before 2021-07-15: first-time.</summary>
    public static readonly Actor UnqualifiedReviewer = new("r2", "周法制", new HashSet<CaseRole> { CaseRole.LegalReviewer });

    /// <summary>A reviewer without the qualification who has done legal review since before 2021-07-15: not first-time.</summary>
    public static readonly Actor VeteranReviewer = new("r3", "吴法制", new HashSet<CaseRole> { CaseRole.LegalReviewer }) { LegalReviewSince = new DateOnly(2019, 3, 1) };

    /// <summary>A reviewer who is also an officer of the case: 查审分离 must stop them.</summary>
    public static readonly Actor InvestigatingReviewer = new("o2", "李执法", new HashSet<CaseRole> { CaseRole.Officer, CaseRole.LegalReviewer }) { LegallyQualified = true };

    public static readonly Actor Head = new("h1", "张局长", new HashSet<CaseRole> { CaseRole.Head });
    public static readonly Actor DeputyHead = new("h2", "刘副局长", new HashSet<CaseRole> { CaseRole.Head, CaseRole.Officer });
    public static readonly Actor Clerk = new("c1", "周内勤", new HashSet<CaseRole> { CaseRole.Clerk });
    public static readonly Actor Admin = new("a1", "管理员", new HashSet<CaseRole> { CaseRole.Administrator });

    public static CaseOfficer CaseOfficer(string userId, DateOnly? validTo = null) =>
        new(userId, userId == "o1" ? "王执法" : "李执法", $"37160{userId}", new DateOnly(2024, 1, 1), validTo ?? new DateOnly(2027, 12, 31));

    public static Actor For(CaseTrigger trigger) => CaseRoleTable.RolesFor(trigger)[0] switch
    {
        CaseRole.Officer => Officer1,
        CaseRole.LegalReviewer => Reviewer,
        CaseRole.Head => Head,
        CaseRole.Clerk => Clerk,
        _ => Admin,
    };
}

internal static class Clocks
{
    public static readonly LegalCalendar Calendar = new(HolidayCalendar.Seed);

    public static CaseClock At(DateOnly today, CaseRules? rules = null) =>
        new(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)), today, Calendar, rules ?? CaseRules.Default);
}

/// <summary>Drives a case to any state through its public intent methods only.</summary>
internal sealed class CaseBuilder
{
    public static readonly DateOnly BuiltBy = new(2025, 4, 30);

    private PartyKind partyKind = PartyKind.Organisation;
    private string violation = "EiaRegistrationNotFiled";
    private DateOnly actDate = new(2025, 1, 10);
    private ProposedPenalty proposed = new(50_000m, Sanctions.None, false);
    private FineFindings? findings;
    private string? governmentApproval;

    public CaseClock Clock { get; } = Clocks.At(BuiltBy);

    public CaseBuilder WithParty(PartyKind kind)
    {
        partyKind = kind;
        return this;
    }

    public CaseBuilder WithPenalty(decimal fine, Sanctions sanctions = Sanctions.None, bool flagged = false, string? mitigationGround = null)
    {
        proposed = new ProposedPenalty(fine, sanctions, flagged, mitigationGround);
        return this;
    }

    /// <summary>The findings recorded at 调查终结 (情节严重 …) and, for 停业、关闭, the government's approval at the decision.</summary>
    public CaseBuilder WithFindings(FineFindings found, string? approval = null)
    {
        findings = found;
        governmentApproval = approval;
        return this;
    }

    public CaseBuilder WithViolation(string code, DateOnly act)
    {
        violation = code;
        actDate = act;
        return this;
    }

    public static DateOnly D(int month, int day) => new(2025, month, day);

    public PenaltyCase Build(CaseState target)
    {
        var c = PenaltyCase.RegisterLead(Cast.Officer1, Clock, new LeadData(
            1, "群众举报", D(3, 3), "超标排放大气污染物", violation, actDate,
            new Party(partyKind, partyKind == PartyKind.Organisation ? "博兴县某化工有限公司" : "张三",
                partyKind == PartyKind.Organisation ? "91371625MA3C000000" : "372330198001010000", "博兴县经济开发区", "李四")));
        switch (target)
        {
            case CaseState.Lead:
                return c;
            case CaseState.NotFiled:
                c.DeclineToFile(Cast.Head, Clock, new ReasonData(D(3, 5), "不属于本机关管辖"));
                return c;
            case CaseState.Transferred:
                c.Transfer(Cast.Head, Clock, new ReasonData(D(3, 5), "移送有管辖权的机关"));
                return c;
        }

        c.RequestFiling(Cast.Officer1, Clock, new FilingRequestData(D(3, 4), "初查发现超标排放"));
        c.File(Cast.Head, Clock, new FilingData(D(3, 5), "博环罚立〔2025〕1号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")]));
        c.AddEvidence(Cast.Officer1, Clock, new EvidenceData(EvidenceKind.Electronic, "在线监测数据", D(3, 6), "厂区排放口", ["o1", "o2"], null));
        c.RecordInvestigation(Cast.Officer1, Clock, new InvestigationRecordData(InvestigationRecordKind.Inspection, D(3, 6), "厂区", ["o1", "o2"], "现场检查"));
        if (violation == PenaltyCase.EiaUnapprovedConstruction && actDate < PenaltyCase.EcologicalCodeInForce)
        {
            c.RecordInvestmentFinding(Cast.Officer1, Clock, new InvestmentFindingData(D(3, 7), 8_500_000m, InvestmentBasis.InterviewRecord, [1]));
        }

        switch (target)
        {
            case CaseState.Investigation:
                return c;
            case CaseState.Suspended:
                c.Suspend(Cast.Head, Clock, new SuspensionData(D(3, 7), "等待法律适用解释"));
                return c;
            case CaseState.Cancelled:
                c.CancelFiling(Cast.Head, Clock, new ReasonData(D(3, 7), "不符合立案条件"));
                return c;
            case CaseState.Terminated:
                c.Terminate(Cast.Head, Clock, new ReasonData(D(3, 7), "违法事实不成立"));
                return c;
        }

        // The officer never flags for discussion (DECISIONS.md §3): a flagged case is flagged by the head's notice.
        c.SubmitForReview(Cast.Officer1, Clock, new ReviewSubmissionData(D(3, 10), "调查终结报告", "超标排放大气污染物", violation, actDate,
            proposed with { FlaggedForDiscussion = false }, findings));
        if (target == CaseState.Review)
        {
            return c;
        }

        c.CompleteCaseReview(Cast.Reviewer, Clock, new CaseReviewData(D(3, 11), PassingChecklist(), "同意"));
        c.IssueNotice(proposed.FlaggedForDiscussion ? Cast.Head : Cast.Reviewer, Clock,
            new NoticeData("博环罚告〔2025〕1号", D(3, 12), proposed.FlaggedForDiscussion ? proposed : null));
        if (target == CaseState.Notified)
        {
            return c;
        }

        c.RecordNoticeService(Cast.Officer1, Clock, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Served.Direct()));
        switch (target)
        {
            case CaseState.Hearing:
                c.RequestHearing(Cast.Officer1, Clock, new HearingRequestData(D(3, 14)));
                return c;
        }

        c.CloseStatementPeriod(Cast.Reviewer, Clock, new StatementPeriodClosureData(D(3, 24), "当事人未陈述申辩"));
        if (target == CaseState.LegalReview)
        {
            return c;
        }

        if (target == CaseState.CollectiveDiscussion || c.DiscussionRequired(Clock.Rules))
        {
            c.RequireDiscussion(Cast.Reviewer, Clock, new LegalReviewData(D(3, 25), "同意，提请集体讨论"));
            if (target == CaseState.CollectiveDiscussion)
            {
                return c;
            }

            c.ConcludeDiscussion(Cast.Head, Clock, new DiscussionData(D(3, 26), ["张局长", "刘副局长"], "同意拟处罚意见"));
        }
        else
        {
            c.PassLegalReview(Cast.Reviewer, Clock, new LegalReviewData(D(3, 25), "同意"));
        }

        if (target == CaseState.PendingDecision)
        {
            return c;
        }

        c.Decide(Cast.Head, Clock, new DecisionData("博环罚决〔2025〕1号", D(3, 27), proposed.Fine, proposed.Sanctions) { GovernmentApproval = governmentApproval });
        if (target == CaseState.Decided)
        {
            return c;
        }

        c.Serve(Cast.Officer1, Clock, new ServiceData(ServiceMethod.Direct, D(3, 28), Served.Direct()));
        if (target == CaseState.Executing)
        {
            return c;
        }

        c.RecordPayment(Cast.Clerk, Clock, new PaymentData(D(4, 1), proposed.Fine, "非税收入缴款书001"));
        c.Close(Cast.Head, Clock, new ClosureData(D(4, 2), ClosureGround.PerformedInFull, "已全部缴纳"));
        if (target == CaseState.Closed)
        {
            return c;
        }

        c.Archive(Cast.Clerk, Clock, new ArchiveData(D(4, 3), "2025-永久-001"));
        return c;
    }

    public static ReviewChecklist PassingChecklist()
    {
        var ok = new ReviewItem(true, "符合");
        return new ReviewChecklist(ok, ok, ok, ok, ok, ok, ok);
    }
}

/// <summary>Everything observable on a case, to prove a refused step changed nothing.</summary>
internal static class Snapshot
{
    public static string Of(PenaltyCase c) => string.Join("|",
        c.State, c.Version, c.SuspendedFrom, c.LastStepOn, c.CaseNumber, c.Cause, c.ViolationCode, c.ActDate, c.ActSpan, c.DiscoveredOn,
        c.FilingRequest, c.FilingApproval, c.Officers.Count, c.Evidence.Count, c.Records.Count, c.InvestmentFinding,
        c.ProposedPenalty, c.CaseReview, c.Notices.Count, c.CurrentNotice?.ServedOn, c.Statements.Count, c.Hearings.Count,
        c.CurrentHearing?.HearingOn, c.CurrentHearing?.ConcludedOn, c.StatementPeriodClosedOn, c.LegalReview, c.Discussion,
        c.Decision, c.Services.Count, c.ServiceAttempts.Count, c.CurrentNotice?.ServiceDetails, c.Payments.Count, c.Instalments.Count, c.Demands.Count, c.CourtApplication,
        c.Corrections.Count, c.Corrections.LastOrDefault()?.ServedOn, c.Reinspections.Count, c.DailyPenalties.Count, c.Remedies.Count, c.Remedies.LastOrDefault()?.Outcome, c.Suspensions.Count, c.Suspensions.LastOrDefault()?.To,
        c.Extensions.Count, c.EndReason, c.Closure, c.ArchiveRecord, c.Publication, c.History.Count, c.FineFindings);
}

/// <summary>Complete 送达回证 details per method, as an officer would fill them in.</summary>
internal static class Served
{
    public static ServiceDetails Direct(string recipient = "李四") => new()
    {
        Recipient = recipient,
        Relation = RecipientRelation.LegalRepresentative,
        Place = "博兴县经济开发区某化工有限公司办公室",
        Time = new TimeOnly(10, 30),
        ServerUserIds = ["o1", "o2"],
    };

    public static ServiceDetails LeftAtAddress() => new()
    {
        Recipient = "李四",
        Relation = RecipientRelation.LegalRepresentative,
        Place = "博兴县经济开发区某化工有限公司",
        Time = new TimeOnly(9, 15),
        ServerUserIds = ["o1", "o2"],
        RefusalReason = "法定代表人称不服处罚，拒绝签收",
        Witnesses = [new ServiceWitness("王村长", "博兴县某村民委员会")],
    };

    public static ServiceDetails Mail(DateOnly returnSlipDate) => new()
    {
        Recipient = "李四",
        TrackingNumber = "1151234567890",
        ReturnSlipDate = returnSlipDate,
    };

    public static ServiceDetails Publication(PublicationGround? ground = null) => new()
    {
        PublicationGround = ground,
        PublicationChannels = ["博兴县人民政府门户网站", "受送达人住所地公告栏"],
    };

    public static ServiceDetails Electronic() => new()
    {
        ConsentReference = "博环送确〔2025〕3号",
        ElectronicAddress = "lisi@example.com",
    };

    public static ServiceDetails Through(string intermediary) => new()
    {
        Recipient = "李四",
        Intermediary = intermediary,
    };
}
