using System.Globalization;
using CaseManagement.Domain.Cases;
using CaseManagement.Web.Features.Shared;
using Microsoft.Extensions.Primitives;

namespace CaseManagement.Web.Features.Cases;

/// <summary>
/// What a new step form shows before the user types: business dates default to today (they are the day the
/// step happened, never later), the case's officers are ticked, and the values the step usually repeats
/// (the notified fine, the outstanding amount, the party as recipient) are filled in. Dates that lie ahead
/// (听证日期, 改正期限) stay empty: the user must choose them.
/// </summary>
public static class PageDefaults
{
    // Dates that are not "the day of this step" start empty or from the case, never from today: a hearing or a due day
    // lies ahead, and the act's start and an earlier discovery are facts (today as either would be refused or untrue).
    private static readonly HashSet<string> NotToday = new(StringComparer.Ordinal) { "HearingOn", "DueOn", "ActStartedOn", "DiscoveredOn" };

    /// <summary>修改证据 opened from an item of the evidence list: the form starts from what the item says now.</summary>
    public static void FillEvidence(Dictionary<string, StringValues> values, CaseView c, int number)
    {
        if (c.Evidence.FirstOrDefault(e => e.Number == number) is not { } item)
        {
            return;
        }

        values["Input.Number"] = number.ToString(CultureInfo.InvariantCulture);
        values["Input.Title"] = item.Title;
        values["Input.Source"] = item.Source ?? "";
        values["Input.Proves"] = item.Proves ?? "";
    }

    public static Dictionary<string, StringValues> For(CaseTrigger trigger, CaseView c, PageChoices.Choices choices, DateOnly today)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        if (!CaseSteps.TryGet(trigger.ToString(), out _, out var commandType))
        {
            return values;
        }

        foreach (var field in StepFormModel.Describe(trigger.ToString(), commandType))
        {
            if (field.Kind == StepFieldKind.Date && !NotToday.Contains(field.Property.Name))
            {
                values[field.Name] = Display.InputDate(today);
            }

            if (field.Kind == StepFieldKind.Officers)
            {
                var ids = c.Officers.Select(o => o.UserId).ToHashSet();
                values[field.Name] = new StringValues([.. choices.CertifiedOfficers.Where(p => ids.Contains(p.UserId)).Select(p => p.UserName)]);
            }
        }

        var notice = c.Notices.Count > 0 ? c.Notices[^1] : null;
        switch (trigger)
        {
            case CaseTrigger.SubmitForReview:
                values["Input.Cause"] = c.Cause;
                values["Input.ViolationCode"] = c.ViolationCode;
                values["Input.ActDate"] = Display.InputDate(c.ActDate);

                // The act's span and an earlier discovery as registered, to be confirmed or corrected at 调查终结.
                if (c.ActStartedOn is { } started)
                {
                    values["Input.ActStartedOn"] = Display.InputDate(started);
                }

                if (c.ActContinuing)
                {
                    values["Input.ActContinuing"] = "true";
                }

                if (c.DiscoveredOn is { } discovered)
                {
                    values["Input.DiscoveredOn"] = Display.InputDate(discovered);
                }

                if (c.ProposedPenalty is { } proposed)
                {
                    values["Input.Proposed.Fine"] = Amount(proposed.Fine);
                    values["Input.Proposed.Sanctions"] = Flags(proposed.Sanctions);
                    values["Input.DiscretionReasons"] = proposed.DiscretionReasons ?? "";
                    foreach (var factor in proposed.DiscretionFactors)
                    {
                        values[$"Input.DiscretionFactors.{factor.Factor}"] = factor.Level.ToString(CultureInfo.InvariantCulture);
                    }
                }

                break;
            case CaseTrigger.Decide:
                var fine = notice?.NotifiedFine ?? c.ProposedPenalty?.Fine;
                var sanctions = notice?.NotifiedSanctions ?? c.ProposedPenalty?.Sanctions ?? Sanctions.None;
                if (fine is { } f)
                {
                    values["Input.Fine"] = Amount(f);
                }

                values["Input.Sanctions"] = Flags(sanctions);
                break;
            case CaseTrigger.Serve or CaseTrigger.RecordNoticeService or CaseTrigger.IssueDemand:
                // The 回证 as the case knows the party: its representative signs at its address.
                var representative = string.IsNullOrWhiteSpace(c.Party.LegalRepresentative) ? null : c.Party.LegalRepresentative;
                values["Input.Recipient"] = representative ?? c.Party.Name;
                values["Input.Relation"] = representative is not null && c.Party.Kind == PartyKind.Organisation
                    ? nameof(RecipientRelation.LegalRepresentative)
                    : nameof(RecipientRelation.Self);
                values["Input.Place"] = c.Party.Address;
                values["Input.Method"] = nameof(ServiceMethod.Direct);
                break;
            case CaseTrigger.RecordPayment:
                if (c.OutstandingFine > 0)
                {
                    values["Input.Amount"] = Amount(c.OutstandingFine);
                }

                break;
            case CaseTrigger.Close:
                values["Input.Ground"] = c.Decision is { Kind: DecisionKind.NoPenalty } ? nameof(ClosureGround.NothingToExecute)
                    : c.Decision is not null && c.OutstandingFine == 0 ? nameof(ClosureGround.PerformedInFull)
                    : "";
                break;
            case CaseTrigger.ApplyToCourt:
                values["Input.Court"] = choices.Court;
                break;
            case CaseTrigger.ScheduleHearing:
                values["Input.Place"] = "";
                break;
        }

        return values;
    }

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static StringValues Flags(Sanctions sanctions) =>
        new([.. Enum.GetValues<Sanctions>().Where(s => s != Sanctions.None && sanctions.HasFlag(s)).Select(s => s.ToString())]);
}
