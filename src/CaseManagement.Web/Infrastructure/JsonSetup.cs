using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CaseManagement.Web.Infrastructure;

/// <summary>The JSON of the public contract (DECISIONS.md §8): camelCase, enums as strings, dates yyyy-MM-dd.</summary>
public static class JsonSetup
{
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Enum values keep their code names (CaseState.Lead → "Lead"): DECISIONS.md §4 makes them the API names.
        json.Converters.Add(new JsonStringEnumConverter());
        json.Converters.Add(new DateOnlyJsonConverter());
        // Chinese text stays readable in responses instead of \uXXXX escapes; HTML-sensitive characters are still escaped.
        json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    }
}

/// <summary>Business dates as "yyyy-MM-dd", nothing else accepted on input.</summary>
public sealed class DateOnlyJsonConverter : JsonConverter<DateOnly>
{
    public const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"“{text}”不是有效日期，格式应为{Format}");
    }

    // Formatted straight into UTF-8 (a case view writes every date of its records and history): no string per date.
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        Span<byte> utf8 = stackalloc byte[16];
        if (value.TryFormat(utf8, out var written, Format, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(utf8[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
        }
    }
}
