using System.Globalization;

namespace CaseManagement.Domain.Parties;

/// <summary>居民身份证号码, GB 11643-1999 (LEGAL-REFERENCE.md §H.2): 18 characters, check by ISO 7064 MOD 11-2.</summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    // 2^(17−i) mod 11 for i = 0..16.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// Trims and upper-cases <paramref name="input"/> (a lowercase x is stored as X), then checks the
    /// length, that positions 1–17 are digits and 18 a digit or X, that positions 7–14 are a real
    /// birth date not after <paramref name="today"/>, and the check character. The old 15-digit
    /// numbers (GB 11643-1989) have no check character and are refused.
    /// </summary>
    public static IdentifierCheck Validate(string? input, DateOnly today)
    {
        var id = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (id.Length == 0)
        {
            return IdentifierCheck.Fail(id, "身份证号码不能为空");
        }

        if (id.Length != Length)
        {
            return IdentifierCheck.Fail(id, $"身份证号码应为18位，实际为{id.Length}位");
        }

        for (var i = 0; i < Length; i++)
        {
            var c = id[i];
            var allowed = char.IsAsciiDigit(c) || (i == Length - 1 && c == 'X');
            if (!allowed)
            {
                var rule = i == Length - 1 ? "第18位应为数字或X" : "前17位应为数字";
                return IdentifierCheck.Fail(id, $"第{i + 1}位字符“{c}”不合法（{rule}）");
            }
        }

        if (!TryReadBirthDate(id, out var birthDate))
        {
            return IdentifierCheck.Fail(id, $"出生日期“{id.Substring(6, 8)}”（第7–14位）不是有效日期");
        }

        if (birthDate > today)
        {
            return IdentifierCheck.Fail(id, string.Create(CultureInfo.InvariantCulture, $"出生日期{birthDate.Year}年{birthDate.Month}月{birthDate.Day}日晚于今天"));
        }

        var expected = CheckCharacter(id.AsSpan(0, 17));
        if (id[17] != expected)
        {
            return IdentifierCheck.Fail(id, $"校验码错误：第18位应为“{expected}”，实际为“{id[17]}”");
        }

        return IdentifierCheck.Ok(id);
    }

    /// <summary>
    /// Reads the birth date (positions 7–14, YYYYMMDD) of an 18-character number, e.g. to apply
    /// 行政处罚法第三十条 (age at the time of the act). False when it is not a real date.
    /// </summary>
    public static bool TryReadBirthDate(string? id, out DateOnly birthDate)
    {
        birthDate = default;
        var normalized = (id ?? string.Empty).Trim();
        return normalized.Length == Length
            && DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate);
    }

    /// <summary>ISO 7064 MOD 11-2: R = Σ a_i·W_i mod 11, mapped 0..10 → 1,0,X,9,8,7,6,5,4,3,2.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要身份证号码的前17位", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"第{i + 1}位应为数字", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
