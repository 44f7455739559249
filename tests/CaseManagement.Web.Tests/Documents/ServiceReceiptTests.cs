using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Tests.Documents.DocumentTestKit;

namespace CaseManagement.Web.Tests.Documents;

/// <summary>The 送达回证 shows what each method's article requires to be recorded (民事诉讼法第八十七条至第九十五条).</summary>
public sealed class ServiceReceiptTests
{
    private static readonly CaseClock Clock = CaseScenario.Clock;

    private static string Receipt(PenaltyCase c)
    {
        var docx = Fill("service-receipt", CaseScenario.Composer().Compose("service-receipt", c, CaseScenario.Context()), strict: true);
        Assert.Empty(ValidationErrors(docx));
        return Text(docx);
    }

    private static PenaltyCase ServedBy(ServiceMethod method, ServiceDetails details, DateOnly on)
    {
        var c = CaseScenario.Decided();
        c.Serve(CaseScenario.Clerk, Clock, new ServiceData(method, on, details));
        return c;
    }

    [Fact]
    public void Receipt_OfADirectService_ShowsPlaceTimeToTheMinuteRelationAndServers()
    {
        var text = Receipt(CaseScenario.Executing());

        Assert.Contains("直接送达", text);
        Assert.Contains("2025年3月28日10时30分", text);
        Assert.Contains("博兴县店子镇某搅拌站", text);
        Assert.Contains("（签收人：李四）", text);
        Assert.Contains("法定代表人", text);
        Assert.Contains("王执法、李执法", text);
    }

    [Fact]
    public void Receipt_OfALeftAtAddressService_ShowsTheWitnessRefusalReasonAndRecording()
    {
        var c = ServedBy(ServiceMethod.LeftAtAddress, new ServiceDetails
        {
            Recipient = "李四",
            Relation = RecipientRelation.LegalRepresentative,
            Place = "博兴县经济开发区建设路8号",
            Time = new TimeOnly(14, 5),
            ServerUserIds = ["o1", "o2"],
            RefusalReason = "称已停止建设，拒绝签收",
            Witnesses = [new ServiceWitness("赵某", "博兴县经济开发区管委会")],
            Recordings = ["DSJ-20250328-02"],
        }, CaseScenario.D(3, 28));

        var text = Receipt(c);

        Assert.Contains("留置送达", text);
        Assert.Contains("（拒收人：李四）", text);
        Assert.Contains("2025年3月28日14时05分", text);
        Assert.Contains("赵某（博兴县经济开发区管委会）", text);
        Assert.Contains("拒收事由：称已停止建设，拒绝签收", text);
        Assert.Contains("DSJ-20250328-02", text);
    }

    [Fact]
    public void Receipt_OfAMailService_ShowsTheTrackingNumberAndTheReturnSlipDate()
    {
        var c = ServedBy(ServiceMethod.Mail, new ServiceDetails { Recipient = "李四", TrackingNumber = "1151234567890", ReturnSlipDate = CaseScenario.D(4, 1) },
            CaseScenario.D(3, 28));

        var text = Receipt(c);

        Assert.Contains("邮寄送达", text);
        Assert.Contains("邮件号码：1151234567890", text);
        Assert.Contains("2025年3月28日交寄，2025年4月1日签收", text);
    }

    [Fact]
    public void Receipt_OfAnElectronicService_ShowsTheConsentFormAndTheAddress()
    {
        var c = ServedBy(ServiceMethod.Electronic, new ServiceDetails { ConsentReference = "博环送确〔2025〕3号", ElectronicAddress = "jiancai@example.com" },
            CaseScenario.D(3, 28));

        var text = Receipt(c);

        Assert.Contains("电子送达", text);
        Assert.Contains("确认书：博环送确〔2025〕3号", text);
        Assert.Contains("jiancai@example.com", text);
    }

    [Fact]
    public void Receipt_OfAPublication_ShowsTheChannelReasonDeemedDayAndTheFailedAttempt()
    {
        var c = CaseScenario.Decided();
        c.RecordServiceAttempt(CaseScenario.Clerk, Clock, new ServiceAttemptData(CaseScenario.D(3, 28), ServiceMethod.Mail, ServiceAttemptOutcome.MailReturned, "查无此人"));
        c.Serve(CaseScenario.Clerk, Clock, new ServiceData(ServiceMethod.Publication, CaseScenario.D(4, 1),
            new ServiceDetails { PublicationGround = PublicationGround.OtherMethodsFailed, PublicationChannels = ["博兴县人民政府门户网站"] }));

        var text = Receipt(c);

        Assert.Contains("公告送达", text);
        Assert.Contains("公告方式：博兴县人民政府门户网站", text);
        Assert.Contains("用其他方式无法送达", text);
        Assert.Contains("2025年4月1日最后一次公告，经过三十日即2025年5月1日视为送达", text);
        Assert.Contains("2025年3月28日邮寄送达未果：邮件被退回（查无此人）", text);
    }
}
