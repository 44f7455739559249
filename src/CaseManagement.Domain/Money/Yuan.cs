using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseManagement.Domain.Money;

/// <summary>Reads an amount of money in yuan typed by a person or sent in a query string, and writes one in plain notation.</summary>
public static partial class Yuan
{
    /// <summary>
    /// The amount in plain notation without trailing zeros ("150000", "1234.5"): 1000m, 1000.00m and 1E3 are the same
    /// amount and read the same, whatever scale the database handed back (PostgreSQL's numeric keeps two places, SQLite none).
    /// </summary>
    public static string Plain(decimal amount) => amount.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Amounts must be below this (一万亿元): far above any fine, small enough to catch typos.</summary>
    public const decimal UpperBound = 1_000_000_000_000m;

    /// <summary>
    /// Parses plain decimal notation ("8500000", "123456.78", ".5"; no thousands separators, no
    /// exponent, no currency sign). On failure <paramref name="error"/> says in Chinese which rule
    /// was broken: 不是数字, 不能为负数, 最多两位小数 or 金额过大.
    /// Trailing zeros after the second decimal ("1.500") are accepted: the value is exact to the fen.
    /// </summary>
    public static bool TryParse(string? input, out decimal amount, out string? error)
    {
        amount = 0;
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "金额不能为空";
            return false;
        }

        var match = PlainNumber().Match(text);
        if (!match.Success || match.Groups["integer"].Length + match.Groups["fraction"].Length == 0)
        {
            error = $"金额“{text}”不是数字";
            return false;
        }

        var integerDigits = match.Groups["integer"].Value.TrimStart('0');
        var fraction = match.Groups["fraction"].Value.TrimEnd('0');
        var isZero = integerDigits.Length == 0 && fraction.Length == 0;

        if (match.Groups["sign"].Value == "-" && !isZero)
        {
            error = "金额不能为负数";
            return false;
        }

        if (fraction.Length > 2)
        {
            error = "金额最多两位小数（精确到分）";
            return false;
        }

        // Checked on the digits, before conversion, so a 40-digit number is "too large", not "not a number".
        if (integerDigits.Length > 12)
        {
            error = "金额过大";
            return false;
        }

        var normalized = (integerDigits.Length == 0 ? "0" : integerDigits) + (fraction.Length == 0 ? string.Empty : "." + fraction);
        amount = decimal.Parse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        error = null;
        return true;
    }

    /// <summary>Like <see cref="TryParse"/> but throws <see cref="InvalidAmountException"/> with the Chinese reason.</summary>
    public static decimal Parse(string? input) =>
        TryParse(input, out var amount, out var error) ? amount : throw new InvalidAmountException(error!);

    // ASCII digits only: \d would also accept full-width and other scripts' digits.
    [GeneratedRegex(@"^(?<sign>[+-]?)(?<integer>[0-9]*)(?:\.(?<fraction>[0-9]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
