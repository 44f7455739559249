using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Deadlines;
using static CaseManagement.Domain.Tests.Cases.CaseBuilder;

namespace CaseManagement.Domain.Tests.Cases;

public class CaseDeadlineTests
{
    [Fact]
    public void Deadlines_WhenCaseServed_ShowsMetStepsAndPendingPayment()
    {
        var builder = new CaseBuilder();
        var c = builder.Build(CaseState.Executing);

        var deadlines = c.Deadlines(Clocks.At(D(4, 1)));

        var decision = deadlines.Single(d => d.Kind == DeadlineKind.DecisionLimit);
        Assert.Equal(DeadlineStatus.Met, decision.Status);
        Assert.Equal(D(3, 27), decision.MetOn);
        var statement = deadlines.Single(d => d.Kind == DeadlineKind.StatementPeriod);
        Assert.Equal(D(3, 20), statement.DueDate);
        var payment = deadlines.Single(d => d.Kind == DeadlineKind.Payment);
        Assert.Equal(D(4, 14), payment.DueDate);
        Assert.Equal(DeadlineStatus.Pending, payment.Status);
        Assert.Contains("第六十七条", payment.Basis);
    }

    [Fact]
    public void Deadlines_WhenFineUnpaidAfterPaymentDay_PaymentOverdue()
    {
        var c = new CaseBuilder().Build(CaseState.Executing);

        var payment = c.Deadlines(Clocks.At(D(4, 20))).Single(d => d.Kind == DeadlineKind.Payment);

        Assert.Equal(DeadlineStatus.Overdue, payment.Status);
    }

    [Fact]
    public void Deadlines_WhenSuspendedTenDays_DecisionLimitMovesByTenDays()
    {
        var builder = new CaseBuilder();
        var plain = builder.Build(CaseState.Investigation);
        var suspended = new CaseBuilder().Build(CaseState.Investigation);
        suspended.Suspend(Cast.Head, builder.Clock, new SuspensionData(D(3, 10), "需要有权机关作出解释"));
        suspended.Resume(Cast.Head, builder.Clock, new ResumptionData(D(3, 20)));

        var before = plain.Deadlines(Clocks.At(D(3, 25))).Single(d => d.Kind == DeadlineKind.DecisionLimit).DueDate;
        var after = suspended.Deadlines(Clocks.At(D(3, 25))).Single(d => d.Kind == DeadlineKind.DecisionLimit).DueDate;

        Assert.Equal(Clocks.Calendar.RollOver(before.AddDays(11)).Date, after);
    }
}
