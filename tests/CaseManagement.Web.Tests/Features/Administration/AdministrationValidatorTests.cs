using CaseManagement.Web.Features.Administration;

namespace CaseManagement.Web.Tests.Features.Administration;

public class AdministrationValidatorTests
{
    [Theory]
    [InlineData("Short#1a", true)]
    [InlineData("short#1a", false)]
    [InlineData("SHORT#1A", false)]
    [InlineData("Shorter#a", false)]
    [InlineData("Shorter1a", false)]
    [InlineData("Sh#1a", false)]
    public void CreateUser_Password_FollowsTheIdentityPolicy(string password, bool valid)
    {
        var command = new CreateUser.Command { DisplayName = "测试", UserName = "tester", Password = password, Roles = ["Officer"] };

        var result = new CreateUser.Validator().Validate(command);

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void CreateUser_WithUnknownRole_IsRefused()
    {
        var command = new CreateUser.Command { DisplayName = "测试", UserName = "tester", Password = "Valid#2026", Roles = ["Superuser"] };

        var result = new CreateUser.Validator().Validate(command);

        Assert.Contains(result.Errors, e => e.PropertyName == "Roles" && e.ErrorMessage == "角色无效");
    }

    [Fact]
    public void SaveHolidayYear_WithDayInBothLists_PutsTheProblemBesideTheMakeupList()
    {
        var command = new SaveHolidayYear.Command { Year = 2027, Holidays = "2027-02-06", MakeupWorkdays = "2027-02-06" };

        var result = new SaveHolidayYear.Validator().Validate(command);

        var failure = Assert.Single(result.Errors);
        Assert.Equal(nameof(SaveHolidayYear.Command.MakeupWorkdays), failure.PropertyName);
        Assert.Contains("同时被列为放假日和调休上班日", failure.ErrorMessage);
    }

    [Fact]
    public void SaveHolidayYear_WithHolidayOutsideTheYear_PutsTheProblemBesideTheHolidayList()
    {
        var command = new SaveHolidayYear.Command { Year = 2027, Holidays = "2027-01-01 2027-06-30 2025-05-01" };

        var result = new SaveHolidayYear.Validator().Validate(command);

        var failure = Assert.Single(result.Errors);
        Assert.Equal(nameof(SaveHolidayYear.Command.Holidays), failure.PropertyName);
        Assert.Contains("2025-05-01 不属于 2027 年的安排", failure.ErrorMessage);
    }

    [Fact]
    public void ParseDates_WithMixedSeparators_ReadsEveryDateOnceAndReportsTheRest()
    {
        var (dates, invalid) = SaveHolidayYear.ParseDates("2027-10-01、2027-10-02，2027/10/3\n2027-10-01 国庆");

        Assert.Equal([new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 2), new DateOnly(2027, 10, 3)], dates);
        Assert.Equal(["国庆"], invalid);
    }

    [Fact]
    public void UpdateCertificate_WithDatesButNoNumber_AsksForTheNumber()
    {
        var command = new UpdateCertificate.Command { UserId = "u", ValidFrom = new DateOnly(2026, 1, 1), ValidTo = new DateOnly(2027, 1, 1) };

        var result = new UpdateCertificate.Validator(TimeProvider.System).Validate(command);

        Assert.Contains(result.Errors, e => e.PropertyName == "CertificateNumber" && e.ErrorMessage == "填写有效期时须填写执法证件号");
    }
}
