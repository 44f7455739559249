using CaseManagement.Domain.Calendar;

namespace CaseManagement.Domain.Penalties;

/// <summary>
/// 加处罚款 for late payment of a fine (行政处罚法第七十二条第一款第一项；行政强制法第四十五条):
/// a share of the unpaid fine per day from the day after the last payment day, the total never above the
/// fine, and not accrued while reconsideration or litigation is pending (行政处罚法第七十三条第三款).
/// </summary>
public static class LateSurcharge
{
    /// <summary>
    /// The surcharge owed at the end of <paramref name="asOf"/>.
    /// Day 1 is the day after <paramref name="lastPaymentDay"/> (already rolled over; LEGAL-REFERENCE §J.8).
    /// A payment reduces the unpaid fine from the day after it is made, so paying on day N costs N days
    /// of surcharge. Each day's amount is rounded to the fen (half away from zero).
    /// </summary>
    public static SurchargeResult Compute(
        decimal fine,
        DateOnly lastPaymentDay,
        IReadOnlyList<(DateOnly On, decimal Amount)> payments,
        IReadOnlyList<DateInterval> pausedIntervals,
        DateOnly asOf,
        decimal ratePerDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fine);
        ArgumentOutOfRangeException.ThrowIfNegative(ratePerDay);

        var ordered = payments.OrderBy(p => p.On).ToArray();
        var next = 0;
        var paid = 0m;
        var total = 0m;
        var days = 0;
        for (var day = lastPaymentDay.AddDays(1); day <= asOf; day = day.AddDays(1))
        {
            while (next < ordered.Length && ordered[next].On < day)
            {
                paid += ordered[next++].Amount;
            }

            var unpaid = fine - paid;
            if (unpaid <= 0)
            {
                break;
            }

            // 行政处罚法第七十三条第三款：复议、诉讼期间加处罚款不予计算
            if (pausedIntervals.Any(i => i.Contains(day)))
            {
                continue;
            }

            days++;
            var daily = Math.Round(unpaid * ratePerDay, 2, MidpointRounding.AwayFromZero);

            // 行政处罚法第七十二条第一款第一项：加处罚款的数额不得超出罚款的数额
            if (total + daily >= fine)
            {
                return new SurchargeResult(fine, days, Capped: true, CapReachedOn: day);
            }

            total += daily;
        }

        return new SurchargeResult(total, days, Capped: false, CapReachedOn: null);
    }
}

/// <summary>
/// The surcharge owed, the number of days it accrued on, and whether (and on which day) it reached the
/// fine, after which it no longer grows.
/// </summary>
public sealed record SurchargeResult(decimal Amount, int DaysAccrued, bool Capped, DateOnly? CapReachedOn);
