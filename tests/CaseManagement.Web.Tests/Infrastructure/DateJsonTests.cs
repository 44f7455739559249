using System.Text.Json;
using CaseManagement.Web.Infrastructure;

namespace CaseManagement.Web.Tests.Infrastructure;

/// <summary>Business dates in the API's JSON (DECISIONS.md §8): "yyyy-MM-dd" out, nothing else accepted in.</summary>
public sealed class DateJsonTests
{
    private static readonly JsonSerializerOptions Options = Configured();

    private sealed record Dated(DateOnly On, DateOnly? Until, IReadOnlyList<DateOnly> Days);

    [Fact]
    public void Dates_AreWrittenAsYearMonthDay_AndReadBack()
    {
        var dated = new Dated(new DateOnly(2026, 8, 15), null, [new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31), new DateOnly(2027, 1, 4)]);

        var json = JsonSerializer.Serialize(dated, Options);

        Assert.Equal("""{"on":"2026-08-15","until":null,"days":["0001-01-01","9999-12-31","2027-01-04"]}""", json);
        var back = JsonSerializer.Deserialize<Dated>(json, Options)!;
        Assert.Equal(dated.On, back.On);
        Assert.Equal(dated.Days, back.Days);
    }

    [Theory]
    [InlineData("2026/08/15")]
    [InlineData("2026-8-15")]
    [InlineData("2026-02-30")]
    [InlineData("15.08.2026")]
    public void OtherDateFormats_AreRefusedWithTheExpectedFormat(string text)
    {
        var failure = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dated>($$"""{"on":"{{text}}","days":[]}""", Options));

        Assert.Contains("yyyy-MM-dd", failure.Message);
    }

    private static JsonSerializerOptions Configured()
    {
        var options = new JsonSerializerOptions();
        JsonSetup.Configure(options);
        return options;
    }
}
