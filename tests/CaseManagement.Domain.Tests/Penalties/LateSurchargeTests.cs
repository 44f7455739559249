using CaseManagement.Domain.Calendar;
using CaseManagement.Domain.Penalties;

namespace CaseManagement.Domain.Tests.Penalties;

public class LateSurchargeTests
{
    private const decimal Rate = 0.03m;
    private static readonly DateOnly LastPaymentDay = new(2025, 3, 18);

    private static SurchargeResult Compute(
        decimal fine, DateOnly asOf, (DateOnly On, decimal Amount)[]? payments = null, DateInterval[]? paused = null, decimal rate = Rate) =>
        LateSurcharge.Compute(fine, LastPaymentDay, payments ?? [], paused ?? [], asOf, rate);

    [Fact]
    public void Compute_WhenDay33Of100000Fine_Is99000()
    {
        var result = Compute(100_000m, new DateOnly(2025, 4, 20));

        Assert.Equal(new SurchargeResult(99_000m, 33, false, null), result);
    }

    [Fact]
    public void Compute_WhenDay34Of100000Fine_IsCappedAtTheFineOn21April()
    {
        var result = Compute(100_000m, new DateOnly(2025, 4, 21));

        Assert.Equal(new SurchargeResult(100_000m, 34, true, new DateOnly(2025, 4, 21)), result);
    }

    [Fact]
    public void Compute_WhenLongAfterTheCap_StaysAtTheFine()
    {
        var result = Compute(100_000m, new DateOnly(2025, 12, 31));

        Assert.Equal(100_000m, result.Amount);
        Assert.Equal(new DateOnly(2025, 4, 21), result.CapReachedOn);
    }

    [Fact]
    public void Compute_WhenOnTheLastPaymentDay_IsZero()
    {
        Assert.Equal(new SurchargeResult(0m, 0, false, null), Compute(100_000m, LastPaymentDay));
    }

    [Fact]
    public void Compute_WhenFirstDayAfterLastPaymentDay_IsOneDay()
    {
        Assert.Equal(new SurchargeResult(3_000m, 1, false, null), Compute(100_000m, new DateOnly(2025, 3, 19)));
    }

    [Fact]
    public void Compute_WhenReconsiderationPendingSevenDays_SkipsThemAndCapsSevenDaysLater()
    {
        var paused = new[] { new DateInterval(new DateOnly(2025, 3, 25), new DateOnly(2025, 3, 31)) };

        var on21April = Compute(100_000m, new DateOnly(2025, 4, 21), paused: paused);
        var capped = Compute(100_000m, new DateOnly(2025, 5, 31), paused: paused);

        Assert.Equal(new SurchargeResult(81_000m, 27, false, null), on21April);
        Assert.Equal(new DateOnly(2025, 4, 28), capped.CapReachedOn);
    }

    [Fact]
    public void Compute_WhenLitigationStillPending_StopsAccruing()
    {
        var paused = new[] { new DateInterval(new DateOnly(2025, 4, 1), null) };

        var result = Compute(100_000m, new DateOnly(2025, 6, 30), paused: paused);

        Assert.Equal(new SurchargeResult(39_000m, 13, false, null), result);
    }

    [Fact]
    public void Compute_WhenPartPaidLate_AccruesOnTheRemainderFromTheNextDay()
    {
        var payments = new[] { (new DateOnly(2025, 3, 25), 40_000m) };

        var result = Compute(100_000m, new DateOnly(2025, 3, 31), payments);

        Assert.Equal(new SurchargeResult(21_000m + 10_800m, 13, false, null), result);
    }

    [Fact]
    public void Compute_WhenHalfPaidInTime_AccruesOnHalfAndCapsAtTheFine()
    {
        var payments = new[] { (new DateOnly(2025, 3, 10), 50_000m) };

        var day66 = Compute(100_000m, new DateOnly(2025, 5, 23), payments);
        var day67 = Compute(100_000m, new DateOnly(2025, 5, 24), payments);

        Assert.Equal(99_000m, day66.Amount);
        Assert.Equal(new SurchargeResult(100_000m, 67, true, new DateOnly(2025, 5, 24)), day67);
    }

    [Fact]
    public void Compute_WhenPaidInFull_StopsAfterThePaymentDay()
    {
        var payments = new[] { (new DateOnly(2025, 3, 20), 100_000m) };

        var result = Compute(100_000m, new DateOnly(2025, 4, 30), payments);

        Assert.Equal(new SurchargeResult(6_000m, 2, false, null), result);
    }

    [Fact]
    public void Compute_WhenDailyAmountHasHalfAFen_RoundsAwayFromZero()
    {
        var result = Compute(1.50m, new DateOnly(2025, 3, 20));

        Assert.Equal(0.10m, result.Amount);
    }

    [Fact]
    public void Compute_WhenFineIsNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute(-1m, new DateOnly(2025, 4, 1)));
    }
}
