namespace CaseManagement.Domain.Parties;

/// <summary>统一社会信用代码, GB 32100-2015 (LEGAL-REFERENCE.md §H.1).</summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    // GB 32100-2015: 31 characters, values 0–30 in this order; I, O, Z, S, V are never used.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // W_i = 3^(i−1) mod 31 for positions 1..17.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 11714 organisation code inside positions 9–17 (best knowledge, consistent with the §H.1 vectors).
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Trims and upper-cases <paramref name="input"/>, then checks length, character set, the
    /// administrative-division digits (positions 3–8), the check character (position 18) and, unless
    /// <paramref name="checkOrganisationCode"/> is false, the GB 11714 check character of the embedded
    /// organisation code (position 17). Only the charset and checksums are checked, not the code tables.
    /// </summary>
    public static IdentifierCheck Validate(string? input, bool checkOrganisationCode = true)
    {
        var code = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return IdentifierCheck.Fail(code, "统一社会信用代码不能为空");
        }

        if (code.Length != Length)
        {
            return IdentifierCheck.Fail(code, $"统一社会信用代码应为18位，实际为{code.Length}位");
        }

        for (var i = 0; i < Length; i++)
        {
            var c = code[i];
            if (Alphabet.IndexOf(c) < 0)
            {
                var hint = "IOZSV".Contains(c) ? "（统一社会信用代码不使用I、O、Z、S、V）" : string.Empty;
                return IdentifierCheck.Fail(code, $"第{i + 1}位字符“{c}”不合法{hint}");
            }

            if (i is >= 2 and <= 7 && !char.IsAsciiDigit(c))
            {
                return IdentifierCheck.Fail(code, $"第{i + 1}位应为数字（第3–8位是登记管理机关行政区划码），实际为“{c}”");
            }
        }

        var expected = CheckCharacter(code.AsSpan(0, 17));
        if (code[17] != expected)
        {
            return IdentifierCheck.Fail(code, $"校验码错误：第18位应为“{expected}”，实际为“{code[17]}”");
        }

        if (checkOrganisationCode)
        {
            var expectedInner = OrganisationCheckCharacter(code.AsSpan(8, 8));
            if (code[16] != expectedInner)
            {
                return IdentifierCheck.Fail(code, $"组织机构代码（第9–17位）校验码错误：第17位应为“{expectedInner}”，实际为“{code[16]}”");
            }
        }

        return IdentifierCheck.Ok(code);
    }

    /// <summary>C18 = 31 − (Σ C_i·W_i mod 31), 31 → 0, over the first 17 characters (GB 32100-2015).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要统一社会信用代码的前17位", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"第{i + 1}位字符“{first17[i]}”不合法", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>GB 11714: c = 11 − (Σ v_i·w_i mod 11); 10 → X, 11 → 0; digits 0–9, letters A=10 … Z=35.</summary>
    private static char OrganisationCheckCharacter(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}
