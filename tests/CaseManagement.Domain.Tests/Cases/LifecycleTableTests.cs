using CaseManagement.Domain.Cases;
using static CaseManagement.Domain.Cases.CaseState;
using static CaseManagement.Domain.Cases.CaseTrigger;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>Every state × trigger cell: allowed cells move to the expected state, all others are refused.</summary>
public sealed class LifecycleTableTests
{
    private static readonly DateOnly On = new(2025, 6, 3);
    private static readonly CaseClock Clock = Clocks.At(new DateOnly(2025, 6, 30));

    // The court window opens after the litigation period (6 months from the service of 2025-03-28).
    private static readonly CaseClock CourtClock = Clocks.At(new DateOnly(2025, 10, 31));

    // Written independently of the machine: the procedure of DECISIONS.md §4.
    private static readonly Dictionary<CaseState, Dictionary<CaseTrigger, CaseState>> Expected = new()
    {
        [Lead] = new() { [RequestFiling] = Lead, [ExtendDeadline] = Lead, [CaseTrigger.File] = Investigation, [DeclineToFile] = NotFiled, [Transfer] = Transferred },
        [Investigation] = WithCorrection(Investigation, new()
        {
            [AddEvidence] = Investigation, [EditEvidence] = Investigation, [RecordInvestigation] = Investigation, [RecordInvestmentFinding] = Investigation,
            [SubmitForReview] = Review, [Suspend] = Suspended, [Terminate] = Terminated, [CancelFiling] = Cancelled,
            [Transfer] = Transferred,
        }),
        [Suspended] = new() { [Resume] = Investigation, [Terminate] = Terminated, [CancelFiling] = Cancelled, [ChangeOfficers] = Suspended },
        [Review] = WithCorrection(Review, new()
        {
            [CompleteCaseReview] = Review, [EditEvidence] = Review, [ReturnForInvestigation] = Investigation, [IssueNotice] = Notified,
            [Suspend] = Suspended, [Terminate] = Terminated,
        }),
        [Notified] = WithCorrection(Notified, new()
        {
            [RecordNoticeService] = Notified, [RecordServiceAttempt] = Notified, [RecordStatement] = Notified, [RequestHearing] = Hearing,
            [CloseStatementPeriod] = LegalReview,
        }),
        [Hearing] = WithCorrection(Hearing, new() { [ScheduleHearing] = Hearing, [ServeHearingNotice] = Hearing, [ConcludeHearing] = LegalReview }),
        [LegalReview] = WithCorrection(LegalReview, new()
        {
            [PassLegalReview] = PendingDecision, [RequireDiscussion] = CollectiveDiscussion,
            [ReturnForInvestigation] = Investigation, [IssueNotice] = Notified, [Suspend] = Suspended,
        }),
        [CollectiveDiscussion] = WithCorrection(CollectiveDiscussion, new() { [ConcludeDiscussion] = PendingDecision, [Suspend] = Suspended }),
        [PendingDecision] = WithCorrection(PendingDecision, new()
        {
            [Decide] = Decided, [DecideNoPenalty] = Decided, [IssueNotice] = Notified, [Transfer] = Transferred, [Suspend] = Suspended,
        }),
        [Decided] = new()
        {
            [Serve] = Executing, [RecordServiceAttempt] = Decided, [OrderCorrection] = Decided, [RecordReinspection] = Decided,
            [ServeCorrectionOrder] = Decided, [ChangeOfficers] = Decided, [RecordPublication] = Decided, [OpenDailyPenaltyCase] = Decided,
            [RecordRemedy] = Decided, [RecordRemedyOutcome] = Decided, [ReturnForInvestigation] = Investigation,
        },
        [Executing] = new()
        {
            [RecordPayment] = Executing, [ApproveInstalments] = Executing, [IssueDemand] = Executing, [RecordServiceAttempt] = Executing,
            [ApplyToCourt] = Executing,
            [OrderCorrection] = Executing, [RecordReinspection] = Executing, [RecordPublication] = Executing, [Close] = Closed,
            [ServeCorrectionOrder] = Executing, [ChangeOfficers] = Executing, [OpenDailyPenaltyCase] = Executing,
            [RecordRemedy] = Executing, [RecordRemedyOutcome] = Executing, [ReturnForInvestigation] = Investigation,
        },
        [Closed] = new() { [Archive] = Archived, [RecordPublication] = Closed },
        [NotFiled] = new() { [Archive] = Archived },
        [Cancelled] = new() { [Archive] = Archived },
        [Terminated] = new() { [Archive] = Archived },
        [Transferred] = new() { [Archive] = Archived },
        [Archived] = new(),
    };

    public static TheoryData<CaseState, CaseTrigger> Cells()
    {
        var data = new TheoryData<CaseState, CaseTrigger>();
        foreach (var state in Enum.GetValues<CaseState>())
        {
            // RegisterLead creates a case; no existing case can fire it (see RegisterLead tests).
            foreach (var trigger in Enum.GetValues<CaseTrigger>().Where(t => t != RegisterLead))
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Fire_InEveryStateAndTrigger_MovesAsTheProcedureSaysOrChangesNothing(CaseState state, CaseTrigger trigger)
    {
        // 按日连续处罚 applies only to discharge violations (环境保护法第五十九条), fined within their range.
        var builder = trigger == OpenDailyPenaltyCase
            ? new CaseBuilder().WithViolation("AirEmissionExceedance", new DateOnly(2025, 1, 10)).WithPenalty(200_000m)
            : new CaseBuilder();
        var c = builder.Build(state);
        Assert.Equal(state, c.State);

        if (Expected[state].TryGetValue(trigger, out var target))
        {
            Prepare(c, state, trigger);
            var count = c.History.Count;

            Fire(c, state, trigger);

            Assert.Equal(target, c.State);
            Assert.Equal(count + 1, c.History.Count);
            var last = c.History[^1];
            Assert.Equal((state, target, trigger), (last.From!.Value, last.To, last.Trigger));
            Assert.Equal(Cast.For(trigger).UserId, last.UserId);
            Assert.Equal(trigger == ApplyToCourt ? CourtClock.Now : Clock.Now, last.At);
            Assert.False(string.IsNullOrWhiteSpace(last.Summary));
        }
        else
        {
            var before = Snapshot.Of(c);

            var error = Assert.Throws<DomainRuleException>(() => Fire(c, state, trigger));

            Assert.Contains(trigger.ToChinese(), error.Message);
            Assert.Equal(before, Snapshot.Of(c));
        }
    }

    [Fact]
    public void ExpectedTable_CoversEveryState()
    {
        Assert.Equal(Enum.GetValues<CaseState>().Length, Expected.Count);
    }

    private static Dictionary<CaseTrigger, CaseState> WithCorrection(CaseState state, Dictionary<CaseTrigger, CaseState> cells)
    {
        cells[OrderCorrection] = state;
        cells[RecordReinspection] = state;
        cells[ServeCorrectionOrder] = state;
        cells[ExtendDeadline] = state;
        cells[ChangeOfficers] = state;
        return cells;
    }

    // Steps a cell needs first, done through the public methods (e.g. a 复查 needs a 责令改正).
    private static void Prepare(PenaltyCase c, CaseState state, CaseTrigger trigger)
    {
        switch (trigger)
        {
            case CaseTrigger.File:
                c.RequestFiling(Cast.Officer1, Clock, new FilingRequestData(On, "提请立案"));
                break;
            case IssueNotice when state == Review:
                c.CompleteCaseReview(Cast.Reviewer, Clock, new CaseReviewData(On, CaseBuilder.PassingChecklist(), "同意"));
                break;
            case RecordStatement or RequestHearing or CloseStatementPeriod:
                c.RecordNoticeService(Cast.Officer1, Clock, new NoticeServiceData(ServiceMethod.Direct, CaseBuilder.D(3, 13), Served.Direct()));
                break;
            case RecordReinspection:
                c.OrderCorrection(Cast.Officer1, Clock, new CorrectionData(On, On.AddDays(30), "停止超标排放"));
                c.ServeCorrectionOrder(Cast.Officer1, Clock, new CorrectionServiceData(1, ServiceMethod.Direct, On, Served.Direct()));
                break;
            case ServeHearingNotice:
                c.ScheduleHearing(Cast.Reviewer, Clock, new HearingScheduleData(On, new DateOnly(2025, 6, 16), "听证室", "r1", "陈法制"));
                break;
            case ServeCorrectionOrder:
                c.OrderCorrection(Cast.Officer1, Clock, new CorrectionData(On, On.AddDays(30), "停止超标排放"));
                break;
            case OpenDailyPenaltyCase:
                c.OrderCorrection(Cast.Officer1, Clock, new CorrectionData(On, On.AddDays(10), "停止超标排放"));
                c.ServeCorrectionOrder(Cast.Officer1, Clock, new CorrectionServiceData(1, ServiceMethod.Direct, On, Served.Direct()));
                c.RecordReinspection(Cast.Officer1, Clock, new ReinspectionData(1, On.AddDays(7), ["o1", "o2"], false, "仍超标排放"));
                break;
            case RecordRemedyOutcome:
                c.RecordRemedy(Cast.Reviewer, Clock, new RemedyData(RemedyKind.Reconsideration, On, "博兴县人民政府"));
                break;
            case ReturnForInvestigation when state is Decided or Executing:
                c.RecordRemedy(Cast.Reviewer, Clock, new RemedyData(RemedyKind.Reconsideration, On, "博兴县人民政府"));
                c.RecordRemedyOutcome(Cast.Reviewer, Clock, new RemedyOutcomeData(1, RemedyOutcome.RevokedNewDecisionOrdered, On, null));
                break;
            case Close when state == Executing:
                c.RecordRemedy(Cast.Reviewer, Clock, new RemedyData(RemedyKind.Reconsideration, On, "博兴县人民政府"));
                c.RecordRemedyOutcome(Cast.Reviewer, Clock, new RemedyOutcomeData(1, RemedyOutcome.Revoked, On, null));
                break;
            case ApplyToCourt:
                c.IssueDemand(Cast.Officer1, Clock, new DemandData(On, On, ServiceMethod.Direct, Served.Direct()));
                break;
        }
    }

    internal static void Fire(PenaltyCase c, CaseState state, CaseTrigger trigger)
    {
        var a = Cast.For(trigger);
        switch (trigger)
        {
            case RequestFiling: c.RequestFiling(a, Clock, new FilingRequestData(On, "提请立案")); break;
            case CaseTrigger.File: c.File(a, Clock, new FilingData(On, "博环罚立〔2025〕9号", [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o2")])); break;
            case DeclineToFile: c.DeclineToFile(a, Clock, new ReasonData(On, "不予立案")); break;
            case CancelFiling: c.CancelFiling(a, Clock, new ReasonData(On, "撤销立案")); break;
            case Terminate: c.Terminate(a, Clock, new ReasonData(On, "终止调查")); break;
            case Transfer: c.Transfer(a, Clock, new ReasonData(On, "移送")); break;
            case Suspend: c.Suspend(a, Clock, new SuspensionData(On, "中止")); break;
            case Resume: c.Resume(a, Clock, new ResumptionData(On)); break;
            case AddEvidence: c.AddEvidence(a, Clock, new EvidenceData(EvidenceKind.Physical, "水样", On, "排放口", ["o1", "o2"], null)); break;
            case EditEvidence: c.EditEvidence(a, Clock, new EvidenceEditData(1, On, "在线监测数据（厂区排放口）", null, "证明超标排放")); break;
            case RecordInvestigation: c.RecordInvestigation(a, Clock, new InvestigationRecordData(InvestigationRecordKind.Interview, On, "局询问室", ["o1", "o2"], "询问")); break;
            case RecordInvestmentFinding: c.RecordInvestmentFinding(a, Clock, new InvestmentFindingData(On, 1_000_000m, InvestmentBasis.ThirdPartyAppraisal, [1])); break;
            case SubmitForReview: c.SubmitForReview(a, Clock, new ReviewSubmissionData(On, "调查终结报告", "登记表未备案", "EiaRegistrationNotFiled", new DateOnly(2025, 1, 10), new ProposedPenalty(50_000m, Sanctions.None, false))); break;
            case CompleteCaseReview: c.CompleteCaseReview(a, Clock, new CaseReviewData(On, CaseBuilder.PassingChecklist(), "同意")); break;
            case ReturnForInvestigation: c.ReturnForInvestigation(a, Clock, new ReasonData(On, "证据不足")); break;
            case IssueNotice: c.IssueNotice(a, Clock, new NoticeData("博环罚告〔2025〕2号", On)); break;
            case RecordNoticeService: c.RecordNoticeService(a, Clock, new NoticeServiceData(ServiceMethod.Direct, On, Served.Direct())); break;
            case RecordStatement: c.RecordStatement(a, Clock, new StatementData(On, "申辩意见", false, false)); break;
            case RequestHearing: c.RequestHearing(a, Clock, new HearingRequestData(CaseBuilder.D(3, 14))); break;
            case ScheduleHearing: c.ScheduleHearing(a, Clock, new HearingScheduleData(On, new DateOnly(2025, 6, 16), "听证室", "r1", "陈法制")); break;
            case ConcludeHearing: c.ConcludeHearing(a, Clock, new HearingConclusionData(On, HearingOutcome.Withdrawn, "撤回听证申请")); break;
            case CloseStatementPeriod: c.CloseStatementPeriod(a, Clock, new StatementPeriodClosureData(On, "复核")); break;
            case RequireDiscussion: c.RequireDiscussion(a, Clock, new LegalReviewData(On, "同意，提请集体讨论")); break;
            case ConcludeDiscussion: c.ConcludeDiscussion(a, Clock, new DiscussionData(On, ["张局长"], "同意")); break;
            case PassLegalReview: c.PassLegalReview(a, Clock, new LegalReviewData(On, "同意")); break;
            case Decide: c.Decide(a, Clock, new DecisionData("博环罚决〔2025〕2号", On, 50_000m, Sanctions.None)); break;
            case DecideNoPenalty: c.DecideNoPenalty(a, Clock, new NoPenaltyDecisionData("博环不罚〔2025〕1号", On, "违法行为轻微并及时改正")); break;
            case Serve: c.Serve(a, Clock, new ServiceData(ServiceMethod.Direct, On, Served.Direct())); break;
            case RecordPayment: c.RecordPayment(a, Clock, new PaymentData(On, 1_000m, "缴款书002")); break;
            case ApproveInstalments: c.ApproveInstalments(a, Clock, new InstalmentData(On, [new(new DateOnly(2025, 7, 1), 25_000m), new(new DateOnly(2025, 8, 1), 25_000m)], "经济困难")); break;
            case IssueDemand: c.IssueDemand(a, Clock, new DemandData(On, On, ServiceMethod.Direct, Served.Direct())); break;
            case ApplyToCourt: c.ApplyToCourt(a, CourtClock, new CourtApplicationData(new DateOnly(2025, 10, 30), "博兴县人民法院")); break;
            case ExtendDeadline: c.ExtendDeadline(a, Clock, new ExtensionData(state == Lead ? ExtensionKind.Filing : ExtensionKind.Decision, On, 15, "案情复杂")); break;
            case OrderCorrection: c.OrderCorrection(a, Clock, new CorrectionData(On, On.AddDays(30), "停止超标排放")); break;
            case RecordReinspection: c.RecordReinspection(a, Clock, new ReinspectionData(1, On.AddDays(1), ["o1", "o2"], true, "已改正")); break;
            case ServeHearingNotice: c.ServeHearingNotice(a, Clock, new HearingNoticeServiceData(ServiceMethod.Direct, On, Served.Direct())); break;
            case ServeCorrectionOrder: c.ServeCorrectionOrder(a, Clock, new CorrectionServiceData(1, ServiceMethod.Direct, On, Served.Direct())); break;
            case RecordRemedy: c.RecordRemedy(a, Clock, new RemedyData(RemedyKind.Litigation, On, "博兴县人民法院")); break;
            case RecordRemedyOutcome: c.RecordRemedyOutcome(a, Clock, new RemedyOutcomeData(1, RemedyOutcome.Upheld, On, null)); break;
            case Close: c.Close(a, Clock, new ClosureData(On, ClosureGround.DecisionRevoked, "复议决定撤销")); break;
            case Archive: c.Archive(a, Clock, new ArchiveData(On, "2025-永久-009")); break;
            case RecordServiceAttempt: c.RecordServiceAttempt(a, Clock, new ServiceAttemptData(On, ServiceMethod.Mail, ServiceAttemptOutcome.MailReturned, "查无此人")); break;
            case RecordPublication: c.RecordPublication(a, Clock, new PublicationData(On, "门户网站", null)); break;
            case ChangeOfficers: c.ChangeOfficers(a, Clock, new OfficerChangeData(On, [Cast.CaseOfficer("o1"), Cast.CaseOfficer("o3")], "李执法调离", false)); break;
            case OpenDailyPenaltyCase: c.OpenDailyPenaltyCase(a, Clock, new DailyPenaltyCaseData(new DateOnly(2025, 6, 20), 1)); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
