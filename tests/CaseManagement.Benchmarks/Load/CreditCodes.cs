using CaseManagement.Domain.Parties;

namespace CaseManagement.Benchmarks.Load;

/// <summary>统一社会信用代码 of companies registered in 博兴县 (371625), with both check characters right (GB 32100 / GB 11714).</summary>
internal static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string Next(Random random)
    {
        while (true)
        {
            var body = "91371625" + string.Concat(Enumerable.Range(0, 8).Select(_ => Alphabet[random.Next(10, Alphabet.Length)]));
            foreach (var inner in Alphabet)
            {
                var first17 = body + inner;
                var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
                if (UnifiedSocialCreditCode.Validate(code).Valid)
                {
                    return code;
                }
            }
        }
    }
}
