using CaseManagement.Web.Infrastructure;

namespace CaseManagement.Web.Tests.Api;

public class ValidationErrorsTests
{
    public enum Document
    {
        Report,
        Form,
    }

    private static readonly Dictionary<string, Document> Documents = new()
    {
        ["report"] = Document.Report,
        ["form"] = Document.Form,
    };

    [Fact]
    public void OptionalDate_WhenAbsent_IsNullWithoutError()
    {
        var errors = new ValidationErrors();

        var date = errors.OptionalDate("actEndDate", null, "违法行为终了日");

        Assert.Null(date);
        Assert.False(errors.HasErrors);
    }

    [Fact]
    public void OptionalDate_WhenInvalid_RecordsError()
    {
        var errors = new ValidationErrors();

        var date = errors.OptionalDate("actEndDate", "2025-13-01", "违法行为终了日");

        Assert.Null(date);
        Assert.True(errors.HasErrors);
    }

    [Fact]
    public void OptionalDate_WhenValid_ReturnsDate()
    {
        var errors = new ValidationErrors();

        Assert.Equal(new DateOnly(2026, 11, 29), errors.OptionalDate("decisionDate", " 2026-11-29 ", "决定日期"));
        Assert.False(errors.HasErrors);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("8500000", 8500000.0, false)]
    [InlineData("-1", null, true)]
    [InlineData("1.001", null, true)]
    public void OptionalAmount_WhenValue_ParsesOrRecordsError(string? value, double? expected, bool hasError)
    {
        var errors = new ValidationErrors();

        var amount = errors.OptionalAmount("totalInvestment", value);

        Assert.Equal(expected is null ? null : (decimal)expected.Value, amount);
        Assert.Equal(hasError, errors.HasErrors);
    }

    [Theory]
    [InlineData("report", Document.Report)]
    [InlineData("FORM", Document.Form)]
    public void RequiredChoice_WhenKnownWord_ReturnsChoice(string value, Document expected)
    {
        var errors = new ValidationErrors();

        Assert.Equal(expected, errors.RequiredChoice("eiaDocument", value, "环评文件类型", Documents));
        Assert.False(errors.HasErrors);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("table")]
    [InlineData("报告书")]
    public void RequiredChoice_WhenUnknownWord_RecordsError(string value)
    {
        var errors = new ValidationErrors();

        var choice = errors.RequiredChoice("eiaDocument", value, "环评文件类型", Documents);

        Assert.Null(choice);
        Assert.True(errors.HasErrors);
    }
}
