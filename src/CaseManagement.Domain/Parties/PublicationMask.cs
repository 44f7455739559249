using System.Globalization;
using System.Text;

namespace CaseManagement.Domain.Parties;

/// <summary>
/// Masks personal data in what is published (行政处罚法第四十八条 公示; 第五十条 个人隐私).
/// DECISIONS.md §3: ID numbers keep the first 6 and last 4 characters; no phone numbers, no
/// personal addresses are published at all (callers leave them out).
/// </summary>
public static class PublicationMask
{
    private const char Star = '*';

    /// <summary>
    /// 370101190102039973 → 370101********9973: the first 6 (address code) and last 4 characters
    /// are kept, everything between is one '*' per character. A value of 10 characters or fewer
    /// cannot keep 6 + 4 without revealing all of it, so it is masked entirely.
    /// </summary>
    public static string IdNumber(string? id)
    {
        var text = (id ?? string.Empty).Trim().ToUpperInvariant();
        if (text.Length <= 10)
        {
            return new string(Star, text.Length);
        }

        return string.Concat(text.AsSpan(0, 6), new string(Star, text.Length - 10), text.AsSpan(text.Length - 4));
    }

    /// <summary>
    /// A natural person's name as published: the first character (the surname, or the first half of a
    /// compound surname such as 欧阳) stays; for names of three or more characters the last stays too;
    /// every other character becomes one '*'. 张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明.
    /// The middle dot of transliterated names (买买提·艾力) is kept so the shape stays readable.
    /// Characters are counted as text elements, so a rare character outside the BMP is one character.
    /// </summary>
    public static string PersonName(string? name)
    {
        var text = (name ?? string.Empty).Trim();
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        if (elements.Count <= 1)
        {
            return text;
        }

        var keepLast = elements.Count >= 3;
        var masked = new StringBuilder(text.Length);
        for (var i = 0; i < elements.Count; i++)
        {
            var keep = i == 0 || (keepLast && i == elements.Count - 1) || elements[i] is "·" or "•" or "・";
            masked.Append(keep ? elements[i] : Star.ToString());
        }

        return masked.ToString();
    }
}
