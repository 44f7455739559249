using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using CaseManagement.Domain.Tests.Cases;

namespace CaseManagement.Domain.Tests.Deadlines;

/// <summary>行政处罚法第六十四条第二项 with 第八十五条: one reading — 7 full working days between service and hearing.</summary>
public sealed class HearingNoticePeriodTests
{
    private static readonly LegalCalendar Calendar = new(HolidayCalendar.Seed);

    [Theory]
    [InlineData("2025-06-03", "2025-06-12", false)] // 6-4 … 6-11: six working days between
    [InlineData("2025-06-03", "2025-06-13", true)]  // 6-4 … 6-12: seven
    [InlineData("2025-09-26", "2025-10-13", false)] // the National Day week: 9-28 (make-up), 9-29, 9-30, 10-9, 10-10, 10-11 (make-up) = 6
    [InlineData("2025-09-26", "2025-10-14", true)]
    public void InTime_CountsTheWorkingDaysStrictlyBetween(string served, string hearing, bool inTime)
    {
        Assert.Equal(inTime, HearingNoticePeriod.InTime(Calendar, DateOnly.Parse(served), DateOnly.Parse(hearing)));
    }

    [Fact]
    public void LatestServiceDay_IsAlwaysAWorkingDayAndAgreesWithTheGuard()
    {
        for (var hearing = new DateOnly(2025, 1, 1); hearing <= new DateOnly(2025, 12, 31); hearing = hearing.AddDays(1))
        {
            var latest = HearingNoticePeriod.LatestServiceDay(Calendar, hearing).Date;

            Assert.True(Calendar.Holidays.IsWorkingDay(latest), $"{hearing}: {latest} is a rest day");
            Assert.True(HearingNoticePeriod.InTime(Calendar, latest, hearing), $"{hearing}: serving on {latest} is refused");
            var nextWorkingDay = Calendar.AddWorkingDays(latest, 1).Date;
            Assert.False(HearingNoticePeriod.InTime(Calendar, nextWorkingDay, hearing), $"{hearing}: serving on {nextWorkingDay} is allowed");
        }
    }

    [Fact]
    public void ServeHearingNotice_TheDayAfterTheLatestDay_IsRefusedWithTheSameReading()
    {
        var clock = Clocks.At(new DateOnly(2025, 6, 30));
        var c = new CaseBuilder().Build(CaseState.Hearing);
        c.ScheduleHearing(Cast.Reviewer, clock, new HearingScheduleData(new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 16), "听证室", "r1", "陈法制"));
        var latest = Assert.Single(c.Deadlines(clock), d => d.Kind == DeadlineKind.HearingNotice).DueDate;
        var before = Snapshot.Of(c);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.ServeHearingNotice(Cast.Officer1, clock, new HearingNoticeServiceData(ServiceMethod.Direct, latest.AddDays(1), Served.Direct())));

        Assert.Contains(CaseGuards.HearingNoticeSevenDays, refusal.Message);
        Assert.Equal(before, Snapshot.Of(c));
        c.ServeHearingNotice(Cast.Officer1, clock, new HearingNoticeServiceData(ServiceMethod.Direct, latest, Served.Direct()));
        Assert.Equal(latest, c.CurrentHearing!.NoticeServedOn);
    }

    [Fact]
    public void ConcludeHearing_AsHeld_BeforeTheNoticeWasServed_IsRefused()
    {
        var clock = Clocks.At(new DateOnly(2025, 6, 30));
        var c = new CaseBuilder().Build(CaseState.Hearing);
        c.ScheduleHearing(Cast.Reviewer, clock, new HearingScheduleData(new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 16), "听证室", "r1", "陈法制"));

        var refusal = Assert.Throws<DomainRuleException>(() =>
            c.ConcludeHearing(Cast.Reviewer, clock, new HearingConclusionData(new DateOnly(2025, 6, 16), HearingOutcome.Held, "听证")));

        Assert.Contains(CaseGuards.HearingHeldOrWaived, refusal.Message);
    }

    [Fact]
    public void HearingPublicity_IsPublicUnlessAGroundIsRecorded()
    {
        Assert.Equal("公开举行", ((HearingPrivacyGround?)null).Publicity());
        Assert.Equal("不公开举行（涉及个人隐私）", ((HearingPrivacyGround?)HearingPrivacyGround.Privacy).Publicity());
    }
}
