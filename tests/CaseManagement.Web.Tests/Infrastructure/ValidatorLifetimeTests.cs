using System.Reflection;
using CaseManagement.Web.Features.Administration;
using CaseManagement.Web.Features.Cases;
using FluentValidation;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>
/// Validators are built once and live as long as the server (MediatorSetup), so they may hold nothing of one request
/// or one day: a date rule made on Friday must still judge Saturday's dates by Saturday.
/// </summary>
public sealed class ValidatorLifetimeTests
{
    private static readonly DateTimeOffset Friday = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Saturday = new(2026, 11, 28);

    [Fact]
    public void Validators_TakeOnlyTheClock()
    {
        var validators = typeof(CaseStepCommand).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .ToList();

        Assert.True(validators.Count > 40, $"{validators.Count} validators found");
        foreach (var type in validators)
        {
            foreach (var parameter in type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).SelectMany(c => c.GetParameters()))
            {
                Assert.True(parameter.ParameterType == typeof(TimeProvider), $"{type.FullName} takes a {parameter.ParameterType.Name}, which may not outlive a request");
            }
        }
    }

    [Fact]
    public void StepDate_IsJudgedByTheDayTheRuleRuns()
    {
        var clock = new MovingClock(Friday);
        var validator = new Suspend.Validator(clock);
        var command = new Suspend.Command { CaseId = 1, Version = Guid.NewGuid(), From = Saturday, Reason = "当事人下落不明，待查明后恢复" };

        var onFriday = validator.Validate(command).Errors.Where(e => e.PropertyName == nameof(Suspend.Command.From)).ToList();
        clock.Advance(TimeSpan.FromDays(1));
        var onSaturday = validator.Validate(command).Errors.Where(e => e.PropertyName == nameof(Suspend.Command.From)).ToList();

        Assert.EndsWith("不得晚于今天（2026-11-27）：业务日期须为实际发生之日", Assert.Single(onFriday).ErrorMessage); // the day it ran
        Assert.Empty(onSaturday);
    }

    [Fact]
    public void RegistrationDate_IsJudgedByTheDayTheRuleRuns()
    {
        var clock = new MovingClock(Friday);
        var validator = new CreateCase.Validator(clock);
        var command = new CreateCase.Command { RegisteredOn = Saturday };

        Assert.Contains(validator.Validate(command).Errors, e => e.PropertyName == nameof(CreateCase.Command.RegisteredOn));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(validator.Validate(command).Errors, e => e.PropertyName == nameof(CreateCase.Command.RegisteredOn));
    }

    [Fact]
    public void LegalReviewSince_IsJudgedByTheDayTheRuleRuns()
    {
        var clock = new MovingClock(Friday);
        var validator = new UpdateCertificate.Validator(clock);
        var command = new UpdateCertificate.Command { UserId = "u1", LegalReviewSince = Saturday };

        Assert.Contains(validator.Validate(command).Errors, e => e.PropertyName == nameof(UpdateCertificate.Command.LegalReviewSince));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(validator.Validate(command).Errors, e => e.PropertyName == nameof(UpdateCertificate.Command.LegalReviewSince));
    }

    private sealed class MovingClock(DateTimeOffset start) : TimeProvider
    {
        private TimeSpan moved;

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + moved;

        public void Advance(TimeSpan by) => moved += by;
    }
}
