using CaseManagement.Domain.Cases;
using static CaseManagement.Web.Documents.DocumentFormatting;

namespace CaseManagement.Web.Documents;

/// <summary>
/// 听证终止记录 (行政处罚法第六十四条第八项、第六十五条): why the requested hearing was not held — withdrawn, or the party
/// absent without good reason (deemed a waiver) — issued instead of a 听证笔录 and 听证报告.
/// </summary>
public static class HearingTerminationDocument
{
    public static DocumentData Compose(PenaltyCase c, CompositionContext context)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(context);
        var hearing = c.CurrentHearing;
        var outcome = hearing?.Outcome is HearingOutcome.Withdrawn or HearingOutcome.PartyAbsent ? hearing.Outcome : null;
        return new DocumentData()
            .Set("organisationName", context.Organisation.Name)
            .Set("caseCause", c.Cause)
            .Set("partyName", c.Party.Name)
            .Set("requestDate", Date(hearing?.RequestedOn))
            .Set("hearingTime", Date(hearing?.HearingOn))
            .Set("hearingPlace", hearing?.Place)
            .Set("presidingOfficer", hearing?.PresidingName)
            .Set("terminationReason", outcome is { } o ? HearingTermination.Reason(o) : "")
            .Set("terminationBasis", outcome is { } b ? HearingTermination.Basis(b) : "")
            .Set("terminationNote", hearing?.Summary)
            .Set("terminationDate", Date(hearing?.ConcludedOn ?? context.Today));
    }
}
