using System.Text;
using System.Text.RegularExpressions;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Parties;
using CaseManagement.Web.Documents.Definitions;
using CaseManagement.Web.Persistence;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents;

/// <summary>
/// The public text of a decision (行政处罚法第四十八条; 国办发〔2018〕118号), with personal data removed
/// (第五十条; DECISIONS.md §3): ID numbers keep the first 6 and last 4 characters, a natural person's name
/// is masked, no phone number and no personal address is published. An organisation's name, code,
/// legal representative and address are public registration data and stay.
/// </summary>
public static partial class PublicationText
{
    public static string Compose(PenaltyCase c, OrganisationDetails organisation)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(organisation);
        var decision = c.Decision ?? throw new InvalidOperationException("No decision to publish.");
        var party = c.Party;
        var person = party.Kind == PartyKind.Individual;
        var text = new StringBuilder();
        text.AppendLine($"行政处罚决定书文号：{decision.Number}");
        text.AppendLine($"被处罚人：{(person ? PublicationMask.PersonName(party.Name) : party.Name)}");
        text.AppendLine(person ? $"身份证号码：{PublicationMask.IdNumber(party.IdentifierCode)}" : $"统一社会信用代码：{party.IdentifierCode}");
        if (!person)
        {
            text.AppendLine($"法定代表人（负责人）：{party.LegalRepresentative}");
            text.AppendLine($"住所：{party.Address}");
        }

        text.AppendLine($"违法行为：{c.Cause}");
        text.AppendLine($"主要违法事实：{CaseText.Facts(c)}");
        if (decision.Kind == DecisionKind.Penalty)
        {
            text.AppendLine($"处罚依据：{CaseText.ProvisionApplied(c)}");
            var content = CaseText.PenaltyContent(c);
            text.AppendLine($"处罚种类：{content}");
            if (decision.Fine > 0m)
            {
                text.AppendLine($"处罚内容：罚款{AmountInWordsAndFigures(decision.Fine)}");
            }
        }
        else
        {
            text.AppendLine($"处理结果：不予行政处罚。{decision.Reason}");
        }

        text.AppendLine($"处罚机关：{organisation.Name}");
        text.Append($"处罚决定日期：{Date(decision.DecidedOn)}");
        return Redact(text.ToString(), party);
    }

    /// <summary>Removes what may not be published from free text (facts written by the officers may quote it).</summary>
    public static string Redact(string text, Party party)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(party);
        var result = text;
        if (party.Kind == PartyKind.Individual)
        {
            if (!string.IsNullOrWhiteSpace(party.Address))
            {
                result = result.Replace(party.Address, "（住址不予公开）", StringComparison.Ordinal);
            }

            if (party.Name.Length > 1)
            {
                result = result.Replace(party.Name, PublicationMask.PersonName(party.Name), StringComparison.Ordinal);
            }
        }

        // Any 居民身份证号码 in the text (the party's or a witness's); an organisation's own code is not one.
        result = IdNumber().Replace(result, m => m.Value == party.IdentifierCode && party.Kind == PartyKind.Organisation ? m.Value : PublicationMask.IdNumber(m.Value));
        return Phone().Replace(result, "（电话号码不予公开）");
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber();

    // Mobile numbers (1[3-9] + 9 digits) and landlines with an area code (0xx(x)-xxxxxxx(x)).
    [GeneratedRegex(@"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")]
    private static partial Regex Phone();
}
