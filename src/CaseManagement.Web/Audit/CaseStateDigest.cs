using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseManagement.Domain.Cases;

namespace CaseManagement.Web.Audit;

/// <summary>
/// The SHA-256 of a case's legally relevant state: its state and numbers, the party, the proposed, notified and
/// decided fines and sanctions, payments, instalments, 催告, 按日连续处罚, the evidence with its file hashes, closure
/// and archive. A step's audit entry carries it (<see cref="AuditLog.Append"/>), so a fine or a payment edited in
/// the database no longer matches the last entry of its case. Row keys and the concurrency version are left out
/// (they are not facts of the case), collections are sorted by their own numbers and decimals are written without
/// trailing zeros, so the digest of a case read back from any provider equals the one computed before the save.
/// </summary>
public static class CaseStateDigest
{
    public static string Compute(PenaltyCase c)
    {
        var text = new StringBuilder(512);
        Line(text, "state", c.State.ToString());
        Line(text, "org", c.OrganisationId);
        Line(text, "number", c.CaseNumber);
        Line(text, "violation", c.ViolationCode);
        Line(text, "act", c.ActDate);

        // Written only when recorded, so the digest of a case without them is what it was before they existed.
        if (c.ActStartedOn is { } started)
        {
            Line(text, "act-span", started, c.ActContinuing.ToString());
        }

        if (c.DiscoveredOn is { } discovered)
        {
            Line(text, "discovered", discovered);
        }
        Line(text, "party", c.Party.Kind.ToString(), c.Party.Name, c.Party.IdentifierCode);
        if (c.ProposedPenalty is { } proposed)
        {
            Line(text, "proposed", Amount(proposed.Fine), proposed.Sanctions.ToString(), proposed.MitigationGround);
        }

        foreach (var notice in c.Notices.OrderBy(n => n.Cycle))
        {
            Line(text, "notice", notice.Cycle, notice.Number, Amount(notice.NotifiedFine), notice.NotifiedSanctions.ToString(), notice.ServedOn);
        }

        if (c.Decision is { } decision)
        {
            Line(text, "decision", decision.Kind.ToString(), decision.Number, decision.DecidedOn, Amount(decision.Fine),
                decision.Sanctions.ToString(), decision.DecidedBy, decision.MitigationGround);
            if (decision.GovernmentApproval is { } approval)
            {
                Line(text, "approval", approval);
            }
        }

        foreach (var payment in c.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Reference, StringComparer.Ordinal).ThenBy(p => p.Amount))
        {
            Line(text, "payment", payment.PaidOn, Amount(payment.Amount), payment.Reference);
        }

        foreach (var instalment in c.Instalments.OrderBy(i => i.DueOn).ThenBy(i => i.Amount))
        {
            Line(text, "instalment", instalment.ApprovedOn, instalment.DueOn, Amount(instalment.Amount));
        }

        foreach (var demand in c.Demands.OrderBy(d => d.Number))
        {
            Line(text, "demand", demand.Number, demand.IssuedOn, demand.ServedOn);
        }

        foreach (var daily in c.DailyPenalties.OrderBy(d => d.CorrectionNumber))
        {
            Line(text, "daily", daily.CorrectionNumber, daily.OpenedOn, Amount(daily.Total));
        }

        if (c.DailyPenaltyBasis is { } basis)
        {
            Line(text, "dailyBasis", basis.OriginalCaseId, basis.OriginalDecisionNumber, basis.CorrectionNumber, basis.FirstDay, basis.LastDay,
                basis.Days, Amount(basis.DailyAmount), Amount(basis.Total));
        }

        foreach (var remedy in c.Remedies.OrderBy(r => r.Number))
        {
            Line(text, "remedy", remedy.Number, remedy.Kind, remedy.AppliedOn, remedy.Outcome, remedy.EndedOn);
        }

        foreach (var evidence in c.Evidence.OrderBy(e => e.Number))
        {
            Line(text, "evidence", evidence.Number, evidence.Sha256);
        }

        if (c.CourtApplication is { } court)
        {
            Line(text, "court", court.AppliedOn, court.Court);
        }

        if (c.Closure is { } closure)
        {
            Line(text, "closure", closure.ClosedOn, closure.Ground.ToString());
        }

        if (c.ArchiveRecord is { } archive)
        {
            Line(text, "archive", archive.ArchivedOn, archive.FileNumber);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // The scale a provider hands back must not change the digest.
    private static string Amount(decimal value) => Domain.Money.Yuan.Plain(value);

    // Each value on the line is length-prefixed, so no text inside a value can shift the others.
    private static void Line(StringBuilder text, string name, params object?[] values)
    {
        text.Append(name);
        foreach (var value in values)
        {
            var s = value switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (s is null)
            {
                text.Append("|-");
            }
            else
            {
                text.Append('|').Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
            }
        }

        text.Append('\n');
    }
}
