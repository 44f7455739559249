using System.Text;

namespace CaseManagement.Domain.Money;

/// <summary>
/// 人民币大写 per 中国人民银行《正确填写票据和结算凭证的基本规定》 (LEGAL-REFERENCE.md §H.3).
/// Always takes the "with 零" option of rule 4c, and writes a leading tens digit as 壹拾 (rule 5).
/// </summary>
public static class RmbUppercase
{
    /// <summary>Largest amount written: groups go up to 万亿 (four four-digit groups of yuan).</summary>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] PlaceUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    /// <summary>
    /// Writes <paramref name="amount"/> (yuan, at most two decimals) in uppercase words without the
    /// "人民币" prefix, e.g. 1005 → 壹仟零伍元整, 0.05 → 伍分, 0 → 零元整.
    /// </summary>
    /// <exception cref="InvalidAmountException">Negative, more than two decimals, or above <see cref="MaxAmount"/>.</exception>
    public static string Format(decimal amount)
    {
        if (amount < 0)
        {
            throw new InvalidAmountException($"金额不能为负数：{amount}");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new InvalidAmountException($"金额最多两位小数（精确到分）：{amount}");
        }

        if (amount > MaxAmount)
        {
            throw new InvalidAmountException($"金额过大，无法转换为大写：{amount}");
        }

        var yuan = decimal.Truncate(amount);
        var cents = (int)((amount - yuan) * 100);
        var jiao = cents / 10;
        var fen = cents % 10;

        if (yuan == 0 && cents == 0)
        {
            return "零元整";
        }

        var text = new StringBuilder();
        if (yuan > 0)
        {
            AppendYuan(text, (long)yuan);
            text.Append('元');
        }

        // Rule 2: an amount ending at 元 gets 整; after 角 it is optional (we omit it); after 分 never.
        if (cents == 0)
        {
            return text.Append('整').ToString();
        }

        // Rule 4d: 角 is 0 but 分 is not → 零 must follow 元. Rule 4c ("with 零" option): the 元 place
        // is 0 but 角 is not → write one 零.
        if (yuan > 0 && (yuan % 10 == 0 || jiao == 0))
        {
            text.Append('零');
        }

        if (jiao > 0)
        {
            text.Append(Digits[jiao]).Append('角');
        }

        if (fen > 0)
        {
            text.Append(Digits[fen]).Append('分');
        }

        return text.ToString();
    }

    /// <summary>The same words with the "人民币" prefix and no gap (rule 3), as printed on decisions.</summary>
    public static string FormatWithPrefix(decimal amount) => "人民币" + Format(amount);

    private static void AppendYuan(StringBuilder text, long yuan)
    {
        var groups = new List<int>();
        for (var rest = yuan; rest > 0; rest /= 10_000)
        {
            groups.Add((int)(rest % 10_000));
        }

        // Walk from the highest group down. Rules 4a/4b: a zero (or a run of zeros) between non-zero
        // digits is one 零, also across group boundaries: before a lower group whose 仟 place is 0, or
        // after an all-zero group that was skipped.
        var pendingZero = false;
        for (var index = groups.Count - 1; index >= 0; index--)
        {
            var group = groups[index];
            if (group == 0)
            {
                pendingZero = true;
                continue;
            }

            var isHighest = index == groups.Count - 1;
            if (!isHighest && (pendingZero || group < 1000))
            {
                text.Append('零');
            }

            AppendGroup(text, group);
            text.Append(GroupUnits[index]);
            pendingZero = false;
        }
    }

    /// <summary>One four-digit group: zero runs inside it collapse to one 零, trailing zeros are dropped.</summary>
    private static void AppendGroup(StringBuilder text, int group)
    {
        var started = false;
        var zeroRun = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = group / Pow10(place) % 10;
            if (digit == 0)
            {
                zeroRun = started;
                continue;
            }

            if (zeroRun)
            {
                text.Append('零');
                zeroRun = false;
            }

            // Rule 5: a leading 1 in the tens place is 壹拾, never a bare 拾.
            text.Append(Digits[digit]).Append(PlaceUnits[place]);
            started = true;
        }
    }

    private static int Pow10(int place) => place switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
}
