using CaseManagement.Domain.Cases;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

/// <summary>送达 by method (民事诉讼法第八十七条至第九十五条; 行政处罚法第六十一条; 行政强制法第三十八条).</summary>
public sealed class ServiceTests
{
    private static readonly CaseClock Late = Clocks.At(new DateOnly(2025, 12, 31));

    private static void AssertRefused(PenaltyCase c, string reason, Action step)
    {
        var before = Snapshot.Of(c);

        var error = Assert.Throws<DomainRuleException>(step);

        Assert.Contains(reason, error.Message);
        Assert.Equal(before, Snapshot.Of(c));
    }

    private static PenaltyCase Decided() => new CaseBuilder().Build(CaseState.Decided);

    private static void Serve(PenaltyCase c, ServiceMethod method, ServiceDetails details, DateOnly? on = null) =>
        c.Serve(Cast.Clerk, Late, new ServiceData(method, on ?? D(3, 28), details));

    private static ServiceAttemptData ReturnedMail(DateOnly on) =>
        new(on, ServiceMethod.Mail, ServiceAttemptOutcome.MailReturned, "邮件以“查无此人”退回");

    // ---- 直接送达 (民事诉讼法第八十八条) ----

    [Fact]
    public void Serve_DirectWithoutTheRecipientsRelation_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.DirectServiceRecorded, () => Serve(c, ServiceMethod.Direct, Served.Direct() with { Relation = null }));
    }

    [Fact]
    public void Serve_DirectWithoutTheTime_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.DirectServiceRecorded, () => Serve(c, ServiceMethod.Direct, Served.Direct() with { Time = null }));
    }

    [Fact]
    public void Serve_DirectByOneOfficer_IsRefusedByTheTwoOfficerRule()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.TwoCertifiedOfficers, () => Serve(c, ServiceMethod.Direct, Served.Direct() with { ServerUserIds = ["o1"] }));
    }

    [Fact]
    public void Serve_DirectByAnOfficerOutsideTheCase_IsRefusedByTheTwoOfficerRule()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.TwoCertifiedOfficers, () => Serve(c, ServiceMethod.Direct, Served.Direct() with { ServerUserIds = ["o1", "o3"] }));
    }

    [Fact]
    public void Serve_DirectWithEverythingRecorded_ServesOnThatDay()
    {
        var c = Decided();

        Serve(c, ServiceMethod.Direct, Served.Direct());

        Assert.Equal(CaseState.Executing, c.State);
        var service = Assert.Single(c.Services);
        Assert.Equal(D(3, 28), service.DeemedServedOn);
        Assert.Equal("李四", service.Recipient);
        Assert.Equal(RecipientRelation.LegalRepresentative, service.Details.Relation);
        Assert.Equal(new TimeOnly(10, 30), service.Details.Time);
    }

    // ---- 留置送达 (民事诉讼法第八十九条) ----

    [Fact]
    public void Serve_LeftAtAddressWithoutWitnessOrRecording_IsRefusedCitingArticle89()
    {
        var c = Decided();

        AssertRefused(c, "民事诉讼法第八十九条", () => Serve(c, ServiceMethod.LeftAtAddress, Served.LeftAtAddress() with { Witnesses = [] }));
    }

    [Fact]
    public void Serve_LeftAtAddressWithoutTheRefusalReason_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.LeftAtAddressRecorded, () => Serve(c, ServiceMethod.LeftAtAddress, Served.LeftAtAddress() with { RefusalReason = " " }));
    }

    [Fact]
    public void Serve_LeftAtAddressWithAWitnessWithoutUnit_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.LeftAtAddressRecorded,
            () => Serve(c, ServiceMethod.LeftAtAddress, Served.LeftAtAddress() with { Witnesses = [new ServiceWitness("王村长", "")] }));
    }

    [Fact]
    public void Serve_LeftAtAddressWithAWitness_IsAccepted()
    {
        var c = Decided();

        Serve(c, ServiceMethod.LeftAtAddress, Served.LeftAtAddress());

        Assert.Equal("王村长", Assert.Single(c.Services[0].Details.Witnesses).Name);
        Assert.Equal(D(3, 28), c.DeemedServedOn);
    }

    [Fact]
    public void Serve_LeftAtAddressWithAVideoInsteadOfAWitness_IsAccepted()
    {
        var c = Decided();

        Serve(c, ServiceMethod.LeftAtAddress, Served.LeftAtAddress() with { Witnesses = [], Recordings = ["执法记录仪 DSJ-0328-01"] });

        Assert.Equal(CaseState.Executing, c.State);
    }

    // ---- 电子送达 (民事诉讼法第九十条; 行政处罚法第六十一条第二款) ----

    [Fact]
    public void Serve_ElectronicWithoutTheConsentForm_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.ElectronicServiceRecorded, () => Serve(c, ServiceMethod.Electronic, Served.Electronic() with { ConsentReference = null }));
    }

    [Fact]
    public void Serve_ElectronicWithConsentAndAddress_ServesOnTheDayTheSystemShows()
    {
        var c = Decided();

        Serve(c, ServiceMethod.Electronic, Served.Electronic(), D(3, 31));

        Assert.Equal(D(3, 31), c.DeemedServedOn);
    }

    // ---- 委托送达、转交 (民事诉讼法第九十一条至第九十四条) ----

    [Theory]
    [InlineData(ServiceMethod.Entrusted, CaseGuards.EntrustedServiceRecorded)]
    [InlineData(ServiceMethod.Forwarded, CaseGuards.ForwardedServiceRecorded)]
    public void Serve_ThroughAnotherBodyWithoutNamingIt_IsRefused(ServiceMethod method, string guard)
    {
        var c = Decided();

        AssertRefused(c, guard, () => Serve(c, method, Served.Through(" ")));
    }

    [Theory]
    [InlineData(ServiceMethod.Entrusted, "淄博市生态环境局高青分局")]
    [InlineData(ServiceMethod.Forwarded, "山东省某监狱")]
    public void Serve_ThroughANamedBody_IsAccepted(ServiceMethod method, string body)
    {
        var c = Decided();

        Serve(c, method, Served.Through(body));

        Assert.Equal(body, c.Services[0].Details.Intermediary);
    }

    // ---- 邮寄送达 (民事诉讼法第九十一条) ----

    [Fact]
    public void Serve_ByMailWithoutTheReturnSlip_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.MailServiceRecorded, () => Serve(c, ServiceMethod.Mail, Served.Mail(D(4, 2)) with { ReturnSlipDate = null }));
    }

    [Fact]
    public void Serve_ByMailWithAReturnSlipBeforePosting_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.MailServiceRecorded, () => Serve(c, ServiceMethod.Mail, Served.Mail(D(3, 27))));
    }

    [Fact]
    public void Serve_ByMail_IsDeemedServedOnTheReturnSlipDate()
    {
        var c = Decided();

        Serve(c, ServiceMethod.Mail, Served.Mail(D(4, 2)));

        // Posted 2025-03-28, received 2025-04-02: fifteen days from receipt end Thursday 2025-04-17.
        Assert.Equal(D(3, 28), c.Services[0].ServedOn);
        Assert.Equal(D(4, 2), c.DeemedServedOn);
        Assert.Equal(D(4, 17), c.PaymentDueOn(Late));
    }

    // ---- 公告送达 (民事诉讼法第九十五条) ----

    [Fact]
    public void Serve_ByPublicationWithoutReasonOrFailedAttempt_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.PublicationServiceJustified, () => Serve(c, ServiceMethod.Publication, Served.Publication(PublicationGround.OtherMethodsFailed)));
    }

    [Fact]
    public void Serve_ByPublicationWithoutAChannel_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.PublicationServiceJustified,
            () => Serve(c, ServiceMethod.Publication, Served.Publication(PublicationGround.WhereaboutsUnknown) with { PublicationChannels = [] }));
    }

    [Fact]
    public void Serve_ByPublicationWhenWhereaboutsUnknown_IsDeemedServedThirtyDaysAfterTheLastPublication()
    {
        var c = Decided();

        Serve(c, ServiceMethod.Publication, Served.Publication(PublicationGround.WhereaboutsUnknown), D(4, 1));

        // 2025-04-01 + 30 days = 2025-05-01; fifteen days later is Friday 2025-05-16.
        Assert.Equal(D(5, 1), c.DeemedServedOn);
        Assert.Equal(D(5, 16), c.PaymentDueOn(Late));
    }

    [Fact]
    public void Serve_ByPublicationAfterAReturnedLetter_IsAccepted()
    {
        var c = Decided();
        c.RecordServiceAttempt(Cast.Clerk, Late, ReturnedMail(D(3, 31)));

        Serve(c, ServiceMethod.Publication, Served.Publication(), D(4, 1));

        Assert.Equal(D(5, 1), c.DeemedServedOn);
        var attempt = Assert.Single(c.ServiceAttempts);
        Assert.Equal(ServedDocument.Decision, attempt.Document);
        Assert.Equal(ServiceAttemptOutcome.MailReturned, attempt.Outcome);
    }

    // ---- 送达未果 ----

    [Fact]
    public void RecordServiceAttempt_OnTheDecision_KeepsTheCaseDecidedAndLogsIt()
    {
        var c = Decided();

        c.RecordServiceAttempt(Cast.Officer1, Late, ReturnedMail(D(3, 31)));

        Assert.Equal(CaseState.Decided, c.State);
        Assert.Null(c.DeemedServedOn);
        Assert.Equal(CaseTrigger.RecordServiceAttempt, c.History[^1].Trigger);
        Assert.Contains("邮件被退回", c.History[^1].Summary);
    }

    [Fact]
    public void RecordServiceAttempt_DatedBeforeTheDecision_IsRefused()
    {
        var c = Decided();

        AssertRefused(c, CaseGuards.DatedInOrder, () => c.RecordServiceAttempt(Cast.Officer1, Late, ReturnedMail(D(3, 26))));
    }

    [Fact]
    public void RecordServiceAttempt_OnANoticeAlreadyServed_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 13), Served.Direct()));

        AssertRefused(c, CaseGuards.NoticeNotYetServed, () => c.RecordServiceAttempt(Cast.Officer1, Late, ReturnedMail(D(3, 14))));
    }

    [Fact]
    public void RecordServiceAttempt_OnAnotherNoticeCycle_DoesNotJustifyPublication()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);
        c.RecordServiceAttempt(Cast.Officer1, Late, ReturnedMail(D(3, 13)));
        c.RecordNoticeService(Cast.Officer1, Late, new NoticeServiceData(ServiceMethod.Direct, D(3, 14), Served.Direct()));
        c.CloseStatementPeriod(Cast.Reviewer, Late, new StatementPeriodClosureData(D(3, 25), "复核"));
        c.IssueNotice(Cast.Reviewer, Late, new NoticeData("博环罚告〔2025〕2号", D(3, 26)));

        AssertRefused(c, CaseGuards.PublicationServiceJustified, () => c.RecordNoticeService(Cast.Clerk, Late,
            new NoticeServiceData(ServiceMethod.Publication, D(3, 28), Served.Publication(PublicationGround.OtherMethodsFailed))));
    }

    // ---- 告知书 ----

    [Fact]
    public void RecordNoticeService_ByPublication_StartsTheStatementPeriodThirtyDaysLater()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);
        c.RecordServiceAttempt(Cast.Clerk, Late, ReturnedMail(D(3, 17)));

        c.RecordNoticeService(Cast.Clerk, Late, new NoticeServiceData(ServiceMethod.Publication, D(3, 20), Served.Publication()));

        Assert.Equal(D(4, 19), c.CurrentNotice!.ServedOn);
        Assert.Equal(D(3, 20), c.CurrentNotice.ServiceStepOn);
        Assert.Equal(ServedDocument.Notice, c.ServiceAttempts[0].Document);
        Assert.True(c.StatementPeriodEnd(Late)!.Value.Date > D(4, 19));
    }

    [Fact]
    public void RecordNoticeService_LeftAtAddressWithoutWitness_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Notified);

        AssertRefused(c, CaseGuards.LeftAtAddressRecorded, () => c.RecordNoticeService(Cast.Officer1, Late,
            new NoticeServiceData(ServiceMethod.LeftAtAddress, D(3, 13), Served.LeftAtAddress() with { Witnesses = [] })));
    }

    // ---- 催告书 (行政强制法第三十八条) ----

    [Fact]
    public void IssueDemand_ByMailWithoutAFailedDirectAttempt_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        AssertRefused(c, CaseGuards.DemandServedDirectly,
            () => c.IssueDemand(Cast.Officer1, Late, new DemandData(D(4, 15), D(4, 15), ServiceMethod.Mail, Served.Mail(D(4, 18)))));
    }

    [Fact]
    public void IssueDemand_ByMailAfterAFailedDirectAttempt_RunsTheTenDaysFromTheReturnSlip()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);
        c.RecordServiceAttempt(Cast.Officer1, Late, new ServiceAttemptData(D(4, 15), ServiceMethod.Direct, ServiceAttemptOutcome.NobodyPresent, "厂区停产，无人在场"));

        c.IssueDemand(Cast.Officer1, Late, new DemandData(D(4, 15), D(4, 16), ServiceMethod.Mail, Served.Mail(D(4, 18))));

        var demand = Assert.Single(c.Demands);
        Assert.Equal(1, demand.Number);
        Assert.Equal(D(4, 18), demand.DeemedServedOn);

        // Ten working days after Friday 2025-04-18 (make-up workday Sunday 2025-04-27 counts) end 2025-05-06;
        // counted from the posting day 2025-04-16 they would have ended 2025-04-29.
        AssertRefused(c, CaseGuards.DemandPeriodOver, () => c.ApplyToCourt(Cast.Head, Late, new CourtApplicationData(D(4, 30), "博兴县人民法院")));
    }

    [Fact]
    public void RecordServiceAttempt_OnTheDemandBeforePaymentIsOverdue_IsRefused()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        AssertRefused(c, CaseGuards.PaymentOverdue, () => c.RecordServiceAttempt(Cast.Officer1, Late, ReturnedMail(D(4, 14))));
    }
}
